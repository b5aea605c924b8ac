/**
 * The company card's handoff: the sales-to-CS handoff of the company's latest closed-won deal,
 * read through useAssociations. "Latest" is by close date; deals without a handoff are skipped
 * only when a later one has one, so CS still sees that the latest deal has none. CS reads the
 * handoff as sales submitted it (the frozen copy), not the live document sales may still be editing.
 */
import { useEffect, useMemo, useState } from 'react';
import { useAssociations } from '@hubspot/ui-extensions/crm';
import { parseHubSpotProperties, type ParseResult, type SalesToCs } from '@handoff-context/core';
import { cardReads } from '../utils/properties';
import { latestClosedWon, type AssociatedDeal } from '../utils/deals';

export type AssociatedHandoff =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'none' }
  | { status: 'ready'; dealId: number; dealName: string; result: ParseResult<SalesToCs> };

const association = cardReads.hc_company_card.associations[0];

export function useAssociatedHandoff(): AssociatedHandoff {
  const { results, isLoading, error, pagination } = useAssociations({
    toObjectType: association.toObjectType,
    properties: association.properties,
    pageLength: 100,
  });
  // HubSpot hands the deals over 100 at a time: the latest closed-won deal of the pages read so far
  // is carried to the next page, and the card waits for the last one (a company rarely has more).
  const [carried, setCarried] = useState<{ page: number; best?: AssociatedDeal }>({ page: 0 });
  const page = pagination?.currentPage ?? 1;
  const best = useMemo(() => latestClosedWon([...(carried.best ? [carried.best] : []), ...(results ?? [])]), [carried.best, results]);
  const morePages = !error && !isLoading && !!pagination?.hasNextPage;
  useEffect(() => {
    if (!morePages || carried.page >= page) return;
    // Paging is HubSpot's, outside React: the page just read is folded in as the next one is asked for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCarried({ page, best });
    pagination.nextPage();
  }, [morePages, page, best, carried.page, pagination]);
  return useMemo((): AssociatedHandoff => {
    if (error) return { status: 'error', error };
    if (isLoading || morePages) return { status: 'loading' };
    const deal = best;
    if (!deal) return { status: 'none' };
    return {
      status: 'ready',
      dealId: deal.toObjectId,
      dealName: deal.properties.dealname ?? '',
      result: parseHubSpotProperties('sales-to-cs', deal.properties, { snapshot: true }),
    };
  }, [error, isLoading, morePages, best]);
}
