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

/**
 * A text's length as the platforms' limits (and JSON Schema's minLength / maxLength) count it: in
 * characters, i.e. Unicode code points; an emoji is one character though it takes two UTF-16 units.
 */
export function textLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}
