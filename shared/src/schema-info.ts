/**
 * What a schema allows, read once here: code outside the core (cards, generators, the bench) asks
 * these questions instead of reading zod's internals, so a zod upgrade is the core's business alone.
 */
import type * as z from 'zod/mini';
import type { Kind } from './contexts';
import { crossFieldRules, type CrossFieldRule, type FieldMeta } from './fields';
import { metaOf, schemaAt } from './parse/paths';
import { unwrap } from './registry';

type Schema = z.core.$ZodType;

/** One schema node, unwrapped from optional / nullable / default. */
export type SchemaInfo =
  | { type: 'object'; fields: Record<string, Schema> }
  | { type: 'list'; element: Schema; maxLength?: number }
  | { type: 'text'; maxLength?: number; /** `datetime`, `date`, `url`… */ format?: string; pattern?: RegExp }
  | { type: 'number'; whole: boolean }
  | { type: 'enum'; values: string[] }
  | { type: 'literal'; values: unknown[] }
  | { type: 'boolean' }
  | { type: 'other'; name: string };

function checkValue(def: any, check: string, key: string): any {
  for (const c of def.checks ?? []) if (c._zod.def.check === check) return c._zod.def[key];
  return undefined;
}

export function schemaInfo(schema: Schema): SchemaInfo {
  const def = unwrap(schema).inner._zod.def as any;
  switch (def.type) {
    case 'object':
      return { type: 'object', fields: { ...def.shape } };
    case 'array':
      return { type: 'list', element: def.element, maxLength: checkValue(def, 'max_length', 'maximum') };
    case 'string':
      return {
        type: 'text',
        maxLength: checkValue(def, 'max_length', 'maximum'),
        format: def.format ?? undefined,
        pattern: checkValue(def, 'string_format', 'pattern'),
      };
    case 'number':
      return { type: 'number', whole: def.format === 'safeint' };
    case 'enum':
      return { type: 'enum', values: Object.values(def.entries as Record<string, string>) };
    case 'literal':
      return { type: 'literal', values: [...def.values] };
    case 'boolean':
      return { type: 'boolean' };
    default:
      return { type: 'other', name: String(def.type) };
  }
}

/** The schema node at a registry path (`review.status`, `commitments[].type`), or undefined if the schema has no such field. */
export function schemaInfoAt(kind: Kind, path: string): SchemaInfo | undefined {
  const schema = schemaAt(kind, path);
  return schema ? schemaInfo(schema) : undefined;
}

/** The allowed values of an enum field, in declaration order; [] for a path that is not an enum. */
export function enumValues(kind: Kind, path: string): string[] {
  const info = schemaInfoAt(kind, path);
  return info?.type === 'enum' ? info.values : [];
}

/** Whether a number field only holds whole numbers (an int, or an integer literal such as schemaVersion). */
export function isWholeNumber(kind: Kind, path: string): boolean {
  const info = schemaInfoAt(kind, path);
  if (info?.type === 'literal') return info.values.every((v) => Number.isInteger(v));
  return info?.type === 'number' && info.whole;
}

/** A free text's own length limit (no format, no pattern: text a person writes); undefined for any other schema. */
export function freeTextLimit(schema: Schema): number | undefined {
  const info = schemaInfo(schema);
  return info.type === 'text' && !info.format && !info.pattern ? info.maxLength : undefined;
}

/** The registry entry (title, maxItems…) of a field's schema, optional wrappers included. */
export function fieldMetaOf(schema: Schema): FieldMeta | undefined {
  return metaOf(unwrap(schema).inner);
}

/**
 * What the published JSON Schema must say about one schema node (as zod's JSON Schema output meets
 * it, wrappers not unwrapped) beyond zod's own output: that a trimmed text must keep a character
 * (whitespace-only text is refused), and the rules between an object's members (crossField).
 */
export function contractOf(schema: Schema): { nonBlank: boolean; rules: CrossFieldRule[] } {
  const def = schema._zod.def as { type: string; checks?: Array<{ _zod: { def: { check: string; minimum?: number } } }> };
  const checks = def.checks ?? [];
  const kinds = checks.map((c) => c._zod.def);
  const trim = kinds.findIndex((c) => c.check === 'overwrite');
  const nonBlank = def.type === 'string' && trim >= 0 && kinds.slice(trim).some((c) => c.check === 'min_length' && (c.minimum ?? 0) >= 1);
  const rules = checks.map((c) => crossFieldRules.get(c)).filter((r): r is CrossFieldRule => r !== undefined);
  return { nonBlank, rules };
}
