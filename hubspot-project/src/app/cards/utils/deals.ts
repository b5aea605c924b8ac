/** Picking the deal whose handoff the company card shows. */
export interface AssociatedDeal {
  toObjectId: number;
  properties: Record<string, string | null>;
}

function isClosedWon(deal: AssociatedDeal): boolean {
  const flag = deal.properties.hs_is_closed_won;
  return flag === 'true' || deal.properties.dealstage === 'closedwon';
}

function closeTime(deal: AssociatedDeal): number {
  const raw = deal.properties.closedate ?? '';
  const ms = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
  return Number.isFinite(ms) ? ms : -Infinity;
}

/** The closed-won deal that closed last (ties: the higher id, i.e. the newer record). */
export function latestClosedWon(deals: AssociatedDeal[]): AssociatedDeal | undefined {
  return deals.filter(isClosedWon).sort((a, b) => closeTime(b) - closeTime(a) || b.toObjectId - a.toObjectId)[0];
}
