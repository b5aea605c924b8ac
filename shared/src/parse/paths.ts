/** Paths into a payload, and the registry entry (title, schema) behind each one. */
import { contexts, type Kind } from '../contexts';
import type { FieldMeta } from '../fields';
import { fieldMeta } from '../fields';
import { fieldsOf, unwrap, type RegistryField } from '../registry';

export type Path = ReadonlyArray<string | number>;
type Schema = Parameters<typeof unwrap>[0];

/** `['factors', 2, 'weight']` → `factors[2].weight` */
export function pathText(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out;
}

/** `factors[2].weight` → `factors[].weight`: the registry path of an indexed path. */
export function registryPath(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

const byKind = new Map<Kind, Map<string, RegistryField>>();

export function registryField(kind: Kind, path: string): RegistryField | undefined {
  let fields = byKind.get(kind);
  if (!fields) {
    fields = new Map(fieldsOf(kind).map((f) => [f.path, f]));
    byKind.set(kind, fields);
  }
  return fields.get(registryPath(path));
}

/**
 * The title a person reads for a path. A list entry without its own entry (a text in a list of
 * texts) borrows its list's title.
 */
export function titleOf(kind: Kind, path: string): string {
  if (path === '') return contexts[kind].title;
  const field = registryField(kind, path);
  if (field) return field.title;
  const listEntry = /^(.*)\[\d+\]$/.exec(path);
  if (listEntry) return `${titleOf(kind, listEntry[1])}, one entry`;
  return path;
}

export function metaOf(schema: Schema): FieldMeta | undefined {
  return fieldMeta.get(schema as never) as FieldMeta | undefined;
}

/** The schema at a registry path (`feedback[]`, `review.status`), unwrapped; undefined if there is none. */
export function schemaAt(kind: Kind, path: string): Schema | undefined {
  let schema: Schema = contexts[kind].schema;
  if (path === '') return schema;
  for (const token of path.match(/[^.[\]]+|\[\]/g) ?? []) {
    const def = unwrap(schema).inner._zod.def as any;
    if (token === '[]') {
      if (def.type !== 'array') return undefined;
      schema = def.element;
    } else {
      if (def.type !== 'object' || !Object.prototype.hasOwnProperty.call(def.shape, token)) return undefined;
      schema = def.shape[token];
    }
  }
  return unwrap(schema).inner;
}

/** Reads an own member without trusting the object: a getter that throws reads as a failure. */
export function readOwn(value: unknown, key: string | number): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    if (value === null || typeof value !== 'object') return { ok: true, value: undefined };
    if (!Object.prototype.hasOwnProperty.call(value, key)) return { ok: true, value: undefined };
    return { ok: true, value: (value as Record<string | number, unknown>)[key] };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a dotted registry path without `[]` from a (possibly partial) value. */
export function getAt(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    const read = readOwn(current, key);
    if (!read.ok) return undefined;
    current = read.value;
  }
  return current;
}
