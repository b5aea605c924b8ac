/**
 * The company card's handoff: the sales-to-CS handoff of the company's latest closed-won deal,
 * read through useAssociations. "Latest" is by close date; deals without a handoff are skipped
 * only when a later one has one, so CS still sees that the latest deal has none. CS reads the
 * handoff as sales submitted it (the frozen copy), not the live document sales may still be editing.
 */
import { useMemo } from 'react';
import { useAssociations } from '@hubspot/ui-extensions/crm';
import { parseHubSpotProperties, type ParseResult, type SalesToCs } from '@handoff-context/core';
import { cardReads } from '../utils/properties';
import { latestClosedWon } from '../utils/deals';

export type AssociatedHandoff =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'none' }
  | { status: 'ready'; dealId: number; dealName: string; result: ParseResult<SalesToCs> };

const association = cardReads.hc_company_card.associations[0];

export function useAssociatedHandoff(): AssociatedHandoff {
  const { results, isLoading, error } = useAssociations({
    toObjectType: association.toObjectType,
    properties: association.properties,
    pageLength: 100,
  });
  return useMemo((): AssociatedHandoff => {
    if (error) return { status: 'error', error };
    if (isLoading) return { status: 'loading' };
    const deal = latestClosedWon(results ?? []);
    if (!deal) return { status: 'none' };
    return {
      status: 'ready',
      dealId: deal.toObjectId,
      dealName: deal.properties.dealname ?? '',
      result: parseHubSpotProperties('sales-to-cs', deal.properties, { snapshot: true }),
    };
  }, [error, isLoading, results]);
}
