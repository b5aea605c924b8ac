/** Salesforce: a Lightning UI API record (as getRecord gives it) → a ParseResult. */
import type { Kind } from '../contexts';
import { salesforceFieldName } from '../storage';
import { parseColumns, type Cell, type RecordOptions } from './columns';
import { isPlainObject, readOwn } from './paths';
import { makeProblem } from './problems';
import type { ParseResult, PayloadOf } from './result';

/** The part of a UI API record we read: `{ fields: { HC_X__c: { value, displayValue } } }`. */
export interface UiApiRecord {
  fields?: Record<string, { value?: unknown; displayValue?: unknown } | undefined>;
}

function cellOf(fields: Record<string, unknown>, name: string): Cell {
  const read = readOwn(fields, name);
  if (!read.ok || read.value === undefined) return { present: false };
  const cell = read.value;
  if (!isPlainObject(cell)) return { present: true, value: cell };
  const value = readOwn(cell, 'value');
  return { present: true, value: value.ok ? value.value : undefined };
}

/**
 * Reads one context from a Salesforce record. Fields the record lacks (not requested, or hidden
 * by field-level security through `optionalFields`) count as absent. Never throws.
 */
export function parseSalesforceRecord<K extends Kind>(kind: K, record: unknown, options: RecordOptions = {}): ParseResult<PayloadOf<K>> {
  if (record === undefined || record === null) return { status: 'empty', kind };
  const fields = readOwn(record, 'fields');
  if (!isPlainObject(record) || !fields.ok || !isPlainObject(fields.value)) {
    const reason = makeProblem(kind, '', 'not_object', 'error', 'expected a Salesforce record ({ fields: { … } }, as getRecord gives it).');
    return { status: 'invalid', kind, reason, problems: [reason] };
  }
  const cells = fields.value;
  return parseColumns(kind, { platform: 'salesforce', name: salesforceFieldName, cell: (name) => cellOf(cells, name) }, options);
}
