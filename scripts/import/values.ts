/** Turns one source record into a candidate payload, as its mapping says. Bad source values throw a RecordError. */
import { contexts, type Kind } from '../../shared/src/contexts';
import { isList, type ListSpec, type Mapping, type ValueSpec } from './mapping';

export type Row = Record<string, unknown>;

/** A source value the mapping cannot turn into a canonical one: the record is reported and skipped. */
export class RecordError extends Error {}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** `a.b[0].c`; `a[*].b` gives every element's `b`. */
export function readPath(value: unknown, path: string): unknown {
  const parts = path.match(/[^.[\]]+|\[\*\]|\[\d+\]/g) ?? [];
  let current: unknown[] = [value];
  let many = false;
  for (const part of parts) {
    const next: unknown[] = [];
    for (const item of current) {
      if (part === '[*]') {
        many = true;
        if (Array.isArray(item)) next.push(...item);
      } else if (/^\[\d+\]$/.test(part)) {
        if (Array.isArray(item)) next.push(item[Number(part.slice(1, -1))]);
      } else if (typeof item === 'object' && item !== null && Object.prototype.hasOwnProperty.call(item, part)) {
        next.push((item as Row)[part]);
      } else next.push(undefined);
    }
    current = next;
  }
  return many ? current.filter((v) => !isEmpty(v)) : current[0];
}

function describeSource(spec: ValueSpec): string {
  if (spec.column !== undefined) return `column "${spec.column}"`;
  if (spec.path !== undefined) return `"${spec.path}"`;
  if (spec.template !== undefined) return `template "${spec.template}"`;
  return 'the mapping';
}

function toNumber(value: unknown, spec: ValueSpec): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  const text = String(value)
    .trim()
    .replace(/,(?=\d{3}\b)/g, '')
    .replace(/%$/, '');
  const n = text === '' ? NaN : Number(text);
  if (!Number.isFinite(n)) throw new RecordError(`${describeSource(spec)}: ${JSON.stringify(value)} is not a number`);
  return n;
}

function toDateTime(value: unknown, spec: ValueSpec): string {
  const text = String(value).trim();
  let date: Date;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) date = new Date(`${text}T00:00:00Z`);
  else if (/^\d{10,13}$/.test(text)) date = new Date(Number(text.length === 10 ? `${text}000` : text));
  else if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text))
    date = new Date(text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  else throw new RecordError(`${describeSource(spec)}: ${JSON.stringify(value)} is not a date-time with a time zone, a YYYY-MM-DD date or epoch milliseconds`);
  if (Number.isNaN(date.getTime())) throw new RecordError(`${describeSource(spec)}: ${JSON.stringify(value)} is not a real date`);
  return date.toISOString();
}

function applyTransform(value: unknown, spec: ValueSpec): unknown {
  switch (spec.transform) {
    case undefined:
      return typeof value === 'string' ? value.trim() : value;
    case 'text':
      return String(value).trim();
    case 'number':
      return toNumber(value, spec);
    case 'abs':
      return Math.abs(toNumber(value, spec));
    case 'sign':
      return toNumber(value, spec) >= 0 ? 'raises' : 'lowers';
    case 'datetime':
      return toDateTime(value, spec);
    case 'latest': {
      const all = (Array.isArray(value) ? value : [value]).map((v) => toDateTime(v, spec));
      return all.sort().at(-1);
    }
    case 'json':
      if (typeof value !== 'string') return value;
      try {
        return JSON.parse(value);
      } catch {
        throw new RecordError(`${describeSource(spec)}: is not JSON`);
      }
  }
}

/** The raw value the spec points at (before any map or transform). */
function source(row: Row, spec: ValueSpec, n?: number): unknown {
  const fill = (text: string) => (n === undefined ? text : text.replaceAll('{n}', String(n)));
  if ('const' in spec) return spec.const;
  if (spec.column !== undefined) return row[fill(spec.column)];
  if (spec.path !== undefined) return readPath(row, fill(spec.path));
  if (spec.template !== undefined) {
    let empty = true;
    const text = fill(spec.template).replace(/\{([^{}]+)\}/g, (_, name: string) => {
      const value = name in row ? row[name] : readPath(row, name);
      if (!isEmpty(value)) empty = false;
      return isEmpty(value) ? '' : String(value).trim();
    });
    // A placeholder left empty leaves no dangling separator (`NextStep:`).
    return empty ? undefined : text.replace(/[\s:=,;-]+$/, '').trim();
  }
  return undefined;
}

