/**
 * One stored payload (a sample-book record's, or any loader's) as the columns a writer leaves:
 * the validated document with its mirror, completeness and own columns; the frozen copy of a
 * drafted context once submitted; then the record's deliberate column overrides. The preview and
 * both platforms' seeders store the book through this one function, so they cannot disagree.
 */
import { contexts, isDrafted, type Kind } from './contexts';
import { getAt } from './parse/paths';
import type { Problem } from './parse/result';
import type { ColumnValues } from './write/columns';
import { prepareWrite } from './write/prepare';

/** A column a loader sets after the payload's own, so that it disagrees with the document (the metric contradiction). */
export interface StoredOverride {
  kind: Kind;
  /** The column's base name (`Handoff_ARR`). */
  column: string;
  value: string | number | null;
}

export type StoredColumns =
  /** `asFound`: an older version, which a writer refuses by design, stored as its old writer left it (document only). */
  { ok: true; columns: ColumnValues; asFound: boolean } | { ok: false; problems: Problem[] };

/** The columns of one stored payload, keyed by column base name; `overrides` of other kinds are ignored. */
export function storedColumns(kind: Kind, payload: unknown, overrides: readonly StoredOverride[] = []): StoredColumns {
  const { storage } = contexts[kind];
  const status = getAt(payload, 'review.status');
  // A drafted context before submission may still have gaps; after it, its frozen copy is what CS reads.
  const draft = isDrafted(kind) && (status === undefined || status === 'draft');
  const written = prepareWrite(kind, payload, { allowIncomplete: draft, withOwnColumns: true });
  let columns: ColumnValues;
  let asFound = false;
  if (written.ok) {
    columns = { ...written.columns };
    if (storage.snapshot && isDrafted(kind) && !draft) columns[storage.snapshot.name] = written.document;
  } else if (written.problems.every((p) => p.code === 'migrated')) {
    columns = { [storage.document.name]: JSON.stringify(payload) };
    asFound = true;
  } else return { ok: false, problems: written.problems };
  for (const override of overrides) if (override.kind === kind) columns[override.column] = override.value;
  return { ok: true, columns, asFound };
}

/** A record of the sample book (or any record shaped like one): its payloads by kind, and its overrides. */
export interface RecordWithPayloads {
  payloads: Partial<Record<Kind, unknown>>;
  columnOverrides?: readonly StoredOverride[];
}

/** Every column of a record's payloads, and the payloads a writer refuses (nothing should be stored while there are any). */
export function recordColumns(record: RecordWithPayloads): { columns: ColumnValues; refusals: Array<{ kind: Kind; problems: Problem[] }> } {
  const columns: ColumnValues = {};
  const refusals: Array<{ kind: Kind; problems: Problem[] }> = [];
  for (const [kind, payload] of Object.entries(record.payloads) as Array<[Kind, unknown]>) {
    if (payload === undefined) continue;
    const stored = storedColumns(kind, payload, record.columnOverrides);
    if (stored.ok) Object.assign(columns, stored.columns);
    else refusals.push({ kind, problems: stored.problems });
  }
  return { columns, refusals };
}
