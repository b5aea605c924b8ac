import { customerHealth } from './customer-health';
import { dealRisk } from './deal-risk';
import { leadScore } from './lead-score';
import { salesToCs } from './sales-to-cs';

export { customerHealth, dealRisk, leadScore, salesToCs };
export type { CustomerHealth } from './customer-health';
export type { DealRisk } from './deal-risk';
export type { LeadScore } from './lead-score';
export type { SalesToCs } from './sales-to-cs';
export type { ContextDefinition, HubSpotObjectType, SalesforceObject } from './context';

/** Every canonical context, by the kind name integrators and the CLI use. */
export const contexts = {
  'lead-score': leadScore,
  'deal-risk': dealRisk,
  'sales-to-cs': salesToCs,
  'customer-health': customerHealth,
} as const;

export type Kind = keyof typeof contexts;
export const kinds = Object.keys(contexts) as Kind[];

export function isKind(value: string): value is Kind {
  return Object.prototype.hasOwnProperty.call(contexts, value);
}
