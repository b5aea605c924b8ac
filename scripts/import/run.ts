/**
 * handoff import: a source's own export → one canonical payload a line, each validated by the core's
 * writer before it is written. Records are read and written one at a time (CSV through csv-parse,
 * JSONL through readline, both streamed with backpressure), so a large export never sits in memory.
 * Output and report are written to temporary files and renamed at the end: a run that stops half-way
 * leaves no half-written file behind.
 */
import { createReadStream, createWriteStream, readFileSync, renameSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { contexts } from '../../shared/src/contexts';
import { prepareWrite } from '../../shared/src/write';
import { problemLine } from '../cli/problem-line';
import { checkMapping, type Mapping, type TargetSpec, type ValueSpec } from './mapping';
import { buildPayload, emptySources, evaluate, readPath, RecordError, type Row } from './values';

export interface ImportOptions {
  mapping: Mapping;
  input: string;
  out: string;
  report?: string;
}

export interface ImportSummary {
  imported: number;
  skipped: number;
}

/** A record read from the input, or a piece of input that could not be read as one (reported, then passed over). */
type Item = { row: Row; where: string } | { unreadable: string; where: string };

async function* csvRecords(file: string): AsyncGenerator<Item> {
  const skipped: Item[] = [];
  const parser = createReadStream(file).pipe(
    parse({
      columns: true,
      bom: true,
      skip_empty_lines: true,
      trim: false,
      info: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        skipped.push({ unreadable: error?.message ?? 'the row cannot be read as CSV', where: `line ${error?.lines ?? '?'}` });
        return undefined;
      },
    }),
  );
  for await (const { record, info } of parser as AsyncIterable<{ record: Row; info: { lines: number } }>) {
    while (skipped.length) yield skipped.shift()!;
    yield { row: record, where: `line ${info.lines}` };
  }
  while (skipped.length) yield skipped.shift()!;
}

async function* jsonlRecords(file: string): AsyncGenerator<Item> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    const text = number === 1 ? line.replace(/^\uFEFF/, '') : line;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { unreadable: `not JSON (${(error as Error).message})`, where: `line ${number}` };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) yield { unreadable: 'not a JSON object', where: `line ${number}` };
    else yield { row: value as Row, where: `line ${number}` };
  }
}

/** A platform API export: one JSON document (an API page, or pages merged), its records at one path. */
async function* jsonRecords(file: string, path: string): AsyncGenerator<Item> {
  const document = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as unknown;
  const records = readPath(document, path);
  if (!Array.isArray(records)) throw new Error(`${file} has no "${path}" list of records`);
  for (const [index, record] of records.entries()) {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) yield { unreadable: 'not a JSON object', where: `${path}[${index}]` };
    else yield { row: record as Row, where: `${path}[${index}]` };
  }
}

function recordsOf(mapping: Mapping, input: string): AsyncGenerator<Item> {
  if (mapping.format === 'csv') return csvRecords(input);
  if (mapping.format === 'jsonl') return jsonlRecords(input);
  return jsonRecords(input, mapping.records!);
}

type Group = { rows: Row[]; where: string } | { unreadable: string; where: string };

/** Consecutive records with the same groupBy value, as one group (every record alone without groupBy). */
async function* groups(items: AsyncGenerator<Item>, groupBy: ValueSpec | undefined): AsyncGenerator<Group> {
  let current: { key: string; rows: Row[]; where: string } | undefined;
  for await (const item of items) {
    if ('unreadable' in item) {
      yield item;
      continue;
    }
    if (!groupBy) {
      yield { rows: [item.row], where: item.where };
      continue;
    }
    let key: string;
    try {
      key = String(evaluate(item.row, groupBy) ?? '');
    } catch {
      key = '';
    }
    if (current && current.key === key && key !== '') current.rows.push(item.row);
    else {
      if (current) yield { rows: current.rows, where: current.where };
      current = { key, rows: [item.row], where: item.where };
    }
  }
  if (current) yield { rows: current.rows, where: current.where };
}

