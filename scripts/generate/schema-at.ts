/** Reads the zod schema behind a registry path, for facts the registry does not flatten (enum values, integers). */
import type * as z from 'zod/mini';
import { contexts, type Kind } from '../../shared/src/contexts';
import { unwrap } from '../../shared/src/registry';

type Schema = z.core.$ZodType;

/** The unwrapped schema at `path` (`a.b`, `list[].c`) of a context; throws on a path the schema lacks. */
export function schemaAt(kind: Kind, path: string): Schema {
  let current: Schema = contexts[kind].schema;
  for (const part of path.split('.')) {
    const isList = part.endsWith('[]');
    const key = isList ? part.slice(0, -2) : part;
    const def = unwrap(current).inner._zod.def as any;
    const child = def.type === 'object' ? (def.shape as Record<string, Schema>)[key] : undefined;
    if (!child) throw new Error(`${kind} has no field ${path}`);
    current = child;
    if (isList) {
      const listDef = unwrap(current).inner._zod.def as any;
      if (listDef.type !== 'array') throw new Error(`${kind}:${path}: ${key} is not a list`);
      current = listDef.element;
    }
  }
  return unwrap(current).inner;
}

/** The allowed values of an enum field, in declaration order. */
export function enumValues(kind: Kind, path: string): string[] {
  const def = schemaAt(kind, path)._zod.def as any;
  if (def.type !== 'enum') throw new Error(`${kind}:${path} is not an enum`);
  return Object.values(def.entries as Record<string, string>);
}

/** Whether a number field only holds whole numbers (an int or an integer literal such as schemaVersion). */
export function isWholeNumber(kind: Kind, path: string): boolean {
  const def = schemaAt(kind, path)._zod.def as any;
  if (def.type === 'literal') return [...def.values].every((v: unknown) => Number.isInteger(v));
  return def.type === 'number' && def.format === 'safeint';
}
