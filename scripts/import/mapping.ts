/**
 * Import mappings: a JSON file an admin can read and change that says, field by field, where each
 * canonical value comes from in a source's own export. Nothing about a source is coded here: the
 * shipped defaults live in mappings/, and `checkMapping` holds every one to the core's registry.
 */
import { contexts, isKind, type Kind } from '../../shared/src/contexts';
import { fieldsOf } from '../../shared/src/registry';

/** Where a value comes from, and how it is turned into the canonical value. */
export interface ValueSpec {
  /** A column of a CSV row or a top-level key of a JSON record, by its exact name. */
  column?: string;
  /** A dotted path into a JSON record: `properties.hubspotscore`, `versions[0].timestamp`, `versions[*].timestamp`. */
  path?: string;
  /** A fixed value. */
  const?: unknown;
  /** Text with `{column}` or `{path}` placeholders filled from the record, e.g. `{FieldName} is {FieldValue}`. */
  template?: string;
  /** The first of these that gives a value. */
  firstOf?: ValueSpec[];
  /** Source value → canonical value (an enum value map). The source value is trimmed first; keys match case-insensitively. */
  map?: Record<string, unknown>;
  /** With `map`: the value for a source value the map does not name (without it, such a value skips the record); null leaves the field out. */
  otherwise?: unknown;
  transform?: Transform;
  /** Multiplies a number (after `transform`), e.g. 100 to read a fraction of 1 as a percentage. */
  multiply?: number;
  /** Number → canonical value: the last entry whose `atLeast` the number reaches (entries in rising order). */
  thresholds?: Array<{ atLeast: number; value: unknown }>;
  /** Used when the source gives nothing. */
  default?: unknown;
}

export type Transform =
  /** A number; thousands separators and a trailing % are allowed. */
  | 'number'
  /** A number without its sign. */
  | 'abs'
  /** `raises` for a number ≥ 0, `lowers` below 0: a contribution's sign as a direction. */
  | 'sign'
  /** An ISO 8601 date-time with offset, from an ISO date-time, a date (midnight UTC) or epoch milliseconds. */
  | 'datetime'
  /** The latest of several date-times (with a `[*]` path). */
  | 'latest'
  /** Trimmed text. */
  | 'text'
  /** JSON text parsed (for a list held in one column). */
  | 'json';

export const transforms: readonly Transform[] = ['number', 'abs', 'sign', 'datetime', 'latest', 'text', 'json'];

/** A list field (factors, drivers, risk factors): one entry per repeated column set, JSON element, array element or grouped row. */
export interface ListSpec {
  list: {
    /** Columns repeated with a number: every `{n}` in the entry's columns, paths and templates is replaced by from…to. */
    repeat?: { from: number; to: number };
    /** A JSON array held in one column or at one path. */
    json?: ValueSpec;
    /** An array in a JSON record. */
    path?: string;
    /** The rows grouped into this record (see `groupBy`). */
    rows?: true;
    /** Fixed entries, each read from its own columns (a score's fit and engagement parts). */
    items?: Array<Record<string, ValueSpec>>;
    /** Keeps only entries whose value at `path`/`column` is present, above, below or equal to a value. */
    where?: { column?: string; path?: string; above?: number; below?: number; equals?: unknown; present?: true };
    /** Canonical entry path (relative, e.g. `label`) → where it comes from within the entry. */
    fields?: Record<string, ValueSpec>;
  };
}

export type FieldSpec = ValueSpec | ListSpec;

export interface TargetSpec {
  salesforce?: { object: string | ValueSpec; id?: ValueSpec };
  hubspot?: { objectType: string | ValueSpec; id?: ValueSpec };
}

