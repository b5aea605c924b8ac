/**
 * Reading `handoff import` output for a push: one canonical record a line, each payload validated
 * again by the core's writer for the platform, and its values cut down to what push may write.
 */
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import { contexts, isKind, type Kind } from '../../shared/src/contexts';
import { toHubSpotProperties, toSalesforceFields, prepareWrite } from '../../shared/src/write';
import type { Platform } from '../../shared/src/storage';
import { problemLine } from '../cli/problem-line';
import { pushColumns } from './columns';
import type { Values } from './target';

export interface PushItem {
  /** 1-based line in the input. */
  line: number;
  /** The source's id of the record (the import's `id`), or `line N` when it has none. */
  id: string;
  kind?: Kind;
  objectType?: string;
  objectId?: string;
  /** What to set, in the platform's names; absent when the record cannot be pushed. */
  values?: Values;
  /** Why the record cannot be pushed. */
  skip?: string;
}

function targetLabel(platform: Platform, objectType: string | undefined, objectId: string | undefined): string {
  return objectType ? `${platform} ${objectType}/${objectId ?? '?'}` : platform;
}

export function labelOf(platform: Platform, item: PushItem): string {
  return targetLabel(platform, item.objectType, item.objectId);
}

/** One input line to a push item. Never throws on bad data. */
export function itemOf(platform: Platform, text: string, line: number): PushItem {
  // The shape is checked field by field below.
  let record: {
    id?: unknown;
    kind?: unknown;
    target?: Record<string, { objectType?: unknown; object?: unknown; id?: unknown } | undefined>;
    payload?: unknown;
  };
  try {
    record = JSON.parse(text);
  } catch (error) {
    return { line, id: `line ${line}`, skip: `not JSON (${(error as Error).message})` };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { line, id: `line ${line}`, skip: 'not a JSON object' };
  const id = typeof record.id === 'string' && record.id !== '' ? record.id : `line ${line}`;
  if (typeof record.kind !== 'string' || !isKind(record.kind)) return { line, id, skip: `unknown kind ${JSON.stringify(record.kind ?? null)}` };
  const kind: Kind = record.kind;
  const target = record.target?.[platform];
  const objectType: unknown = platform === 'hubspot' ? target?.objectType : target?.object;
  const objectId: unknown = target?.id;
  const base = { line, id, kind, ...(typeof objectType === 'string' && { objectType }), ...(typeof objectId === 'string' && { objectId }) };
  if (!target) return { ...base, skip: `the record has no ${platform} target` };
  const holders = contexts[kind].storage[platform] as string[];
  if (typeof objectType !== 'string' || !holders.includes(objectType))
    return {
      ...base,
      skip: `the ${platform} object type ${typeof objectType === 'string' ? objectType : '(none)'} does not hold ${kind} (only ${holders.join(', ')})`,
    };
  if (typeof objectId !== 'string' || objectId.trim() === '') return { ...base, skip: `the record has no ${platform} record id (target.${platform}.id)` };
  const prepared = prepareWrite(kind, record.payload, { platform });
  if (!prepared.ok) return { ...base, skip: prepared.problems.map(problemLine).join('; ') };
  const allowed = pushColumns(kind);
  const columns = Object.fromEntries(Object.entries(prepared.columns).filter(([name]) => allowed.has(name)));
  const values = platform === 'hubspot' ? toHubSpotProperties(columns) : toSalesforceFields(columns);
  return { ...base, values };
}

/** The input's lines that hold something, with their line numbers. */
export async function* inputLines(file: string): AsyncGenerator<{ text: string; line: number }> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line += 1;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() !== '') yield { text, line };
  }
}

/** The input's fingerprint (so a checkpoint is only ever resumed against the same file) and its record count. */
export async function fingerprint(file: string): Promise<{ sha256: string; records: number }> {
  const hash = createHash('sha256');
  await new Promise<void>((resolve, reject) => {
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', resolve)
      .on('error', reject);
  });
  let records = 0;
  for await (const _ of inputLines(file)) records += 1;
  return { sha256: hash.digest('hex'), records };
}
