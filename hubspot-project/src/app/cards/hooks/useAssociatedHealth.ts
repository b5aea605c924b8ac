/**
 * The deal card's company health: the customer health of the deal's company, read through
 * useAssociations, for the warnings the AE sees before submitting the handoff. Undefined while
 * loading, on an error, or when the deal has no company with a health score: no warning then,
 * and nothing else on the card depends on it.
 */
import { useMemo } from 'react';
import { useAssociations } from '@hubspot/ui-extensions/crm';
import { parseHubSpotProperties, type CustomerHealth, type ParseResult } from '@handoff-context/core';
import { cardReads } from '../utils/properties';

const association = cardReads.hc_deal_card.associations[0];

export function useAssociatedHealth(): ParseResult<CustomerHealth> | undefined {
  const { results, isLoading, error } = useAssociations({
    toObjectType: association.toObjectType,
    properties: association.properties,
    pageLength: 10,
  });
  return useMemo(() => {
    if (error || isLoading) return undefined;
    // The first company that holds a health score (a deal usually has one company).
    for (const company of results ?? []) {
      const parsed = parseHubSpotProperties('customer-health', company.properties);
      if (parsed.status === 'valid' || parsed.status === 'partial') return parsed;
    }
    return undefined;
  }, [error, isLoading, results]);
}
