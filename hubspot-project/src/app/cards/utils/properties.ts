/**
 * The CRM properties each card reads, derived from the core's column list so that a new column
 * reaches the cards, the generated property definitions and the validator at once.
 */
import { columnsOf, contexts, fieldsOf, hubspotPropertyName, type Kind } from '@handoff-context/core';

export type CrmObjectType = 'contacts' | 'deals' | 'companies';

/** Every platform column of one context, as HubSpot property names. */
export function propertiesOf(kind: Kind): string[] {
  return columnsOf(kind).map(({ column }) => hubspotPropertyName(column));
}

/** The object types a context is stored on, as the core declares them. */
export function objectTypesOf(kind: Kind): readonly string[] {
  return contexts[kind].storage.hubspot;
}

export interface CardReads {
  objectType: CrmObjectType;
  kinds: Kind[];
  /** Properties of the record the card sits on. */
  properties: string[];
  /** Properties of associated records, read through useAssociations. */
  associations: Array<{ toObjectType: CrmObjectType; kinds: Kind[]; properties: string[] }>;
}

function reads(kinds: Kind[]): string[] {
  return kinds.flatMap(propertiesOf);
}

/** What each card reads, keyed by the card's uid. */
export const cardReads: Record<string, CardReads> = {
  hc_lead_score_card: {
    objectType: 'contacts',
    kinds: ['lead-score'],
    properties: reads(['lead-score']),
    associations: [],
  },
  hc_deal_card: {
    objectType: 'deals',
    kinds: ['deal-risk', 'sales-to-cs'],
    properties: reads(['deal-risk', 'sales-to-cs']),
    // The deal's company health: the AE is warned before submitting a positive read of a low-health account.
    associations: [{ toObjectType: 'companies', kinds: ['customer-health'], properties: propertiesOf('customer-health') }],
  },
  hc_company_card: {
    objectType: 'companies',
    kinds: ['customer-health'],
    properties: reads(['customer-health']),
    associations: [
      {
        toObjectType: 'deals',
        kinds: ['sales-to-cs'],
        // dealstage and closedate pick the latest closed-won deal; dealname titles it.
        properties: [...propertiesOf('sales-to-cs'), 'dealname', 'dealstage', 'closedate', 'hs_is_closed_won'],
      },
    ],
  },
};

/** The HubSpot property of the field at a registry path, e.g. ('lead-score', 'feedback') → hc_lead_score_feedback. */
export function hubspotPropertyOf(kind: Kind, path: string): string {
  const field = fieldsOf(kind).find((f) => f.path === path && f.column);
  if (!field?.column) throw new Error(`${kind}:${path} has no column`); // a programming error, never data
  return hubspotPropertyName(field.column);
}
