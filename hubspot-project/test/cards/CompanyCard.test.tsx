/** The company card: customer health with drivers and conflicts, and the latest closed-won deal's handoff. */
import { Alert, EmptyState, ErrorState, LoadingSpinner, Tag } from '@hubspot/ui-extensions';
import { translator } from '@handoff-context/core';
import { CompanyCard } from '../../src/app/cards/CompanyCard';
import { latestClosedWon } from '../../src/app/cards/utils/deals';
import { now, payload, propertiesOf, renderCard, wordsIn } from './helpers';

const health = payload('customer-health');
const handoff = payload('sales-to-cs');
const en = translator('en-US');
const fr = translator('fr-FR');

const deal = (id: number, closedate: string, properties: Record<string, string> = {}, won = true) => ({
  toObjectId: id,
  properties: { dealname: `Deal ${id}`, hs_is_closed_won: won ? 'true' : 'false', dealstage: won ? 'closedwon' : 'appointmentscheduled', closedate, ...properties },
});

describe('CompanyCard', () => {
  it('shows health with its drivers, trend and intervention, and the handoff of the latest closed-won deal', () => {
    const r = renderCard(<CompanyCard now={now} />, {
      properties: propertiesOf('customer-health', health),
      associations: [deal(7, '2025-01-10T00:00:00Z'), deal(9, '2026-11-28T17:00:00Z', propertiesOf('sales-to-cs', handoff)), deal(11, '2027-01-01T00:00:00Z', {}, false)],
    });
    const words = wordsIn(r);
    expect(words).toContain('Weekly active users down 30%');
    expect(words).toContain('Schedule an executive business review');
    expect(words).toContain(`${en.t('handoff.title')}: Deal 9`);
    expect(words).toContain('Cut onboarding time for new customers from 60 to 20 days.');
    expect(r.findAll(Tag).map((t) => t.text)).toContain(en.t('level.low'));
  });

  it('raises the customer health conflict when health is low but sales read the account as positive', () => {
    const r = renderCard(<CompanyCard now={now} />, {
      properties: propertiesOf('customer-health', health),
      associations: [deal(9, '2026-11-28T17:00:00Z', propertiesOf('sales-to-cs', handoff))],
    });
    const conflict = r.findByTestId(Alert, 'hc-conflict-customer-health');
    expect(conflict.props.title).toBe(en.t('conflict.health.title'));
    expect(wordsIn(conflict)).toContain(en.t('role.csDirector'));
  });

  it('says so when there is no health score and no closed-won deal', () => {
    const r = renderCard(<CompanyCard now={now} />, { properties: {}, associations: [deal(3, '2026-01-01T00:00:00Z', {}, false)] });
    expect(wordsIn(r.findByTestId(EmptyState, 'hc-health-empty'))).toContain(en.t('health.empty'));
    expect(wordsIn(r.findByTestId(EmptyState, 'hc-handoff-empty'))).toContain(en.t('handoff.empty'));
  });

  it('shows a spinner while loading and the permission to ask for when reading fails', () => {
    expect(renderCard(<CompanyCard now={now} />, { loading: true }).find(LoadingSpinner)).toBeDefined();
    const failed = renderCard(<CompanyCard now={now} />, { error: new Error('403') });
    expect(wordsIn(failed.find(ErrorState))).toContain(en.t('access.hubspot', { objectType: 'company' }));
    const deals = renderCard(<CompanyCard now={now} />, { properties: propertiesOf('customer-health', health), associationError: new Error('403') });
    expect(wordsIn(deals.findByTestId(ErrorState, 'hc-deals-error'))).toContain(en.t('access.hubspot', { objectType: 'deal' }));
  });

  it('never crashes on fake_ values or a malformed payload', () => {
    const fake = renderCard(<CompanyCard now={now} />, { associations: [deal(5, 'fake_closedate', { hc_handoff_payload: 'fake_hc_handoff_payload' })] });
    expect(fake.maybeFind(Alert) ?? fake.maybeFind(EmptyState)).not.toBeNull();
    const bad = renderCard(<CompanyCard now={now} />, { properties: { hc_health_payload: '[1,2' } });
    expect(bad.findByTestId(Alert, 'hc-health-invalid').props.variant).toBe('danger');
  });

  it('flags stale health in words', () => {
    const r = renderCard(<CompanyCard now={new Date('2027-06-01T00:00:00Z')} />, { properties: propertiesOf('customer-health', health) });
    expect(r.findByTestId(Tag, 'hc-stale').text).toBeTruthy();
  });

  it('speaks French for fr-FR', () => {
    const r = renderCard(<CompanyCard now={now} />, { properties: propertiesOf('customer-health', health), locale: 'fr-FR' });
    expect(wordsIn(r)).toContain(fr.t('section.drivers'));
    expect(fr.t('section.drivers')).not.toBe(en.t('section.drivers'));
  });
});

describe('latestClosedWon', () => {
  it('picks the closed-won deal that closed last, reading epoch milliseconds or ISO dates', () => {
    const deals = [deal(1, String(Date.parse('2026-05-01T00:00:00Z'))), deal(2, '2026-09-01T00:00:00Z'), deal(3, '2027-01-01T00:00:00Z', {}, false)];
    expect(latestClosedWon(deals)?.toObjectId).toBe(2);
    expect(latestClosedWon([deal(4, 'not a date'), deal(5, 'fake_closedate')])?.toObjectId).toBe(5);
    expect(latestClosedWon([])).toBeUndefined();
  });
});
