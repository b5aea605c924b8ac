/** The company card on the sample book: customer health with drivers and conflicts, and the latest closed-won deal's handoff. */
import { Alert, EmptyState, ErrorState, Flex, LoadingSpinner, Tag } from '@hubspot/ui-extensions';
import { customerHealthView, handoffView, parseHubSpotProperties, translator } from '@handoff-context/core';
import { sampleBook } from '../../../shared/src/samples';
import { CompanyCard } from '../../src/app/cards/CompanyCard';
import { latestClosedWon } from '../../src/app/cards/utils/deals';
import { associatedDeals, bookPayload, bookProperties, caseId, now, renderCard, wordsIn } from './helpers';

const en = translator('en-US');
const fr = translator('fr-FR');
const options = { locale: 'en-US', timeZone: 'UTC', now };

const conflicted = caseId('customer-health-conflict', 'company'); // low health, sales read the account as positive
const healthy = caseId('customer-health-healthy', 'company');
const prospect = caseId('prospect');
const dealName = (sampleId: string) => sampleBook.deals.find((d) => d.id === sampleId)!.name;

/** The company's latest closed-won deal in the book, the one the card must pick. */
function latestWon(companyId: string) {
  return sampleBook.deals.filter((d) => d.companyId === companyId && d.stage === 'closed-won').sort((a, b) => b.closeDate.localeCompare(a.closeDate))[0];
}

