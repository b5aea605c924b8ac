/**
 * Platform records → a payload: read the document column, lay the `own` columns over it at their
 * canonical paths, and compare each `mirror` column with the document (a metric contradiction
 * when they disagree). The platform parts only say how a cell is found and how its text reads.
 */
import { contexts, type Kind } from '../contexts';
import type { ColumnSpec } from '../fields';
import { fieldsOf, type RegistryField } from '../registry';
import type { Platform } from '../storage';
import { getAt, isPlainObject, schemaAt } from './paths';
import { parseInternal } from './payload';
import { describeValue, makeProblem } from './problems';
import type { Contradiction, ParseResult, PayloadOf, Problem } from './result';

/** A cell as read: absent (not in the record at all) or present, possibly empty (null). */
export type Cell = { present: false } | { present: true; value: unknown };

export interface ColumnSource {
  platform: Platform;
  /** The platform's name of a column. */
  name(column: Pick<ColumnSpec, 'name'>): string;
  cell(name: string): Cell;
}

export interface RecordOptions {
  /**
   * Read the frozen copy taken at submit instead of the live document (the handoff only). Own
   * columns still apply: the CS review happens after the submit and is not part of the copy.
   */
  snapshot?: boolean;
}

/** Numbers as stored: a number, or text that is exactly a number (HubSpot sends only text). */
export function toNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** An instant as stored: ISO 8601 text, or epoch milliseconds (HubSpot) → ISO 8601 in UTC. */
export function toInstant(raw: unknown): string | undefined {
  let ms: number | undefined;
  if (typeof raw === 'number' || (typeof raw === 'string' && /^\d{1,15}$/.test(raw.trim()))) ms = Number(raw);
  else if (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(raw.trim())) ms = Date.parse(raw.trim());
  if (ms === undefined || !Number.isFinite(ms)) return undefined;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** A calendar date as stored: YYYY-MM-DD, or HubSpot's epoch milliseconds at midnight UTC. */
export function toDate(raw: unknown): string | undefined {
  if (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.trim())) return raw.trim();
  const instant = toInstant(raw);
  return instant?.slice(0, 10);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function isStructured(kind: Kind, path: string): boolean {
  const schema = schemaAt(kind, path);
  const type = schema && (schema._zod.def as { type: string }).type;
  return type === 'object' || type === 'array';
}

/** A column value in the payload's own terms; text that does not convert is kept for the walk to name. */
function columnValue(field: RegistryField, raw: unknown): unknown {
  switch (field.column!.type) {
    case 'number':
    case 'percent':
      return toNumber(raw) ?? raw;
    case 'datetime':
      return toInstant(raw) ?? raw;
    case 'date':
      return toDate(raw) ?? raw;
    default:
      return raw;
  }
}

/** Sets a value at a dotted path, copying each object on the way: the caller's value is never changed. */
function setAt(payload: Record<string, unknown>, path: string, value: unknown): boolean {
  const keys = path.split('.');
  let target: Record<string, unknown> = payload;
  for (const key of keys.slice(0, -1)) {
    const next = Object.prototype.hasOwnProperty.call(target, key) ? target[key] : undefined;
    if (next === undefined || next === null) target[key] = {};
    else if (!isPlainObject(next))
      return false; // the walk names what is wrong with it
    else target[key] = { ...next };
    target = target[key] as Record<string, unknown>;
  }
  target[keys[keys.length - 1]] = value;
  return true;
}

function ownFields(kind: Kind): RegistryField[] {
  return fieldsOf(kind).filter((f) => f.column?.role === 'own' && !f.path.includes('[]'));
}

function mirrorFields(kind: Kind): RegistryField[] {
  return fieldsOf(kind).filter((f) => f.column?.role === 'mirror' && !f.path.includes('[]'));
}

/** Lays each present `own` column over the document: the column is where that value lives. */
function overlayOwn(kind: Kind, source: ColumnSource) {
  return (payload: Record<string, unknown>, problems: Problem[]) => {
    for (const field of ownFields(kind)) {
      const name = source.name(field.column!);
      const cell = source.cell(name);
      if (!cell.present || isEmpty(cell.value)) continue;
      let value: unknown = cell.value;
      if (isStructured(kind, field.path)) {
        if (typeof value === 'string') {
          try {
            value = JSON.parse(value);
          } catch {
            problems.push(
              makeProblem(kind, field.path, 'not_json', 'error', `the column ${name} does not hold JSON (it holds ${describeValue(value)}); it was not read.`, {
                column: name,
              }),
            );
            continue;
          }
        }
      } else value = columnValue(field, value);
      setAt(payload, field.path, value);
    }
  };
}

function comparable(field: RegistryField, raw: unknown): { ok: true; value: unknown } | { ok: false } {
  switch (field.column!.type) {
    case 'number':
    case 'percent': {
      const value = toNumber(raw);
      return value === undefined ? { ok: false } : { ok: true, value };
    }
    case 'datetime': {
      const value = toInstant(raw);
      return value === undefined ? { ok: false } : { ok: true, value };
    }
    case 'date': {
      const value = toDate(raw);
      return value === undefined ? { ok: false } : { ok: true, value };
    }
    default:
      return typeof raw === 'string' ? { ok: true, value: raw.trim() } : { ok: false };
  }
}

function same(field: RegistryField, documentValue: unknown, columnValue: unknown): boolean {
  switch (field.column!.type) {
    case 'number':
    case 'percent': {
      if (typeof documentValue !== 'number' || typeof columnValue !== 'number') return false;
      // Columns round (a Salesforce number field has a fixed scale): a hundredth is the same value.
      return Math.abs(documentValue - columnValue) <= Math.max(0.01, Math.abs(documentValue) * 1e-9);
    }
    case 'datetime':
      return Date.parse(String(documentValue)) === Date.parse(String(columnValue));
    default:
      return String(documentValue) === String(columnValue);
  }
}

function compareMirrors(kind: Kind, source: ColumnSource, value: unknown, migrated: boolean, problems: Problem[]): Contradiction[] {
  const out: Contradiction[] = [];
  for (const field of mirrorFields(kind)) {
    // An upgraded document carries the new version; its column still holds the stored one.
    if (migrated && field.path === 'schemaVersion') continue;
    const name = source.name(field.column!);
    const cell = source.cell(name);
    if (!cell.present || isEmpty(cell.value)) continue;
    const path = field.column!.member ? `${field.path}.${field.column!.member}` : field.path;
    const documentValue = getAt(value, path);
    const column = comparable(field, cell.value);
    if (!column.ok) {
      problems.push(
        makeProblem(
          kind,
          field.path,
          'invalid_type',
          'warning',
          `the column ${name} holds ${describeValue(cell.value)}, which is not a ${field.column!.type}; the payload's value is used.`,
          {
            column: name,
          },
        ),
      );
      continue;
    }
    if (documentValue === undefined || same(field, documentValue, column.value)) continue;
    out.push({ path: field.path, documentValue, columnValue: column.value, column: name });
    problems.push(
      makeProblem(
        kind,
        field.path,
        'column_mismatch',
        'warning',
        `the column ${name} says ${describeValue(column.value)}, but the payload says ${describeValue(documentValue)}; the payload is used.`,
        { column: name, documentValue: String(documentValue), columnValue: String(column.value) },
      ),
    );
  }
  return out;
}

/** Reads one context from a platform's columns. Never throws. */
export function parseColumns<K extends Kind>(kind: K, source: ColumnSource, options: RecordOptions = {}): ParseResult<PayloadOf<K>> {
  const { storage } = contexts[kind];
  const snapshot = !!options.snapshot && !!storage.snapshot;
  const documentColumn = snapshot ? storage.snapshot! : storage.document;
  const cell = source.cell(source.name(documentColumn));
  const text = cell.present ? cell.value : undefined;
  if (isEmpty(text)) return { status: 'empty', kind };
  const read = (document: unknown) => parseInternal(kind, document, { platform: source.platform, overlay: overlayOwn(kind, source) });
  const result = read(text);
  if (result.status !== 'valid' && result.status !== 'partial') return result;
  // Mirrors follow the live document, so a frozen copy is checked through it: a report column that
  // disagrees with the record is reported whichever copy a card shows (CS reads the copy, sales the live one).
  let compared: ParseResult<PayloadOf<K>> = result;
  if (snapshot) {
    const live = source.cell(source.name(storage.document));
    if (!live.present || isEmpty(live.value)) return result;
    compared = read(live.value);
    if (compared.status !== 'valid' && compared.status !== 'partial') return result;
  }
  const migrated = compared.problems.some((p) => p.code === 'migrated');
  const contradictions = compareMirrors(kind, source, compared.value, migrated, result.problems);
  return { ...result, contradictions: [...result.contradictions, ...contradictions] };
}
