/** The core's schema facts (shared/src/schema-info) as the generators need them: a path the schema lacks is a programming error. */
import type { Kind } from '../../shared/src/contexts';
import { schemaInfoAt, type SchemaInfo } from '../../shared/src/schema-info';

function infoAt(kind: Kind, path: string): SchemaInfo {
  const info = schemaInfoAt(kind, path);
  if (!info) throw new Error(`${kind} has no field ${path}`);
  return info;
}

/** The allowed values of an enum field, in declaration order. */
export function enumValues(kind: Kind, path: string): string[] {
  const info = infoAt(kind, path);
  if (info.type !== 'enum') throw new Error(`${kind}:${path} is not an enum`);
  return info.values;
}

/** Whether a number field only holds whole numbers (an int or an integer literal such as schemaVersion). */
export function isWholeNumber(kind: Kind, path: string): boolean {
  const info = infoAt(kind, path);
  if (info.type === 'literal') return info.values.every((v) => Number.isInteger(v));
  return info.type === 'number' && info.whole;
}