describe('CompanyCard', () => {
  it('shows health with its drivers, trend and intervention, and the handoff of the latest closed-won deal', () => {
    const health = bookPayload(healthy, 'customer-health');
    const deal = latestWon(healthy);
    const r = renderCard(<CompanyCard now={now} />, { properties: bookProperties(healthy), associations: associatedDeals(healthy) });
    const words = wordsIn(r);
    for (const driver of health.drivers) expect(words).toContain(driver.label);
    if (health.intervention) expect(words).toContain(health.intervention.action);
    expect(words).toContain(`${en.t('handoff.title')}: ${deal.name}`);
    const view = handoffView(parseHubSpotProperties('sales-to-cs', bookProperties(deal.id), { snapshot: true }), options);
    expect(r.findByTestId(Tag, 'hc-handoff-status').text).toBe(view.statusText);
    expect(words).toContain(bookPayload(deal.id, 'sales-to-cs').desiredOutcome.requiredOutcome);
  });

  it('finds the latest closed-won deal past the first 100 associated deals, reading every page', async () => {
    const deal = latestWon(healthy);
    const [won, ...others] = [...associatedDeals(healthy)].sort((a) => (a.properties.dealname === deal.name ? -1 : 1));
    // 150 older closed-won deals without a handoff fill the first page; the latest one is on page two.
    const filler = Array.from({ length: 150 }, (_, i) => ({
      toObjectId: 10_000 + i,
      properties: { dealname: `Renewal ${i}`, hs_is_closed_won: 'true', closedate: '2020-01-01T00:00:00.000Z' },
    }));
    const all = [...filler, ...others, won];
    const r = renderCard(<CompanyCard now={now} />, { properties: bookProperties(healthy), associationPages: [all.slice(0, 100), all.slice(100)] });
    await r.waitFor(() => expect(wordsIn(r)).toContain(`${en.t('handoff.title')}: ${deal.name}`));
    expect(wordsIn(r)).not.toContain('Renewal');
  });

  it('shows CS the handoff as sales submitted it, not the live document sales edited since', () => {
    const deal = latestWon(healthy);
    const associations = associatedDeals(healthy).map((a) => {
      if (a.properties.dealname !== deal.name) return a;
      const live = JSON.parse(a.properties.hc_handoff_payload);
      const edited = { ...live, desiredOutcome: { ...live.desiredOutcome, requiredOutcome: 'Edited after the submit' } };
      return { ...a, properties: { ...a.properties, hc_handoff_payload: JSON.stringify(edited) } };
    });
    const words = wordsIn(renderCard(<CompanyCard now={now} />, { properties: bookProperties(healthy), associations }));
    expect(words).toContain(bookPayload(deal.id, 'sales-to-cs').desiredOutcome.requiredOutcome);
    expect(words).not.toContain('Edited after the submit');
  });

  it('shows CS the metric contradiction of the submitted handoff, as the deal card shows sales (the Rimal ARR column)', () => {
    const rimal = 'rimal-home-healthcare';
    const r = renderCard(<CompanyCard now={now} />, { properties: bookProperties(rimal), associations: associatedDeals(rimal) });
    const alert = r.findByTestId(Alert, 'hc-conflict-metric-contradiction');
    expect(alert.props.title).toBe('Metric contradiction');
    expect(wordsIn(r)).toContain('ARR: this card shows AED\u00a0385,000.00, but the ARR report field says AED\u00a0410,000.00.');
    expect(wordsIn(r)).not.toMatch(/hc_handoff_arr|410000/);
  });

  it('on a higher-is-worse health scale reads a driver that raises the score as lowering health', () => {
    const book = bookPayload(healthy, 'customer-health');
    const riskIndex = { ...book, score: { value: 100 - book.score.value, scale: { ...book.score.scale, polarity: 'higher-is-worse' } } };
    const r = renderCard(<CompanyCard now={now} />, { properties: { ...bookProperties(healthy), hc_health_payload: JSON.stringify(riskIndex) } });
    const lines = wordsIn(r).split('\n');
    const sentenceOf = (label: string) => lines.find((line) => line.startsWith(`${label} `));
    for (const driver of riskIndex.drivers as Array<{ label: string; direction: string }>)
      expect([driver.label, sentenceOf(driver.label)]).toEqual([
        driver.label,
        expect.stringMatching(driver.direction === 'raises' ? / lowered health by / : / improved health by /),
      ]);
  });

  it('shows no handoff to CS while the latest deal’s handoff was never submitted', () => {
    const deal = latestWon(healthy);
    const associations = associatedDeals(healthy).map((a) =>
      a.properties.dealname === deal.name ? { ...a, properties: { ...a.properties, hc_handoff_submitted_payload: '', hc_handoff_status: 'draft' } } : a,
    );
    const words = wordsIn(renderCard(<CompanyCard now={now} />, { properties: bookProperties(healthy), associations }));
    expect(words).not.toContain(bookPayload(deal.id, 'sales-to-cs').desiredOutcome.requiredOutcome);
  });

  it('shows exactly the core view model of the company’s health', () => {
    const properties = bookProperties(conflicted);
    const associations = associatedDeals(conflicted);
    const handoff = parseHubSpotProperties('sales-to-cs', latestClosedWon(associations)!.properties, { snapshot: true });
    const view = customerHealthView(parseHubSpotProperties('customer-health', properties), options, { handoff });
    const words = wordsIn(renderCard(<CompanyCard now={now} />, { properties, associations }));
    expect(words).toContain(`${view.score!.valueText} ${view.score!.scaleText}`);
    for (const driver of view.drivers) expect(words).toContain(driver.sentence);
  });

  it('raises the customer health conflict when health is low but sales read the account as positive', () => {
    const r = renderCard(<CompanyCard now={now} />, { properties: bookProperties(conflicted), associations: associatedDeals(conflicted) });
    const conflict = r.findByTestId(Alert, 'hc-conflict-customer-health');
    expect(conflict.props.title).toBe(en.t('conflict.health.title'));
    expect(wordsIn(conflict)).toContain(en.t('role.csDirector'));
    expect(wordsIn(r)).toContain(`${en.t('handoff.title')}: ${dealName(latestWon(conflicted).id)}`);
    const calm = renderCard(<CompanyCard now={now} />, { properties: bookProperties(healthy), associations: associatedDeals(healthy) });
    expect(calm.maybeFindByTestId(Alert, 'hc-conflict-customer-health')).toBeNull();
  });

  it('says so on a prospect with no health score and no closed-won deal', () => {
    const r = renderCard(<CompanyCard now={now} />, { properties: bookProperties(prospect), associations: associatedDeals(prospect) });
    expect(wordsIn(r.findByTestId(EmptyState, 'hc-health-empty'))).toContain(en.t('health.empty'));
    expect(wordsIn(r.findByTestId(EmptyState, 'hc-handoff-empty'))).toContain(en.t('handoff.empty'));
  });

  it('shows a spinner while loading, and the permission to ask for when reading the company or its deals fails', () => {
    expect(renderCard(<CompanyCard now={now} />, { loading: true }).find(LoadingSpinner)).toBeDefined();
    const failed = renderCard(<CompanyCard now={now} />, { error: new Error('403') });
    expect(wordsIn(failed.find(ErrorState))).toContain(en.t('access.hubspot', { objectType: 'company' }));
    const deals = renderCard(<CompanyCard now={now} />, { properties: bookProperties(healthy), associationError: new Error('403') });
    expect(wordsIn(deals.findByTestId(ErrorState, 'hc-deals-error'))).toContain(en.t('access.hubspot', { objectType: 'deal' }));
    expect(deals.findByTestId(Flex, 'hc-health')).toBeDefined();
  });

  it('never crashes on HubSpot’s fake_ values or a malformed payload', () => {
    const fake = renderCard(<CompanyCard now={now} />, { fake: true });
    expect(fake.maybeFind(Alert) ?? fake.maybeFind(EmptyState)).not.toBeNull();
    expect(wordsIn(fake)).not.toContain('fake_');
    const bad = renderCard(<CompanyCard now={now} />, { properties: { hc_health_payload: '[1,2' }, associations: associatedDeals(healthy) });
    expect(bad.findByTestId(Alert, 'hc-health-invalid').props.variant).toBe('danger');
    const badDeal = renderCard(<CompanyCard now={now} />, {
      properties: bookProperties(healthy),
      associations: [
        {
          toObjectId: 5,
          properties: { dealname: 'Broken', hs_is_closed_won: 'true', closedate: 'fake_closedate', hc_handoff_payload: 'fake_hc_handoff_payload' },
        },
      ],
    });
    expect(wordsIn(badDeal)).not.toContain('fake_hc_handoff_payload');
  });

  it('flags stale health in words', () => {
    const later = new Date(now.getTime() + 60 * 86_400_000);
    expect(renderCard(<CompanyCard now={later} />, { properties: bookProperties(healthy) }).findByTestId(Tag, 'hc-stale').text).toBeTruthy();
    expect(renderCard(<CompanyCard now={now} />, { properties: bookProperties(healthy) }).maybeFindByTestId(Tag, 'hc-stale')).toBeNull();
  });

  it('speaks the user’s language: the same company in en-US and fr-FR', () => {
    const english = renderCard(<CompanyCard now={now} />, {
      properties: bookProperties(conflicted),
      associations: associatedDeals(conflicted),
      locale: 'en-US',
    });
    const r = renderCard(<CompanyCard now={now} />, { properties: bookProperties(conflicted), associations: associatedDeals(conflicted), locale: 'fr-FR' });
    expect(wordsIn(r)).toContain(fr.t('section.drivers'));
    expect(wordsIn(english)).toContain(en.t('section.drivers'));
    expect(r.findByTestId(Alert, 'hc-conflict-customer-health').props.title).toBe(fr.t('conflict.health.title'));
    expect(fr.t('section.drivers')).not.toBe(en.t('section.drivers'));
  });
});

describe('latestClosedWon', () => {
  const deal = (id: number, closedate: string, won = true) => ({ toObjectId: id, properties: { hs_is_closed_won: String(won), closedate } });

  it('picks the closed-won deal that closed last, reading epoch milliseconds or ISO dates', () => {
    const deals = [deal(1, String(Date.parse('2026-05-01T00:00:00Z'))), deal(2, '2026-09-01T00:00:00Z'), deal(3, '2027-01-01T00:00:00Z', false)];
    expect(latestClosedWon(deals)?.toObjectId).toBe(2);
    expect(latestClosedWon([deal(4, 'not a date'), deal(5, 'fake_closedate')])?.toObjectId).toBe(5);
    expect(latestClosedWon([])).toBeUndefined();
  });

  it('picks the book’s latest closed-won deal of each customer', () => {
    for (const company of sampleBook.companies) {
      const expected = latestWon(company.id);
      const picked = latestClosedWon(associatedDeals(company.id));
      expect(picked?.properties.dealname).toBe(expected?.name);
    }
  });
});
