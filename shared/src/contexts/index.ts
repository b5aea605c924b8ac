import { customerHealth } from './customer-health';
import { dealRisk } from './deal-risk';
import { leadScore } from './lead-score';
import { salesToCs } from './sales-to-cs';
import type { ContextDefinition, Lifecycle, RecordType } from './context';
import type * as z from 'zod/mini';

export { customerHealth, dealRisk, leadScore, salesToCs };
export type { CustomerHealth } from './customer-health';
export type { DealRisk } from './deal-risk';
export type { LeadScore } from './lead-score';
export type { SalesToCs } from './sales-to-cs';
export type { ContextDefinition, ContextStorage, HubSpotObjectType, Lifecycle, RecordType, SalesforceObject, Writer } from './context';

/**
 * Every canonical context, by the kind name integrators and the CLI use. The one list of kinds:
 * every other per-kind table is typed from it (`Record<Kind, …>`), so a new context that one of
 * them forgets does not compile.
 */
export const contexts = {
  'lead-score': leadScore,
  'deal-risk': dealRisk,
  'sales-to-cs': salesToCs,
  'customer-health': customerHealth,
} as const satisfies { [K in string]: ContextDefinition<z.ZodMiniObject, K> };

export type Kind = keyof typeof contexts;
export const kinds = Object.keys(contexts) as Kind[];

export function isKind(value: string): value is Kind {
  return Object.prototype.hasOwnProperty.call(contexts, value);
}

/** The kinds of a lifecycle: `KindOf<'scored'>` is every kind a scoring job writes. */
export type KindOf<L extends Lifecycle> = { [K in Kind]: (typeof contexts)[K]['lifecycle'] extends L ? K : never }[Kind];
/** The kinds that sit on a record type: `KindOn<'deal'>` is deal risk and the handoff. */
export type KindOn<R extends RecordType> = { [K in Kind]: (typeof contexts)[K]['record'] extends R ? K : never }[Kind];

export type ScoredKind = KindOf<'scored'>;
export type DraftedKind = KindOf<'drafted'>;

export function kindsOf<L extends Lifecycle>(lifecycle: L): Array<KindOf<L>> {
  return kinds.filter((kind) => contexts[kind].lifecycle === lifecycle) as Array<KindOf<L>>;
}

export function kindsOn<R extends RecordType>(record: R): Array<KindOn<R>> {
  return kinds.filter((kind) => contexts[kind].record === record) as Array<KindOn<R>>;
}

export function isDrafted(kind: Kind): kind is DraftedKind {
  return contexts[kind].lifecycle === 'drafted';
}
