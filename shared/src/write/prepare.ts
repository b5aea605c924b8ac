/**
 * Writing a whole payload: validate it strictly, serialise the document, refuse a text the platform
 * would cut, and list every column to set (document, mirrors, completeness).
 */
import { contexts, type Kind } from '../contexts';
import { parsePayload } from '../parse/payload';
import { asRefusal, makeProblem } from '../parse/problems';
import { registryField } from '../parse/paths';
import { fieldsOf } from '../registry';
import type { PayloadOf, Problem } from '../parse/result';
import type { Platform } from '../storage';
import { documentColumns, ownColumns, toHubSpotProperties, toSalesforceFields, type ColumnValue, type ColumnValues } from './columns';
import { completenessOf } from './completeness';
import { oversize } from './size';

export interface WriteOptions {
  /**
   * A handoff draft: must-have fields may still be missing or empty, but nothing present may be
   * malformed.
   */
  allowIncomplete?: boolean;
  /** Overrides the completeness percent written beside the handoff (default: completenessOf). */
  completeness?: (value: unknown) => number;
  /** Also return the own columns the payload carries (a loader storing a whole record at once). */
  withOwnColumns?: boolean;
}

export interface PlatformWriteOptions extends WriteOptions {
  /** The platform whose text limit applies; without it, the tighter of both. */
  platform?: Platform;
}

export type Prepared<K extends Kind> = { ok: true; value: PayloadOf<K>; document: string; columns: ColumnValues } | { ok: false; problems: Problem[] };

/** Problems a writer never lets through, though a reader only warns about them. */
const BLOCKING_WARNINGS = new Set(['unknown_field', 'migrated', 'too_many_items', 'newer_version']);

/** Paths where a draft may have a gap: must-have fields, and objects made only of them. */
const gapPaths = new Map<Kind, Set<string>>();

function gapsOf(kind: Kind): Set<string> {
  let gaps = gapPaths.get(kind);
  if (gaps) return gaps;
  const fields = fieldsOf(kind);
  gaps = new Set(fields.filter((f) => f.mustHave).map((f) => f.path));
  // Deepest first, so an object is judged after its members.
  for (const field of [...fields].sort((a, b) => b.path.split('.').length - a.path.split('.').length)) {
    if (gaps.has(field.path)) continue;
    const children = fields.filter((f) => f.path.startsWith(`${field.path}.`) && !f.path.slice(field.path.length + 1).includes('.'));
    const required = children.filter((f) => f.required);
    if (required.length > 0 && required.every((f) => gaps!.has(f.path))) gaps.add(field.path);
  }
  gapPaths.set(kind, gaps);
  return gaps;
}

function isAllowedGap(kind: Kind, problem: Problem): boolean {
  const gap = problem.code === 'missing' || (problem.code === 'too_small' && problem.params?.empty === 1);
  return gap && !/\[\d+\]/.test(problem.path) && gapsOf(kind).has(problem.path) && !!registryField(kind, problem.path);
}

function refusal<K extends Kind>(problems: Problem[]): Prepared<K> {
  return { ok: false, problems: problems.map(asRefusal) };
}

/** Platform-neutral: validates and serialises; the column map is keyed by column base name. */
export function prepareWrite<K extends Kind>(kind: K, payload: unknown, options: PlatformWriteOptions = {}): Prepared<K> {
  const result = parsePayload(kind, payload);
  if (result.status === 'empty') return refusal([makeProblem(kind, '', 'missing', 'error', 'there is nothing to write.')]);
  if (result.status === 'invalid') {
    const rest = result.problems.filter((p) => p !== result.reason);
    if (options.allowIncomplete && result.reason.code === 'invalid' && rest.length > 0 && rest.every((p) => isAllowedGap(kind, p)))
      return refusal([makeProblem(kind, '', 'missing', 'error', 'the draft is empty: fill in at least one field before saving.')]);
    return refusal(result.problems);
  }
  const blocking = result.problems.filter(
    (p) => (p.severity === 'error' || BLOCKING_WARNINGS.has(p.code)) && !(options.allowIncomplete && isAllowedGap(kind, p)),
  );
  if (blocking.length > 0) return refusal(blocking);
  const value = result.value as PayloadOf<K>;
  const document = JSON.stringify(value);
  const tooLong = oversize(kind, [], value, document, options.platform);
  if (tooLong) return refusal([tooLong]);
  const columns = { ...documentColumns(kind, value, document), ...(options.withOwnColumns ? ownColumns(kind, value) : {}) };
  const { storage } = contexts[kind];
  if (storage.completeness) {
    const percent = options.completeness ? options.completeness(value) : completenessOf(kind, value).percent;
    columns[storage.completeness.name] = Number.isFinite(percent) ? Math.max(0, Math.min(100, percent)) : null;
  }
  return { ok: true, value, document, columns };
}

export type SalesforceWrite<K extends Kind> =
  { ok: true; value: PayloadOf<K>; document: string; fields: Record<string, ColumnValue> } | { ok: false; problems: Problem[] };

export type HubSpotWrite<K extends Kind> =
  { ok: true; value: PayloadOf<K>; document: string; properties: Record<string, string> } | { ok: false; problems: Problem[] };

/** The fields to give updateRecord (`HC_*__c`), or why the payload cannot be written. */
export function prepareSalesforceWrite<K extends Kind>(kind: K, payload: unknown, options: WriteOptions = {}): SalesforceWrite<K> {
  const prepared = prepareWrite(kind, payload, { ...options, platform: 'salesforce' });
  if (!prepared.ok) return prepared;
  return { ok: true, value: prepared.value, document: prepared.document, fields: toSalesforceFields(prepared.columns) };
}

/** The properties to send to HubSpot (`hc_*`, all text), or why the payload cannot be written. */
export function prepareHubSpotWrite<K extends Kind>(kind: K, payload: unknown, options: WriteOptions = {}): HubSpotWrite<K> {
  const prepared = prepareWrite(kind, payload, { ...options, platform: 'hubspot' });
  if (!prepared.ok) return prepared;
  return { ok: true, value: prepared.value, document: prepared.document, properties: toHubSpotProperties(prepared.columns) };
}
