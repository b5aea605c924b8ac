/**
 * handoff push: canonical records → the platform, in batches of the platform's documented size.
 *
 * - Idempotent: each batch's current values are read first (one read call per batch); a record that
 *   already holds exactly what would be written is left alone, and only the values that differ are sent.
 * - Writes are packed: changed records wait in a queue per object type and go out in full batches,
 *   so N records cost ceil(N / size) reads and ceil(changed / size) writes.
 * - Partial failures are reported per record and the run goes on; a batch the platform refuses
 *   outright (4xx) fails its records and the run goes on; a rate limit or server error that outlasts
 *   the retries, a dropped connection or refused credentials stop the run (resumable).
 * - Resumable: the checkpoint file holds the last batch whose every record is confirmed (written,
 *   unchanged, failed or skipped). A resumed run passes over those batches and reads the rest again,
 *   so a record written just before a crash is found unchanged, not written twice.
 */
import { closeSync, existsSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { itemOf, inputLines, fingerprint, labelOf, type PushItem } from './records';
import { isRetryable, RetriesExhausted, withRetry, defaultRetry, type RetryOptions } from './retry';
import type { CurrentValue, PushTarget, Values } from './target';

export type Outcome = 'written' | 'unchanged' | 'failed' | 'skipped' | 'would-write';

export interface RecordResult {
  id: string;
  target: string;
  outcome: Outcome;
  reason: string;
  /** The value names that differ (written, or would be on a dry run). */
  changed?: string[];
}

export interface PushOptions {
  input: string;
  target: PushTarget;
  dryRun?: boolean;
  report?: string;
  checkpoint?: string;
  retry?: RetryOptions;
  /** Each record's result, as it is known. */
  onRecord?: (result: RecordResult) => void;
  /** Told once the input is counted, then after each record. */
  onProgress?: (done: number, total: number) => void;
  onRetry?: RetryOptions['onRetry'];
}

export interface PushSummary {
  total: number;
  counts: Record<Outcome, number>;
  batches: number;
  /** Batches passed over because the checkpoint confirmed them. */
  resumedAfter: number;
  /** Records in those batches (counted as skipped). */
  confirmedEarlier: number;
  readCalls: number;
  writeCalls: number;
}

/** The run cannot go on (credentials refused, the platform unreachable); the checkpoint says where to resume. */
export class PushStopped extends Error {
  constructor(
    message: string,
    readonly confirmedBatch: number,
    readonly summary: PushSummary,
  ) {
    super(message);
  }
}

interface Checkpoint {
  input: string;
  platform: string;
  batchSize: number;
  /** The last batch (0-based) whose every record is confirmed; -1 for none. */
  confirmedBatch: number;
}

export function readCheckpoint(file: string): Checkpoint | undefined {
  if (!existsSync(file)) return undefined;
  const value = JSON.parse(readFileSync(file, 'utf8')) as Checkpoint;
  if (typeof value?.confirmedBatch !== 'number' || typeof value.input !== 'string') throw new Error(`${file} is not a handoff push checkpoint`);
  return value;
}

function writeCheckpoint(file: string, checkpoint: Checkpoint): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(checkpoint, null, 2)}\n`);
  renameSync(temporary, file);
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The same value as the platform holds it: text and numbers compared as numbers, date-times as instants, '' as empty. */
export function sameValue(current: CurrentValue, next: string | number | null): boolean {
  const empty = (v: unknown) => v === null || v === undefined || v === '';
  if (empty(current) || empty(next)) return empty(current) && empty(next);
  const a = String(current);
  const b = String(next);
  if (a === b) return true;
  const number = /^-?\d+(\.\d+)?$/;
  if (number.test(a) && number.test(b)) return Number(a) === Number(b);
  const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
  if (instant.test(a) && instant.test(b)) {
    const [x, y] = [Date.parse(a.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')), Date.parse(b.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))];
    return !Number.isNaN(x) && x === y;
  }
  return false;
}

function differing(current: Record<string, CurrentValue>, values: Values): Values {
  const out: Values = {};
  for (const [name, value] of Object.entries(values)) if (!sameValue(current[name], value)) out[name] = value;
  return out;
}

interface Pending {
  objectId: string;
  values: Values;
  /** The input records this write carries (one, or more when the file sets the same record again). */
  items: Array<{ item: PushItem; batch: number; changed: string[] }>;
}

export async function runPush(options: PushOptions): Promise<PushSummary> {
  const { target } = options;
  const retry: RetryOptions = { ...(options.retry ?? defaultRetry), ...(options.onRetry && { onRetry: options.onRetry }) };
  const { sha256, records } = await fingerprint(options.input);
  const saved = options.checkpoint ? readCheckpoint(options.checkpoint) : undefined;
  if (saved && (saved.input !== sha256 || saved.platform !== target.platform || saved.batchSize !== target.batchSize))
    throw new Error(`the checkpoint ${options.checkpoint} belongs to another input, platform or batch size: remove it to start again`);
  const resumeAfter = saved?.confirmedBatch ?? -1;
  const summary: PushSummary = {
    total: records,
    counts: { written: 0, unchanged: 0, failed: 0, skipped: 0, 'would-write': 0 },
    batches: 0,
    resumedAfter: resumeAfter + 1,
    confirmedEarlier: 0,
    readCalls: 0,
    writeCalls: 0,
  };
  const report = options.report ? openSync(options.report, 'w') : undefined;
  if (report !== undefined) writeSync(report, 'id,target,outcome,reason\n');
  let done = 0;
  options.onProgress?.(0, records);

  /** Per batch: its records not yet confirmed. */
  const open = new Map<number, number>();
  let lastRead = -1;
  let confirmed = resumeAfter;
  const advance = () => {
    let next = confirmed;
    while (next < lastRead && !(open.get(next + 1) ?? 0)) next += 1;
    if (next !== confirmed) {
      confirmed = next;
      if (options.checkpoint && !options.dryRun)
        writeCheckpoint(options.checkpoint, { input: sha256, platform: target.platform, batchSize: target.batchSize, confirmedBatch: confirmed });
    }
  };

  const settle = (item: PushItem, batch: number | undefined, outcome: Outcome, reason: string, changed?: string[]) => {
    const result: RecordResult = { id: item.id, target: labelOf(target.platform, item), outcome, reason, ...(changed && { changed }) };
    summary.counts[outcome] += 1;
    if (report !== undefined) writeSync(report, `${csvCell(result.id)},${csvCell(result.target)},${outcome},${csvCell(reason)}\n`);
    options.onRecord?.(result);
    options.onProgress?.(++done, records);
    if (batch !== undefined) open.set(batch, (open.get(batch) ?? 1) - 1);
  };

  const call = async <T>(what: string, batch: number, run: () => Promise<T>): Promise<T | { refused: string }> => {
    try {
      return await withRetry(run, (e) => target.describe(e), retry);
    } catch (error) {
      if (error instanceof RetriesExhausted) throw new PushStopped(`${what} of batch ${batch + 1} failed: ${error.message}`, confirmed, summary);
      const failure = target.describe(error);
      if (failure.status === 401 || failure.status === 403 || failure.status === undefined || isRetryable(failure))
        throw new PushStopped(
          `${what} of batch ${batch + 1} failed: ${failure.status ? `HTTP ${failure.status}: ` : ''}${failure.message}`,
          confirmed,
          summary,
        );
      return { refused: `${target.platform} refused the ${what} (HTTP ${failure.status}): ${failure.message}` };
    }
  };

  const queues = new Map<string, Pending[]>();
  const flush = async (objectType: string, all: boolean) => {
    const queue = queues.get(objectType) ?? [];
    while (queue.length >= target.batchSize || (all && queue.length > 0)) {
      const chunk = queue.splice(0, target.batchSize);
      const batch = Math.max(...chunk.flatMap((p) => p.items.map((i) => i.batch)));
      summary.writeCalls += 1;
      const result = await call('write', batch, () =>
        target.update(
          objectType,
          chunk.map((p) => ({ id: p.objectId, values: p.values })),
        ),
      );
      for (const pending of chunk) {
        const outcome = 'refused' in result ? { ok: false as const, reason: result.refused } : result.get(pending.objectId);
        for (const { item, batch: from, changed } of pending.items) {
          if (!outcome) settle(item, from, 'failed', `${target.platform} did not confirm the write`);
          else if (outcome.ok) settle(item, from, 'written', `set ${changed.join(', ')}`, changed);
          else settle(item, from, 'failed', outcome.reason);
        }
      }
      advance();
    }
  };

  const processBatch = async (batch: number, items: PushItem[]) => {
    summary.batches += 1;
    lastRead = batch;
    open.set(batch, items.length);
    if (batch <= resumeAfter) {
      summary.confirmedEarlier += items.length;
      for (const item of items) settle(item, batch, 'skipped', `confirmed by an earlier run (checkpoint at batch ${resumeAfter + 1})`);
      return;
    }
    const pushable = items.filter((item) => !item.skip);
    for (const item of items) if (item.skip) settle(item, batch, 'skipped', item.skip);
    if (pushable.length > 0) {
      const objectType = pushable[0].objectType!;
      const ids = [...new Set(pushable.map((item) => item.objectId!))];
      const names = [...new Set(pushable.flatMap((item) => Object.keys(item.values!)))];
      summary.readCalls += 1;
      const current = await call('read', batch, () => target.read(objectType, ids, names));
      const queue = queues.get(objectType) ?? [];
      queues.set(objectType, queue);
      for (const item of pushable) {
        if ('refused' in current) {
          settle(item, batch, 'failed', current.refused);
          continue;
        }
        const now = current.get(item.objectId!);
        if (!now) {
          settle(item, batch, 'failed', `no ${item.objectType} record ${item.objectId} on ${target.platform}`);
          continue;
        }
        const waiting = queue.find((p) => p.objectId === item.objectId);
        const diff = differing(now, item.values!);
        const changed = Object.keys(diff);
        if (!waiting && changed.length === 0) {
          settle(item, batch, 'unchanged', 'already holds these values');
          continue;
        }
        if (options.dryRun) {
          settle(
            item,
            batch,
            changed.length ? 'would-write' : 'unchanged',
            changed.length ? `would set ${changed.join(', ')}` : 'already holds these values',
            changed,
          );
          continue;
        }
        // The file sets this record again before the first write went out: one write, the later values winning.
        if (waiting) {
          for (const name of [...Object.keys(waiting.values), ...changed]) waiting.values[name] = item.values![name] ?? waiting.values[name];
          waiting.items.push({ item, batch, changed: changed.length ? changed : Object.keys(waiting.values) });
        } else queue.push({ objectId: item.objectId!, values: diff, items: [{ item, batch, changed }] });
      }
      await flush(objectType, false);
    }
    advance();
  };

  try {
    let batch = 0;
    let items: PushItem[] = [];
    let pushable = 0;
    let objectType: string | undefined;
    for await (const { text, line } of inputLines(options.input)) {
      const item = itemOf(target.platform, text, line);
      // A batch holds one object type and at most batchSize records to read; skipped lines ride along.
      if (!item.skip && ((objectType !== undefined && item.objectType !== objectType) || pushable === target.batchSize)) {
        await processBatch(batch++, items);
        items = [];
        pushable = 0;
        objectType = undefined;
      }
      items.push(item);
      if (!item.skip) {
        pushable += 1;
        objectType = item.objectType;
      }
    }
    if (items.length > 0) await processBatch(batch++, items);
    for (const objectType of queues.keys()) await flush(objectType, true);
    advance();
    return summary;
  } finally {
    if (report !== undefined) closeSync(report);
  }
}
