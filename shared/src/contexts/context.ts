/** What a canonical context is: one versioned payload kind, its owner, migrations and storage. */
import type * as z from 'zod/mini';
import type { ColumnSpec, Team } from '../fields';

export type SalesforceObject = 'Lead' | 'Contact' | 'Opportunity' | 'Account';
export type HubSpotObjectType = 'contacts' | 'deals' | 'companies';

export interface ContextStorage {
  /** The column that holds the whole payload document. */
  document: ColumnSpec;
  /** A frozen copy of the document taken when it is submitted (the handoff as it stood at close). */
  snapshot?: ColumnSpec;
  /** The completeness percentage, written beside the document for reports and list views. */
  completeness?: ColumnSpec;
  salesforce: SalesforceObject[];
  hubspot: HubSpotObjectType[];
}

export interface ContextDefinition<S extends z.ZodMiniObject = z.ZodMiniObject> {
  kind: string;
  title: string;
  owner: Team;
  schema: S;
  /** The current schema version, read from the schema's `schemaVersion` literal. */
  version: number;
  /** Upgrades from each older version to the next one. A migration never throws. */
  migrations: Record<number, (raw: unknown) => unknown>;
  storage: ContextStorage;
}

export function defineContext<S extends z.ZodMiniObject>(
  definition: Omit<ContextDefinition<S>, 'version'>,
): ContextDefinition<S> {
  const versionSchema = definition.schema._zod.def.shape.schemaVersion as z.ZodMiniLiteral<number>;
  const version = [...versionSchema._zod.def.values][0] as number;
  return { ...definition, version };
}
