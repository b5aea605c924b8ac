/**
 * What `handoff push` may write on a record: the payload's document column, its mirror (report)
 * columns and the completeness computed from it, taken from the registry. Never an own column (a
 * rep's feedback or disposition, the CS review), and never the frozen copy taken at submission.
 */
import { contexts, type Kind } from '../../shared/src/contexts';
import { columnsOf } from '../../shared/src/registry';

const cache = new Map<Kind, Set<string>>();

/** Column base names (`Lead_Score`) push may set for a kind. */
export function pushColumns(kind: Kind): Set<string> {
  let names = cache.get(kind);
  if (names) return names;
  const { storage } = contexts[kind];
  names = new Set([storage.document.name]);
  if (storage.completeness) names.add(storage.completeness.name);
  for (const { column, path } of columnsOf(kind)) if (path !== undefined && column.role === 'mirror') names.add(column.name);
  cache.set(kind, names);
  return names;
}

/** Column base names that belong to people other than the payload's writer: push never sends them. */
export function protectedColumns(kind: Kind): Set<string> {
  const allowed = pushColumns(kind);
  return new Set(
    columnsOf(kind)
      .map(({ column }) => column.name)
      .filter((name) => !allowed.has(name)),
  );
}
