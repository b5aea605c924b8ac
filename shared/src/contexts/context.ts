/**
 * What a canonical context is: one versioned payload kind, who writes it and how, the record it sits
 * on, its migrations and storage. Adding a context starts here (docs/contributing.md).
 */
import type * as z from 'zod/mini';
import type { ColumnSpec, Team } from '../fields';
import type { SampleCase } from '../sample-cases';

export type SalesforceObject = 'Lead' | 'Contact' | 'Opportunity' | 'Account';
export type HubSpotObjectType = 'contacts' | 'deals' | 'companies';

/** The canonical record a context sits on, whatever each platform calls it (see `storage`). */
export type RecordType = 'company' | 'person' | 'deal';

/**
 * How a payload comes to be: `scored` = written whole by a scoring job, read-only on the cards and
 * stale after a while; `drafted` = drafted by people on a card, then submitted and reviewed (the
 * sales-to-CS handoff), with a frozen copy taken at submission and a completeness.
 */
export type Lifecycle = 'drafted' | 'scored';

/**
 * Who writes the document (and with it its mirror columns, frozen copy and completeness): people of
 * a team through a card, or `integration`, a tool (a scoring or health job) whatever team owns the
 * data. One Salesforce permission set each.
 */
export type Writer = Extract<Team, 'sales' | 'customer-success'> | 'integration';

export interface ContextStorage {
  /** The column that holds the whole payload document. */
  document: ColumnSpec;
  /** A frozen copy of the document taken when it is submitted (the handoff as it stood at close). */
  snapshot?: ColumnSpec;
  /** The completeness percentage, written beside the document for reports and list views. */
  completeness?: ColumnSpec;
  salesforce: SalesforceObject[];
  hubspot: HubSpotObjectType[];
  /**
   * Records whose cards also read the context through an associated record: CS reads the handoff on
   * the account, from its closed-won deal.
   */
  readThrough?: { salesforce: SalesforceObject[]; hubspot: HubSpotObjectType[] };
}

export interface ContextDefinition<
  S extends z.ZodMiniObject = z.ZodMiniObject,
  K extends string = string,
  L extends Lifecycle = Lifecycle,
  R extends RecordType = RecordType,
> {
  kind: K;
  title: string;
  /** The team that owns the values (the glossary's owner of every field, unless a field says otherwise). */
  owner: Team;
  writer: Writer;
  lifecycle: L;
  record: R;
  /** The sample-book story case whose payload shows the kind at its best: the bad-input corpus starts from it. */
  sampleCase: SampleCase;
  schema: S;
  /** The current schema version, read from the schema's `schemaVersion` literal. */
  version: number;
  /** Upgrades from each older version to the next one. A migration never throws. */
  migrations: Record<number, (raw: unknown) => unknown>;
  storage: ContextStorage;
}

export function defineContext<S extends z.ZodMiniObject, const K extends string, const L extends Lifecycle, const R extends RecordType>(
  definition: Omit<ContextDefinition<S, K, L, R>, 'version'>,
): ContextDefinition<S, K, L, R> {
  // A drafted context is submitted and reviewed: it needs the frozen copy and the completeness.
  if (definition.lifecycle === 'drafted' && !(definition.storage.snapshot && definition.storage.completeness))
    throw new Error(`${definition.kind} is drafted: its storage needs a snapshot and a completeness column`);
  const versionSchema = definition.schema._zod.def.shape.schemaVersion as z.ZodMiniLiteral<number>;
  const version = [...versionSchema._zod.def.values][0] as number;
  return { ...definition, version };
}