export interface Mapping {
  /** What the mapping reads, in a sentence. */
  description: string;
  /** The platform pages the mapping is based on. */
  documentation: string[];
  /** What the platform's export does not give, said plainly (the README and the payload's evidence repeat it). */
  notProvided?: string[];
  /** The `source` of every output line. */
  source: string;
  kind: Kind;
  /** csv: a CSV file with a header row; jsonl: one JSON record a line; json: one JSON document whose `records` array holds the records. */
  format: 'csv' | 'jsonl' | 'json';
  /** For json: the path of the records array, e.g. `results` (HubSpot) or `records` (Salesforce). */
  records?: string;
  /** Consecutive records with the same value here make one payload (a Salesforce insight and its reasons, one row per reason). */
  groupBy?: ValueSpec;
  /** The source record's id (reported with every outcome). */
  id: ValueSpec;
  target: TargetSpec;
  /** Canonical path (`score.value`, `model.name`, `factors`) → where it comes from. */
  fields: Record<string, FieldSpec>;
}

export function isList(spec: FieldSpec): spec is ListSpec {
  return typeof spec === 'object' && spec !== null && 'list' in spec;
}

const valueKeys = new Set(['column', 'path', 'const', 'template', 'firstOf', 'map', 'otherwise', 'transform', 'multiply', 'thresholds', 'default', '$comment']);
const sourceKeys = ['column', 'path', 'const', 'template', 'firstOf'] as const;

function checkValue(spec: unknown, where: string, problems: string[]): void {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    problems.push(`${where}: must be an object such as { "column": "…" }`);
    return;
  }
  const value = spec as Record<string, unknown>;
  for (const key of Object.keys(value)) if (!valueKeys.has(key)) problems.push(`${where}: unknown key "${key}"`);
  const sources = sourceKeys.filter((key) => key in value);
  if (sources.length !== 1) problems.push(`${where}: needs exactly one of ${sourceKeys.join(', ')}${sources.length ? ` (has ${sources.join(', ')})` : ''}`);
  if (value.transform !== undefined && !transforms.includes(value.transform as Transform))
    problems.push(`${where}: transform "${String(value.transform)}" is not one of ${transforms.join(', ')}`);
  if (value.map !== undefined && (typeof value.map !== 'object' || value.map === null || Array.isArray(value.map)))
    problems.push(`${where}: map must be an object`);
  if (value.multiply !== undefined && typeof value.multiply !== 'number') problems.push(`${where}: multiply must be a number`);
  if (value.thresholds !== undefined) {
    const ok =
      Array.isArray(value.thresholds) && value.thresholds.every((t) => typeof t === 'object' && t !== null && typeof t.atLeast === 'number' && 'value' in t);
    if (!ok) problems.push(`${where}: thresholds must be a list of { "atLeast": number, "value": … }`);
  }
  if (Array.isArray(value.firstOf)) value.firstOf.forEach((inner, i) => checkValue(inner, `${where}.firstOf[${i}]`, problems));
  else if ('firstOf' in value) problems.push(`${where}: firstOf must be a list`);
}

/**
 * Everything wrong with a mapping, as sentences (empty when it is usable): its shape, and every
 * canonical path it writes, which must be a field of its kind in the core's registry.
 */
