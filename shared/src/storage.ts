/** Platform storage names, derived from a column's base name so they are never typed twice. */
import type { ColumnSpec } from './fields';

const PREFIX = 'HC';

/** `Lead_Score` → `HC_Lead_Score__c` */
export function salesforceFieldName(column: Pick<ColumnSpec, 'name'>): string {
  return `${PREFIX}_${column.name}__c`;
}

/** `Lead_Score` → `hc_lead_score` */
export function hubspotPropertyName(column: Pick<ColumnSpec, 'name'>): string {
  return `${PREFIX}_${column.name}`.toLowerCase();
}

/** The largest text each platform keeps in one field; a longer payload would be cut. */
export const textLimits = { salesforce: 131_072, hubspot: 65_536 } as const;
export type Platform = keyof typeof textLimits;
