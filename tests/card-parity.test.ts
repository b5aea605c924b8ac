/**
 * One record, one answer: for every record of the sample book, stored on each platform as the
 * preview and both seeders store it, each card is given the same view model on Salesforce and on
 * HubSpot (same facts, conflicts and notices), read the way that platform's card reads it. Issue 14:
 * the Rimal ARR contradiction reached the HubSpot deal card but not the Salesforce Account card.
 */
import {
  customerHealthView,
  dealRiskView,
  handoffCopyFor,
  handoffView,
  leadScoreView,
  parseHubSpotProperties,
  parseSalesforceRecord,
  type Kind,
  type ViewOptions,
} from '@handoff-context/core';
import { bookDataset } from '../preview/src/runtime/book';
import { latestClosedWon } from '../hubspot-project/src/app/cards/utils/deals';
import { sampleNow } from '../shared/src/samples';

const options: ViewOptions = { locale: 'en-US', timeZone: 'UTC', now: sampleNow() };
const dataset = bookDataset();

type Fields = Record<string, unknown>;

/** A stored Salesforce record as getRecord / getRelatedListRecords give it to a card. */
function uiRecord(apiName: string, id: string, fields: Fields) {
  return { apiName, id, fields: Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, { value, displayValue: null }])) };
}

function salesforceRecord(id: string) {
  const seed = dataset.salesforce.find((s) => s.id === id);
  if (!seed) throw new Error(`no Salesforce record ${id}`);
  return seed;
}

function hubspotObject(objectType: string, id: number) {
  const object = dataset.hubspot.objects.find((o) => o.objectType === objectType && o.id === id);
  if (!object) throw new Error(`no HubSpot ${objectType} ${id}`);
  return object;
}

/** The Account card's handoff: its latest closed-won opportunity (the related list, newest close date first). */
function latestWonOpportunity(accountId: string) {
  return dataset.salesforce
    .filter((s) => s.apiName === 'Opportunity' && s.fields.AccountId === accountId && s.fields.IsWon === true)
    .sort((a, b) => String(b.fields.CloseDate).localeCompare(String(a.fields.CloseDate)))[0];
}

/** The company card's handoff: the latest closed-won associated deal (the card's own pick). */
function latestWonDeal(companyId: number) {
  const deals = dataset.hubspot.associations
    .filter((a) => a.from.objectType === 'deals' && a.to.objectType === 'companies' && a.to.id === companyId)
    .map((a) => ({ toObjectId: a.from.id, properties: hubspotObject('deals', a.from.id).properties }));
  return latestClosedWon(deals);
}

const csCopy = { snapshot: handoffCopyFor('customer-success') === 'snapshot' };
const salesCopy = { snapshot: handoffCopyFor('sales') === 'snapshot' };

/** The view models one platform's cards on a record page are given, by card. */
type Given = Partial<Record<`${Kind}${'' | ' (CS)'}`, unknown>>;

function salesforceCards(id: string): Given {
  const seed = salesforceRecord(id);
  const record = uiRecord(seed.apiName, seed.id, seed.fields);
  switch (seed.apiName) {
    case 'Lead':
    case 'Contact':
      return { 'lead-score': leadScoreView(parseSalesforceRecord('lead-score', record), options) };
    case 'Opportunity':
      return {
        'deal-risk': dealRiskView(parseSalesforceRecord('deal-risk', record), options),
        'sales-to-cs': handoffView(parseSalesforceRecord('sales-to-cs', record, salesCopy), options),
      };
    case 'Account': {
      const won = latestWonOpportunity(seed.id);
      const handoff = won ? parseSalesforceRecord('sales-to-cs', uiRecord('Opportunity', won.id, won.fields), csCopy) : undefined;
      return {
        'customer-health': customerHealthView(parseSalesforceRecord('customer-health', record), options, { handoff }),
        ...(handoff && { 'sales-to-cs (CS)': handoffView(handoff, options) }),
      };
    }
    default:
      return {};
  }
}

function hubspotCards(objectType: string, id: number): Given {
  const { properties } = hubspotObject(objectType, id);
  switch (objectType) {
    case 'contacts':
      return { 'lead-score': leadScoreView(parseHubSpotProperties('lead-score', properties), options) };
    case 'deals':
      return {
        'deal-risk': dealRiskView(parseHubSpotProperties('deal-risk', properties), options),
        'sales-to-cs': handoffView(parseHubSpotProperties('sales-to-cs', properties), options),
      };
    case 'companies': {
      const won = latestWonDeal(id);
      const handoff = won ? parseHubSpotProperties('sales-to-cs', won.properties, csCopy) : undefined;
      return {
        'customer-health': customerHealthView(parseHubSpotProperties('customer-health', properties), options, { handoff }),
        ...(handoff && { 'sales-to-cs (CS)': handoffView(handoff, options) }),
      };
    }
    default:
      return {};
  }
}

describe('the same sample record gives the same answer on both platforms', () => {
  it('covers every record of the sample book', () => {
    expect(dataset.pages.length).toBeGreaterThanOrEqual(15);
    for (const page of dataset.pages) expect([page.slug, page.salesforce.length, page.hubspot.length]).toEqual([page.slug, 1, 1]);
  });

  it.each(dataset.pages.map((page) => [page.slug, page] as const))('%s', (_slug, page) => {
    const salesforce = salesforceCards(page.salesforce[0].id);
    const hubspot = hubspotCards(page.hubspot[0].objectType, page.hubspot[0].id);
    expect(Object.keys(salesforce).length).toBeGreaterThan(0);
    // Conflicts and notices first, so a failure names the fact that differs.
    const said = (given: Given) =>
      Object.fromEntries(
        Object.entries(given).map(([card, view]) => [
          card,
          { conflicts: (view as { conflicts: unknown }).conflicts, notices: (view as { notices: unknown }).notices },
        ]),
      );
    expect(said(hubspot)).toEqual(said(salesforce));
    expect(hubspot).toEqual(salesforce);
  });

  it('shows the Rimal ARR contradiction to sales and to CS alike', () => {
    const rimal = dataset.pages.find((page) => page.slug === 'rimal-home-healthcare')!;
    const deal = dataset.pages.find((page) => page.slug === 'rimal-deal-abu-dhabi')!;
    const conflictsOf = (given: Given, card: keyof Given) => ((given[card] as { conflicts: Array<{ type: string }> }).conflicts ?? []).map((c) => c.type);
    expect(conflictsOf(salesforceCards(rimal.salesforce[0].id), 'sales-to-cs (CS)')).toEqual(['metric-contradiction']);
    expect(conflictsOf(hubspotCards(rimal.hubspot[0].objectType, rimal.hubspot[0].id), 'sales-to-cs (CS)')).toEqual(['metric-contradiction']);
    expect(conflictsOf(salesforceCards(deal.salesforce[0].id), 'sales-to-cs')).toEqual(['metric-contradiction']);
  });
});