/** The canonical value, or undefined when the source gives nothing (and no default). */
export function evaluate(row: Row, spec: ValueSpec, n?: number): unknown {
  if (spec.firstOf) {
    for (const inner of spec.firstOf) {
      const value = evaluate(row, inner, n);
      if (value !== undefined) return value;
    }
    return spec.default;
  }
  let value = source(row, spec, n);
  if (isEmpty(value) || (Array.isArray(value) && value.length === 0 && spec.transform === 'latest')) return spec.default;
  if (spec.map) {
    const key = String(value).trim().toLowerCase();
    const hit = Object.entries(spec.map).find(([from]) => from.toLowerCase() === key);
    if (hit) value = hit[1];
    else if ('otherwise' in spec) value = spec.otherwise;
    else
      throw new RecordError(
        `${describeSource(spec)}: ${JSON.stringify(value)} is not one of ${Object.keys(spec.map)
          .map((k) => JSON.stringify(k))
          .join(', ')}`,
      );
    // A value mapped to null is one the mapping chooses to leave out.
    if (value === null) return spec.default;
  }
  value = applyTransform(value, spec);
  if (spec.multiply !== undefined) value = toNumber(value, spec) * spec.multiply;
  if (spec.thresholds) {
    const n = toNumber(value, spec);
    const hit = spec.thresholds.filter((t) => n >= t.atLeast).at(-1);
    if (!hit) throw new RecordError(`${describeSource(spec)}: ${n} is below the lowest threshold`);
    value = hit.value;
  }
  return value;
}

function setAt(target: Row, path: string, value: unknown): void {
  const parts = path.split('.');
  let current = target;
  for (const part of parts.slice(0, -1)) {
    if (typeof current[part] !== 'object' || current[part] === null) current[part] = {};
    current = current[part] as Row;
  }
  current[parts.at(-1)!] = value;
}

function passes(row: Row, where: ListSpec['list']['where']): boolean {
  if (!where) return true;
  const raw = where.column !== undefined ? row[where.column] : where.path !== undefined ? readPath(row, where.path) : undefined;
  if (where.present) return !isEmpty(raw);
  if ('equals' in where) return String(raw) === String(where.equals);
  const n = Number(raw);
  if (isEmpty(raw) || !Number.isFinite(n)) return false;
  return (where.above === undefined || n > where.above) && (where.below === undefined || n < where.below);
}

function entry(row: Row, fields: Record<string, ValueSpec>, n?: number): Row | undefined {
  const out: Row = {};
  for (const [member, spec] of Object.entries(fields)) {
    // Only values read from the entry count: an entry of constants alone is an empty repeated column set.
    const sourced = !('const' in spec);
    const value = evaluate(row, spec, n);
    if (value !== undefined) setAt(out, member, value);
    if (value !== undefined && sourced) out[SOURCED] = true;
  }
  if (!out[SOURCED]) return undefined;
  delete out[SOURCED];
  return out;
}
const SOURCED = '\u0000sourced';

function listOf(rows: Row[], spec: ListSpec): Row[] {
  const { list } = spec;
  const row = rows[0];
  const elements: Array<{ row: Row; n?: number }> = [];
  if (list.items) return list.items.map((fields) => entry(row, fields)).filter((item): item is Row => item !== undefined);
  if (list.repeat) for (let n = list.repeat.from; n <= list.repeat.to; n++) elements.push({ row, n });
  else if (list.rows) elements.push(...rows.map((r) => ({ row: r })));
  else {
    const raw = list.json ? evaluate(row, { ...list.json, transform: list.json.transform ?? 'json' }) : readPath(row, list.path!);
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) throw new RecordError(`${list.json ? describeSource(list.json) : `"${list.path}"`}: is not a list`);
    for (const element of raw) {
      if (typeof element !== 'object' || element === null)
        throw new RecordError(`${list.json ? describeSource(list.json) : `"${list.path}"`}: holds an entry that is not an object`);
      elements.push({ row: element as Row });
    }
  }
  const out: Row[] = [];
  for (const { row: r, n } of elements) {
    if (n === undefined && !passes(r, list.where)) continue;
    if (n !== undefined && list.where) {
      const filled = { ...list.where, column: list.where.column?.replaceAll('{n}', String(n)), path: list.where.path?.replaceAll('{n}', String(n)) };
      if (!passes(r, filled)) continue;
    }
    const item = entry(r, list.fields ?? {}, n);
    if (item) out.push(item);
  }
  return out;
}

/** The candidate payload of one record (a group of rows when the mapping groups). */
export function buildPayload(mapping: Mapping, rows: Row[]): Row {
  const payload: Row = { schemaVersion: CURRENT_VERSION[mapping.kind] };
  for (const [path, spec] of Object.entries(mapping.fields)) {
    const value = isList(spec) ? listOf(rows, spec) : evaluate(rows[0], spec);
    if (value !== undefined) setAt(payload, path, value);
  }
  return payload;
}

/** The fields left out because their source was empty: named in the reason when the core says they are missing. */
export function emptySources(mapping: Mapping, row: Row): Map<string, string> {
  const empty = new Map<string, string>();
  for (const [path, spec] of Object.entries(mapping.fields))
    if (!isList(spec) && !('const' in spec) && evaluate(row, spec) === undefined) empty.set(path, describeSource(spec.firstOf?.[0] ?? spec));
  return empty;
}

const CURRENT_VERSION = Object.fromEntries(Object.entries(contexts).map(([kind, c]) => [kind, c.version])) as Record<Kind, number>;
