/**
 * Column maps: what a write sets, keyed by column base name (`Lead_Score`), platform-neutral; and
 * the mapping to each platform's names and value forms.
 */
import { contexts, type Kind } from '../contexts';
import type { ColumnSpec } from '../fields';
import { fieldsOf } from '../registry';
import { hubspotPropertyName, salesforceFieldName } from '../storage';
import { getAt } from '../parse/paths';

/** A value to write; null clears the column. */
export type ColumnValue = string | number | null;
export type ColumnValues = Record<string, ColumnValue>;

/** `{ Lead_Score: 82 }` → `{ HC_Lead_Score__c: 82 }`, ready for updateRecord. */
export function toSalesforceFields(columns: ColumnValues): Record<string, ColumnValue> {
  const out: Record<string, ColumnValue> = {};
  for (const [name, value] of Object.entries(columns)) out[salesforceFieldName({ name })] = value;
  return out;
}

/** `{ Lead_Score: 82 }` → `{ hc_lead_score: '82' }`: HubSpot takes text, and '' clears a property. */
export function toHubSpotProperties(columns: ColumnValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(columns)) out[hubspotPropertyName({ name })] = value === null ? '' : String(value);
  return out;
}

/** The column of a field at a registry path, e.g. `review.status` → Handoff_Status. */
export function columnAt(kind: Kind, path: string): ColumnSpec {
  const field = fieldsOf(kind).find((f) => f.path === path && f.column);
  if (!field) throw new Error(`${kind}:${path} has no column`); // a programming error, never data
  return field.column!;
}

/** The document column and every mirror column of a validated payload. */
export function documentColumns(kind: Kind, value: unknown, document: string): ColumnValues {
  const columns: ColumnValues = { [contexts[kind].storage.document.name]: document };
  for (const field of fieldsOf(kind)) {
    if (field.column?.role !== 'mirror' || field.path.includes('[]')) continue;
    const path = field.column.member ? `${field.path}.${field.column.member}` : field.path;
    const mirrored = getAt(value, path);
    columns[field.column.name] = typeof mirrored === 'number' || typeof mirrored === 'string' ? mirrored : null;
  }
  return columns;
}

/**
 * The own columns (feedback, disposition, the handoff review) as a payload carries them. Cards write
 * these one at a time through the actions; a loader that stores a whole sample record sets them at once.
 */
export function ownColumns(kind: Kind, value: unknown): ColumnValues {
  const columns: ColumnValues = {};
  for (const field of fieldsOf(kind)) {
    if (field.column?.role !== 'own' || field.path.includes('[]')) continue;
    const own = getAt(value, field.path);
    if (own === undefined || own === null) continue;
    columns[field.column.name] = typeof own === 'object' ? JSON.stringify(own) : typeof own === 'number' ? own : String(own);
  }
  return columns;
}
