/** The sample book on the cards: each story case shows what the book says it shows. */
import type { Kind } from '../src/contexts';
import { parsePayload, parseSalesforceRecord } from '../src/parse';
import { recordColumns, sampleBook, sampleNow, samplePayloads, sampleRecord, type SampleDeal } from '../src/samples';
import { salesforceFieldName } from '../src/storage';
import { customerHealthView, dealRiskView, handoffView, leadScoreView, type ViewOptions } from '../src/view';
import { viewOf } from '../src/kinds';
import { prepareSalesforceWrite } from '../src/write';

const en: ViewOptions = { locale: 'en-US', timeZone: 'UTC', now: sampleNow() };

function payloadOf(id: string, kind: Kind): unknown {
  const found = samplePayloads().find((p) => p.recordId === id && p.kind === kind);
  if (!found) throw new Error(`no ${kind} payload on ${id}`);
  return found.payload;
}
const parsed = (id: string, kind: Kind) => parsePayload(kind, JSON.stringify(payloadOf(id, kind))) as never;

describe('the sample book on the cards', () => {
  it('shows every sample payload as a ready card without errors', () => {
    for (const { recordId, kind } of samplePayloads()) {
      const result = parsed(recordId, kind);
      const view = viewOf(kind, result, en);
      expect({ recordId, kind, state: view.state }).toEqual({ recordId, kind, state: 'ready' });
      expect({ recordId, errors: view.notices.filter((n) => n.tone === 'error') }).toEqual({ recordId, errors: [] });
    }
  });

  it('stale-score: the old scores are flagged', () => {
    for (const id of ['tallgrass-lead-swhitaker', 'verdier-contact-cdubois']) expect(leadScoreView(parsed(id, 'lead-score'), en).freshness?.isStale).toBe(true);
    expect(leadScoreView(parsed('tallgrass-lead-jreyes', 'lead-score'), en).freshness?.isStale).toBe(false);
  });

  it('lead-quality-conflict: the rejected high score is escalated', () => {
    const view = leadScoreView(parsed('kestrel-lead-fbrandt', 'lead-score'), en);
    expect(view.conflicts.map((c) => c.type)).toContain('lead-quality');
    expect(leadScoreView(parsed('tallgrass-lead-jreyes', 'lead-score'), en).conflicts).toEqual([]);
  });

  it('lead-quality-conflict: the next action sales made obsolete by rejecting the lead is not advice any more', () => {
    const action = leadScoreView(parsed('kestrel-lead-fbrandt', 'lead-score'), en).nextAction;
    expect(action).toMatchObject({ action: 'Book a discovery call within 24 hours', applies: 'no' });
    expect(action?.statusText).toBe('No longer applies: sales rejected this lead on Nov 17, 2026.');
    const fr = leadScoreView(parsed('kestrel-lead-fbrandt', 'lead-score'), { ...en, locale: 'fr-FR' }).nextAction;
    expect(fr?.statusText).toMatch(/^Ne s’applique plus : les ventes ont rejeté ce lead le 17 nov/);
    // Jordan Reyes was already being worked when he was scored: the action is current advice.
    const current = leadScoreView(parsed('tallgrass-lead-jreyes', 'lead-score'), en).nextAction;
    expect(current?.applies).toBe('yes');
    expect(current?.statusText).toBeUndefined();
  });

  it('higher-is-worse, probability and percentile scales read right', () => {
    expect(leadScoreView(parsed('kestrel-contact-mhoffmann', 'lead-score'), en).score?.polarityText).toBe('Higher is worse');
    expect(leadScoreView(parsed('kestrel-contact-jweber', 'lead-score'), en).score?.valueText).toMatch(/%$/);
    expect(leadScoreView(parsed('rimal-contact-lhaddad', 'lead-score'), en).score?.scaleText).toMatch(/^percentile/);
  });

  it('forecast-discrepancy and healthy-deal: only the first is escalated', () => {
    expect(dealRiskView(parsed('verdier-deal-insights', 'deal-risk'), en).conflicts.map((c) => c.type)).toEqual(['forecast-discrepancy']);
    expect(dealRiskView(parsed('rimal-deal-abu-dhabi', 'deal-risk'), en).conflicts).toEqual([]);
  });

  it('handoff statuses: draft, submitted, accepted, returned', () => {
    expect(handoffView(parsed('verdier-deal-insights', 'sales-to-cs'), en).status).toBe('draft');
    expect(handoffView(parsed('rimal-deal-abu-dhabi', 'sales-to-cs'), en).status).toBe('submitted');
    expect(handoffView(parsed('kestrel-deal-routing-rotterdam', 'sales-to-cs'), en).status).toBe('accepted');
    const returned = handoffView(parsed('kestrel-deal-insights', 'sales-to-cs'), en);
    expect(returned.status).toBe('returned');
    expect(returned.review?.returnReasonText).toMatch(/^Reason: /);
  });

  it('returned handoff (Kestrel Insights): 100 % of the must-have fields, but none of its criteria confirmed, and sales is warned before submitting', () => {
    const view = handoffView(parsed('kestrel-deal-insights', 'sales-to-cs'), en);
    expect(view.completeness).toMatchObject({ percent: 100, criteriaTotal: 2, criteriaConfirmed: 0 });
    expect(view.completeness.confirmedText).toBe('0 of 2 success criteria confirmed by the customer');
    expect(view.submitWarnings.map((w) => [w.key, w.path])).toEqual([['submit-warning-no-confirmed-criterion', 'successCriteria']]);
    expect(view.submitWarnings[0].text).toMatch(/^No success criterion is confirmed by the customer/);
    const fr = handoffView(parsed('kestrel-deal-insights', 'sales-to-cs'), { ...en, locale: 'fr-FR' });
    expect(fr.completeness.confirmedText).toBe('Critères de succès confirmés par le client : 0 sur 2');
    expect(fr.submitWarnings[0].text).toMatch(/^Aucun critère de succès n’est confirmé par le client/);
    // Rimal: two of three confirmed, no warning.
    const rimal = handoffView(parsed('rimal-deal-abu-dhabi', 'sales-to-cs'), en);
    expect(rimal.completeness.confirmedText).toBe('2 of 3 success criteria confirmed by the customer');
    expect(rimal.submitWarnings).toEqual([]);
  });

  it("customer-health-conflict: a positive read of Verdier (health 31/100) warns sales before submitting, given the account's health", () => {
    const health = parsed('groupe-verdier', 'customer-health');
    const view = handoffView(parsed('verdier-deal-plateforme', 'sales-to-cs'), en, { health });
    expect(view.submitWarnings.map((w) => [w.key, w.path])).toEqual([['submit-warning-positive-read-low-health', 'accountSentiment']]);
    expect(view.submitWarnings[0].text).toBe(
      'You read the account as positive, but its health is weak (31). Check your read with Customer Success, or say why in the handoff.',
    );
    // Without the health, or on a healthy account, nothing to warn about.
    expect(handoffView(parsed('verdier-deal-plateforme', 'sales-to-cs'), en).submitWarnings).toEqual([]);
    expect(
      handoffView(parsed('rimal-deal-abu-dhabi', 'sales-to-cs'), en, { health: parsed('rimal-home-healthcare', 'customer-health') }).submitWarnings,
    ).toEqual([]);
    // A broken related argument never breaks the card.
    expect(handoffView(parsed('verdier-deal-plateforme', 'sales-to-cs'), en, { health: 'junk' as never }).state).toBe('ready');
  });

  it('customer-health-conflict: health against the sales read at handoff', () => {
    const handoffOf = (companyId: string) => {
      const deal = sampleBook.deals.find((d: SampleDeal) => d.companyId === companyId && d.payloads['sales-to-cs']);
      return deal ? parsed(deal.id, 'sales-to-cs') : undefined;
    };
    const conflict = customerHealthView(parsed('groupe-verdier', 'customer-health'), { ...en, locale: 'fr-FR' }, { handoff: handoffOf('groupe-verdier') });
    expect(conflict.conflicts.map((c) => c.type)).toEqual(['customer-health']);
    expect(conflict.conflicts[0].title).toBe('Conflit sur la santé client');
    for (const id of ['kestrel-logistics', 'rimal-home-healthcare'])
      expect(customerHealthView(parsed(id, 'customer-health'), en, { handoff: handoffOf(id) }).conflicts).toEqual([]);
  });

  it('handoff-submitted: each known risk names its severity and its likelihood, which share their words', () => {
    const view = handoffView(parsed('rimal-deal-abu-dhabi', 'sales-to-cs'), en);
    expect(view.risks.map((r) => r.detailText)).toEqual([
      'Severity: High · Likelihood: Medium · Owner: Hessa Al Mansoori (Rimal IT)',
      'Severity: Medium · Likelihood: Low · Owner: Priya Raman',
    ]);
  });

  it('metric-contradiction: CS, reading the copy sales submitted, is told about the overwritten ARR column too', () => {
    const record = sampleRecord('rimal-deal-abu-dhabi')!.record;
    const stored = recordColumns(record).columns;
    const uiRecord = { fields: Object.fromEntries(Object.entries(stored).map(([name, value]) => [salesforceFieldName({ name }), { value }])) };
    const conflictsOf = (snapshot: boolean) => handoffView(parseSalesforceRecord('sales-to-cs', uiRecord, { snapshot }) as never, en).conflicts;
    expect(conflictsOf(true).map((c) => c.summary)).toEqual(['ARR: this card shows AED\u00a0385,000.00, but the ARR report field says AED\u00a0410,000.00.']);
    expect(conflictsOf(true)).toEqual(conflictsOf(false));
  });

  it('metric-contradiction: the ARR column the CPQ sync overwrote is escalated', () => {
    const record = sampleRecord('rimal-deal-abu-dhabi');
    const override = record?.record.columnOverrides?.[0];
    const write = prepareSalesforceWrite('sales-to-cs', payloadOf('rimal-deal-abu-dhabi', 'sales-to-cs'));
    if (!override || !write.ok) throw new Error('the sample does not write');
    const fields = { ...write.fields, [salesforceFieldName({ name: override.column })]: override.value };
    const uiRecord = {
      apiName: 'Opportunity',
      id: '006000000000002AAA',
      fields: Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, { value, displayValue: null }])),
    };
    const view = handoffView(parseSalesforceRecord('sales-to-cs', uiRecord) as never, en);
    expect(view.conflicts).toHaveLength(1);
    expect(view.conflicts[0]).toMatchObject({
      type: 'metric-contradiction',
      summary: 'ARR: this card shows AED\u00a0385,000.00, but the ARR report field says AED\u00a0410,000.00.',
    });
  });
});
