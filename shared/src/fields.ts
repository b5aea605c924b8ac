/**
 * The field registry's building blocks. Every canonical field is a zod schema registered in
 * `fieldMeta` with its glossary entry, so one declaration gives the validator, the JSON Schema,
 * the field dictionary and the platform storage.
 */
import * as z from 'zod/mini';

// zod probes `new Function` for a JIT; under Salesforce's CSP that is a violation.
z.config({ jitless: true });

export type Team = 'marketing' | 'sales' | 'customer-success' | 'revops';

/** How a field reaches a platform column of its own (names are derived: see storage.ts). */
export type ColumnType = 'number' | 'percent' | 'datetime' | 'date' | 'text' | 'picklist' | 'longtext';

export interface ColumnSpec {
  /** Base name, e.g. `Lead_Score` → Salesforce `HC_Lead_Score__c`, HubSpot `hc_lead_score`. */
  name: string;
  type: ColumnType;
  /**
   * `mirror`: the value lives in the payload document and is copied to the column for reports
   * and list views; when the two differ, that is a metric contradiction.
   * `own`: the value lives only in the column, because someone other than the payload's writer
   * writes it (a rep's feedback, the CS review).
   */
  role: 'mirror' | 'own';
  /** For an object field: the member the column mirrors, e.g. `value` of a score. */
  member?: string;
}

export interface FieldMeta {
  /** The label a person reads. */
  title: string;
  /** The glossary definition: one word per concept, across teams. */
  description: string;
  /** The team that owns the value; defaults to the context's owner. */
  owner?: Team;
  /** Must be filled in before a sales-to-CS handoff counts as complete. */
  mustHave?: boolean;
  column?: ColumnSpec;
  /** Lists only: how many entries a card keeps; more are reported, not shown. */
  maxItems?: number;
}

export const fieldMeta = z.registry<FieldMeta>();

export function required<T extends z.ZodMiniType>(schema: T, meta: FieldMeta): T {
  // A registry keys meta by schema instance, and shared shapes (model, sentiment, severity, action)
  // are reused under different titles: register a clone so each field keeps its own entry.
  // zod types register's meta against the schema's output type; ours is the same for every field.
  return (schema as any).clone().register(fieldMeta, meta);
}

export function optional<T extends z.ZodMiniType>(schema: T, meta: FieldMeta): z.ZodMiniOptional<T> {
  return z.optional(required(schema, meta));
}

// Shared value types. Limits keep every payload well inside both platforms' text limits.
export const shortText = () => z.string().check(z.trim(), z.minLength(1), z.maxLength(200));
export const longText = () => z.string().check(z.trim(), z.minLength(1), z.maxLength(4000));
export const dateTime = () => z.iso.datetime({ offset: true });
export const date = () => z.iso.date();
export const url = () => z.url({ protocol: /^https?$/ });
export const count = () => z.int().check(z.gte(0), z.lte(1_000_000));