export function checkMapping(raw: unknown): string[] {
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return ['the mapping must be a JSON object'];
  const m = raw as Partial<Mapping> & Record<string, unknown>;
  if (typeof m.description !== 'string' || !m.description) problems.push('description: say in a sentence what the mapping reads');
  if (!Array.isArray(m.documentation) || m.documentation.length === 0 || !m.documentation.every((d) => typeof d === 'string' && /^https:\/\//.test(d)))
    problems.push('documentation: list the https addresses of the platform pages the mapping is based on');
  if (typeof m.source !== 'string' || !m.source) problems.push('source: name the source (written on every output line)');
  if (!['csv', 'jsonl', 'json'].includes(m.format as string)) problems.push('format: must be csv, jsonl or json');
  if (m.format === 'json' && (typeof m.records !== 'string' || !m.records)) problems.push('records: a json mapping names the path of the records array');
  if (typeof m.kind !== 'string' || !isKind(m.kind)) {
    problems.push(`kind: must be one of ${Object.keys(contexts).join(', ')}`);
    return problems;
  }
  const kind = m.kind;
  const known = new Map(fieldsOf(kind).map((f) => [f.path, f]));
  checkValue(m.id, 'id', problems);
  if (m.groupBy !== undefined) checkValue(m.groupBy, 'groupBy', problems);
  const { storage } = contexts[kind];
  const target = (m.target ?? {}) as TargetSpec;
  if (!target.salesforce && !target.hubspot) problems.push('target: name the salesforce object or the hubspot objectType the payload belongs on');
  if (target.salesforce) {
    const object = target.salesforce.object;
    if (typeof object === 'string') {
      if (!(storage.salesforce as string[]).includes(object))
        problems.push(`target.salesforce.object: ${kind} is stored on ${storage.salesforce.join(' or ')}, not ${object}`);
    } else checkValue(object, 'target.salesforce.object', problems);
    if (target.salesforce.id) checkValue(target.salesforce.id, 'target.salesforce.id', problems);
  }
  if (target.hubspot) {
    const objectType = target.hubspot.objectType;
    if (typeof objectType === 'string') {
      if (!(storage.hubspot as string[]).includes(objectType))
        problems.push(`target.hubspot.objectType: ${kind} is stored on ${storage.hubspot.join(' or ')}, not ${objectType}`);
    } else checkValue(objectType, 'target.hubspot.objectType', problems);
    if (target.hubspot.id) checkValue(target.hubspot.id, 'target.hubspot.id', problems);
  }
  if (typeof m.fields !== 'object' || m.fields === null || Object.keys(m.fields).length === 0) {
    problems.push('fields: map at least one canonical field');
    return problems;
  }
  for (const [path, spec] of Object.entries(m.fields)) {
    const field = known.get(path);
    if (!field) {
      problems.push(`fields."${path}": ${kind} has no such field (see npx handoff fields --kind ${kind})`);
      continue;
    }
    if (isList(spec)) {
      if (!field.type.startsWith('list of')) problems.push(`fields."${path}": is ${field.type}, not a list`);
      const list = spec.list;
      const ways = (['repeat', 'json', 'path', 'rows', 'items'] as const).filter((key) => list[key] !== undefined);
      if (ways.length !== 1) problems.push(`fields."${path}".list: needs exactly one of repeat, json, path, rows, items`);
      if (list.repeat && !(Number.isInteger(list.repeat.from) && Number.isInteger(list.repeat.to) && list.repeat.to >= list.repeat.from))
        problems.push(`fields."${path}".list.repeat: from and to must be whole numbers, from ≤ to`);
      if (list.json) checkValue(list.json, `fields."${path}".list.json`, problems);
      if (list.rows && m.groupBy === undefined) problems.push(`fields."${path}".list.rows: needs groupBy`);
      const entries = list.items ? list.items.map((item, i) => ({ at: `items[${i}]`, fields: item })) : [{ at: 'fields', fields: list.fields }];
      for (const { at, fields } of entries) {
        if (!fields || typeof fields !== 'object' || Object.keys(fields).length === 0) problems.push(`fields."${path}".list.${at}: map the entry's fields`);
        for (const [member, inner] of Object.entries(fields ?? {})) {
          if (!known.has(`${path}[].${member}`)) problems.push(`fields."${path}".list.${at}."${member}": ${kind} has no field ${path}[].${member}`);
          checkValue(inner, `fields."${path}".list.${at}."${member}"`, problems);
        }
      }
    } else {
      if (field.type === 'object') problems.push(`fields."${path}": is an object; map its members (e.g. "${path}.…")`);
      checkValue(spec, `fields."${path}"`, problems);
    }
  }
  return problems;
}

/** Every canonical path a mapping writes, list members as `factors[].label` (what the registry test checks). */
export function targetPaths(mapping: Mapping): string[] {
  const paths: string[] = [];
  for (const [path, spec] of Object.entries(mapping.fields)) {
    paths.push(path);
    if (isList(spec))
      for (const fields of spec.list.items ?? [spec.list.fields ?? {}]) for (const member of Object.keys(fields)) paths.push(`${path}[].${member}`);
  }
  return paths;
}
