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

/**
 * A rule between the members of one object (a value inside its scale), which JSON Schema cannot
 * say with a keyword of its own. `statement` is the sentence the published schema states; `jsonSchema`
 * is the subschema that says it, when one can (an `if`/`then`). The generator reads both from here,
 * so a rule the core enforces is never missing from the contract.
 */
export interface CrossFieldRule {
  statement: string;
  jsonSchema?: Record<string, unknown>;
}

export const crossFieldRules = new WeakMap<object, CrossFieldRule>();

export function crossField<T>(holds: (value: T) => boolean, options: { message: string; path: Array<string | number> } & CrossFieldRule): z.core.$ZodCheck<T> {
  const { statement, jsonSchema, ...params } = options;
  const check = z.refine<T>(holds, params);
  crossFieldRules.set(check, { statement, ...(jsonSchema && { jsonSchema }) });
  return check;
}

// Shared value types. Limits keep every payload well inside both platforms' text limits.
// The length is measured before the trim (as JSON Schema's maxLength measures it, in characters);
// after the trim something must be left, i.e. the text holds a character that is not a space.
export const shortText = () => z.string().check(z.maxLength(200), z.trim(), z.minLength(1));
export const longText = () => z.string().check(z.maxLength(4000), z.trim(), z.minLength(1));
export const dateTime = () => z.iso.datetime({ offset: true });
export const date = () => z.iso.date();
/**
 * A web link: http or https, a host name (letters, digits, hyphens, dots; not a bare number, which
 * a browser would read as an IP address), an optional port, then anything without spaces. The
 * pattern is the published contract (JSON Schema's own `uri` format is RFC 3986, which browsers do
 * not follow); the URL parser behind it has the last word.
 */
export const urlPattern = /^\s*[Hh][Tt][Tt][Pp][Ss]?:\/\/(?:[A-Za-z0-9-]+\.)*[A-Za-z][A-Za-z0-9-]*(?::[0-9]{1,4})?(?:[/?#]\S*)?\s*$/;
export const url = () => z.url({ protocol: /^https?$/ }).check(z.regex(urlPattern));
export const count = () => z.int().check(z.gte(0), z.lte(1_000_000));