function targetOf(mapping: Mapping, row: Row): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  const spec: TargetSpec = mapping.target;
  const { storage } = contexts[mapping.kind];
  if (spec.salesforce) {
    const object = typeof spec.salesforce.object === 'string' ? spec.salesforce.object : evaluate(row, spec.salesforce.object);
    if (!(storage.salesforce as unknown[]).includes(object))
      throw new RecordError(`the Salesforce object ${JSON.stringify(object ?? '')} is not one that holds ${mapping.kind} (${storage.salesforce.join(', ')})`);
    const id = spec.salesforce.id ? evaluate(row, spec.salesforce.id) : undefined;
    target.salesforce = { object, ...(id !== undefined && { id: String(id) }) };
  }
  if (spec.hubspot) {
    const objectType = typeof spec.hubspot.objectType === 'string' ? spec.hubspot.objectType : evaluate(row, spec.hubspot.objectType);
    if (!(storage.hubspot as unknown[]).includes(objectType))
      throw new RecordError(
        `the HubSpot object type ${JSON.stringify(objectType ?? '')} is not one that holds ${mapping.kind} (${storage.hubspot.join(', ')})`,
      );
    const id = spec.hubspot.id ? evaluate(row, spec.hubspot.id) : undefined;
    target.hubspot = { objectType, ...(id !== undefined && { id: String(id) }) };
  }
  return target;
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function close(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** Opens a file's temporary sibling; the caller renames it over the file when the run is complete. */
function temporary(file: string): { path: string; stream: WriteStream } {
  const path = `${file}.${process.pid}.tmp`;
  return { path, stream: createWriteStream(path, { encoding: 'utf8' }) };
}

/** Closes a temporary file and removes it: after the stream has closed, or its late open would bring the file back. */
async function discard(file: { path: string; stream: WriteStream }): Promise<void> {
  if (!file.stream.closed) {
    const closed = once(file.stream, 'close').catch(() => undefined);
    file.stream.destroy();
    await closed;
  }
  rmSync(file.path, { force: true });
}

/**
 * Maps one group to an output line, or says why it cannot be. Never throws on bad data.
 */
function mapGroup(mapping: Mapping, rows: Row[]): { ok: true; id: string; line: string } | { ok: false; id: string; reason: string } {
  let id = '';
  try {
    const rawId = evaluate(rows[0], mapping.id);
    if (rawId === undefined) return { ok: false, id, reason: 'the record has no id' };
    id = String(rawId);
    const target = targetOf(mapping, rows[0]);
    const payload = buildPayload(mapping, rows);
    const prepared = prepareWrite(mapping.kind, payload);
    if (!prepared.ok) {
      const empty = emptySources(mapping, rows[0]);
      const reasons = prepared.problems.map((problem) => {
        const from = empty.get(problem.path);
        return `${problemLine(problem)}${from && problem.code === 'missing' ? ` (${from} is empty)` : ''}`;
      });
      return { ok: false, id, reason: reasons.join('; ') };
    }
    return { ok: true, id, line: JSON.stringify({ source: mapping.source, id, kind: mapping.kind, target, payload: prepared.value }) };
  } catch (error) {
    if (error instanceof RecordError) return { ok: false, id, reason: error.message };
    throw error;
  }
}

/**
 * Runs an import. Throws only when the run cannot go on at all (the input cannot be read, a file
 * cannot be written); then neither the output nor the report is left behind.
 */
export async function runImport(
  options: ImportOptions,
  onRecord?: (outcome: { id: string; imported: boolean; reason: string }) => void,
): Promise<ImportSummary> {
  const problems = checkMapping(options.mapping);
  if (problems.length) throw new Error(`the mapping cannot be used:\n  ${problems.join('\n  ')}`);
  const out = temporary(options.out);
  const report = options.report ? temporary(options.report) : undefined;
  const summary: ImportSummary = { imported: 0, skipped: 0 };
  const failed = new Promise<never>((_, reject) => {
    out.stream.once('error', reject);
    report?.stream.once('error', reject);
  });
  failed.catch(() => undefined);
  try {
    if (report) await write(report.stream, 'id,outcome,reason\n');
    const run = async () => {
      for await (const group of groups(recordsOf(options.mapping, options.input), options.mapping.groupBy)) {
        const result = 'unreadable' in group ? { ok: false as const, id: '', reason: group.unreadable } : mapGroup(options.mapping, group.rows);
        // A record without an id is named by where it is in the input (`line 12`).
        const id = result.id || group.where;
        const reason = result.ok ? '' : result.id ? result.reason : `${group.where}: ${result.reason}`;
        if (result.ok) {
          summary.imported += 1;
          await write(out.stream, `${result.line}\n`);
        } else summary.skipped += 1;
        if (report) await write(report.stream, `${csvCell(id)},${result.ok ? 'imported' : 'skipped'},${csvCell(reason)}\n`);
        onRecord?.({ id, imported: result.ok, reason });
      }
    };
    await Promise.race([run(), failed]);
    await close(out.stream);
    if (report) await close(report.stream);
    renameSync(out.path, options.out);
    if (report) renameSync(report.path, options.report!);
    return summary;
  } catch (error) {
    await discard(out);
    if (report) await discard(report);
    throw error;
  }
}
