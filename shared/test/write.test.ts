import { contexts, kinds } from '../src/contexts';
import { parsePayload } from '../src/parse';
import { textLimits } from '../src/storage';
import { completenessOf, prepareHubSpotWrite, prepareSalesforceWrite, prepareWrite } from '../src/write';
import { fixture, fixtureText } from './data/fixtures';

/** A valid lead score whose document is exactly `target` characters. */
function leadScoreOfLength(target: number) {
  const payload = fixture('lead-score');
  const factor = (i: number, evidence: number) => ({ label: `Factor ${i}`, direction: 'raises', weight: 1, evidence: 'e'.repeat(evidence) });
  const length = () =>
    JSON.stringify(parsePayload('lead-score', payload).status === 'valid' ? (parsePayload('lead-score', payload) as any).value : payload).length;
  payload.factors = [];
  for (let i = 0; ; i++) {
    payload.factors.push(factor(i, 1));
    const withOne = length();
    if (withOne + 3999 >= target) {
      payload.factors[i] = factor(i, 1 + target - withOne);
      break;
    }
    payload.factors[i] = factor(i, 4000);
  }
  expect(length()).toBe(target);
  return payload;
}

describe('prepareSalesforceWrite / prepareHubSpotWrite', () => {
  it.each(kinds)('gives every column of a valid %s, named for each platform', (kind) => {
    const sf = prepareSalesforceWrite(kind, fixture(kind));
    const hs = prepareHubSpotWrite(kind, fixtureText(kind));
    expect(sf.ok && hs.ok).toBe(true);
    if (!sf.ok || !hs.ok) return;
    const { storage } = contexts[kind];
    expect(JSON.parse(sf.fields[`HC_${storage.document.name}__c`] as string)).toEqual(sf.value);
    expect(hs.properties[`hc_${storage.document.name.toLowerCase()}`]).toBe(sf.document);
    expect(Object.values(hs.properties).every((v) => typeof v === 'string')).toBe(true);
    expect(Object.keys(hs.properties)).toEqual(Object.keys(sf.fields).map((k) => k.replace(/__c$/, '').toLowerCase()));
  });

  it('writes the mirror columns from the document, and clears those the document lacks', () => {
    const sf = prepareSalesforceWrite('sales-to-cs', fixture('sales-to-cs'));
    expect(sf.ok && sf.fields).toEqual({
      HC_Handoff_Payload__c: expect.any(String),
      HC_Handoff_Schema_Version__c: 1,
      HC_Handoff_ARR__c: 120000,
      HC_Handoff_Submitted_At__c: null,
      HC_Handoff_Completeness__c: 100,
    });
    const hs = prepareHubSpotWrite('lead-score', fixture('lead-score'));
    expect(hs.ok && hs.properties).toEqual({
      hc_lead_score_payload: expect.any(String),
      hc_lead_score_schema_version: '2',
      hc_lead_score: '82',
      hc_lead_score_band: 'A',
      hc_lead_score_scored_at: '2026-11-20T09:30:00Z',
    });
    const cleared = prepareHubSpotWrite('sales-to-cs', fixture('sales-to-cs'));
    expect(cleared.ok && cleared.properties.hc_handoff_submitted_at).toBe('');
  });

  it('never writes the columns other people own', () => {
    const payload = { ...fixture('lead-score'), feedback: [{ verdict: 'helpful', by: 'Rep', at: '2026-11-21T10:00:00Z' }] };
    const sf = prepareSalesforceWrite('lead-score', payload);
    expect(sf.ok && Object.keys(sf.fields)).not.toContain('HC_Lead_Score_Feedback__c');
    const handoff = prepareSalesforceWrite('sales-to-cs', fixture('sales-to-cs'));
    expect(handoff.ok && Object.keys(handoff.fields)).not.toContain('HC_Handoff_Status__c');
  });

  it('accepts a document of exactly 131,072 characters for Salesforce and refuses one more', () => {
    const atLimit = prepareSalesforceWrite('lead-score', leadScoreOfLength(textLimits.salesforce));
    expect(atLimit.ok).toBe(true);
    expect(atLimit.ok && atLimit.document.length).toBe(131_072);
    const over = prepareSalesforceWrite('lead-score', leadScoreOfLength(textLimits.salesforce + 1));
    expect(over.ok).toBe(false);
    if (over.ok) return;
    expect(over.problems).toHaveLength(1);
    expect(over.problems[0]).toMatchObject({
      code: 'too_long',
      severity: 'error',
      params: { limit: 131072, length: 131073, excess: 1, largest: 'factors', longest: 'factors[0].evidence' },
    });
    expect(over.problems[0].message).toMatch(
      /^Lead score: would be 131,073 characters, but Salesforce keeps only 131,072: shorten it by at least 1 character\. Largest fields: factors \(Factors, 130,\d{3} characters\), .* Longest texts: factors\[0\]\.evidence \(Evidence, 4,002 characters\), /,
    );
  });

  it('accepts a document of exactly 65,536 characters for HubSpot and refuses one more', () => {
    expect(prepareHubSpotWrite('lead-score', leadScoreOfLength(textLimits.hubspot)).ok).toBe(true);
    const payload = leadScoreOfLength(textLimits.hubspot + 1);
    const over = prepareHubSpotWrite('lead-score', payload);
    expect(over.ok === false && over.problems[0].message).toContain('HubSpot keeps only 65,536: shorten it by at least 1 character.');
    // Salesforce keeps more; without a platform the tighter limit applies.
    expect(prepareSalesforceWrite('lead-score', payload).ok).toBe(true);
    expect(prepareWrite('lead-score', payload).ok).toBe(false);
    expect(prepareWrite('lead-score', payload, { platform: 'salesforce' }).ok).toBe(true);
  });

  it('refuses what a reader would only warn about: unknown fields, old and new versions, long lists', () => {
    const unknown = prepareSalesforceWrite('deal-risk', { ...fixture('deal-risk'), scoredat: '2026-11-21T07:00:00Z' });
    expect(unknown).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          code: 'unknown_field',
          severity: 'error',
          message: 'scoredat: "scoredat" is not a field this version knows; remove it or check its spelling.',
        }),
      ],
    });
    const old = prepareSalesforceWrite('lead-score', fixture('lead-score-v1'));
    expect(old.ok === false && old.problems[0].message).toBe('Lead score: was written as version 1; write version 2 instead.');
    const newer = prepareHubSpotWrite('deal-risk', { ...fixture('deal-risk'), schemaVersion: 2 });
    expect(newer.ok === false && newer.problems[0].code).toBe('newer_version');
    const payload = fixture('deal-risk');
    payload.riskFactors = Array.from({ length: 51 }, () => payload.riskFactors[0]);
    const long = prepareSalesforceWrite('deal-risk', payload);
    expect(long.ok === false && long.problems[0]).toMatchObject({ code: 'too_many_items', severity: 'error' });
  });

  it('refuses malformed values, naming each', () => {
    const payload = fixture('deal-risk');
    payload.winProbability.value = 1.5;
    payload.riskFactors[1].severity = 'huge';
    const result = prepareSalesforceWrite('deal-risk', payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.message)).toEqual([
      'winProbability.value (Value): value is outside its scale, got the number 1.5',
      'riskFactors[1] (Risk factors, one entry): this entry was left out because riskFactors[1].severity (Severity): expected one of: low, medium, high, critical, got text "huge".',
    ]);
  });

  it.each([
    [undefined, 'missing'],
    ['', 'missing'],
    ['{"schemaVersion":1', 'not_json'],
    [[], 'not_object'],
  ])('refuses %p to write', (payload, code) => {
    const result = prepareHubSpotWrite('customer-health', payload);
    expect(result.ok === false && result.problems[0].code).toBe(code);
  });

  describe('a handoff draft (allowIncomplete)', () => {
    const draft = {
      schemaVersion: 1,
      desiredOutcome: { requiredOutcome: 'Cut onboarding time to 20 days.', useCases: [] },
      commercialTerms: { arr: 50000, currency: 'USD' },
      competitors: ['Rocketlane'],
    };

    it('may miss must-have fields, and writes its completeness', () => {
      const result = prepareSalesforceWrite('sales-to-cs', draft, { allowIncomplete: true });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value).toEqual({
        schemaVersion: 1,
        desiredOutcome: { requiredOutcome: 'Cut onboarding time to 20 days.' },
        commercialTerms: { arr: 50000, currency: 'USD' },
        competitors: ['Rocketlane'],
      });
      expect(result.fields.HC_Handoff_Completeness__c).toBe(30);
      expect(result.fields.HC_Handoff_ARR__c).toBe(50000);
      expect(prepareSalesforceWrite('sales-to-cs', draft, { allowIncomplete: true, completeness: () => 42 })).toMatchObject({
        fields: { HC_Handoff_Completeness__c: 42 },
      });
    });

    it('is refused without allowIncomplete, naming each gap', () => {
      const result = prepareSalesforceWrite('sales-to-cs', draft);
      expect(result.ok === false && result.problems.map((p) => `${p.path}: ${p.code}`)).toEqual([
        'desiredOutcome.approach: missing',
        'desiredOutcome.useCases: too_small',
        'successCriteria: missing',
        'commitments: missing',
        'commercialTerms.products: missing',
        'commercialTerms.termMonths: missing',
        'commercialTerms.renewalDate: missing',
      ]);
    });

    it('may not hold malformed values', () => {
      const bad = { ...draft, commercialTerms: { arr: 'lots' }, successCriteria: [{ metric: 'Time to value' }] };
      const result = prepareSalesforceWrite('sales-to-cs', bad, { allowIncomplete: true });
      expect(result.ok === false && result.problems.map((p) => `${p.path}: ${p.code}`)).toEqual([
        'successCriteria[0]: dropped_item',
        'commercialTerms.arr: invalid_type',
      ]);
    });

    it('says an empty draft is empty', () => {
      expect(prepareHubSpotWrite('sales-to-cs', { schemaVersion: 1 }, { allowIncomplete: true })).toEqual({
        ok: false,
        problems: [expect.objectContaining({ message: 'Sales-to-CS handoff: the draft is empty: fill in at least one field before saving.' })],
      });
    });
  });
});

describe('completenessOf', () => {
  it('counts the must-have fields of the handoff', () => {
    expect(completenessOf('sales-to-cs', fixture('sales-to-cs'))).toEqual({
      filled: 10,
      total: 10,
      percent: 100,
      missing: [],
      criteria: { total: 2, confirmed: 1 },
    });
    const payload = fixture('sales-to-cs');
    delete payload.commitments;
    payload.desiredOutcome.useCases = [];
    payload.successCriteria = [{ metric: 'no target' }, payload.successCriteria[0]];
    expect(completenessOf('sales-to-cs', payload)).toEqual({
      filled: 8,
      total: 10,
      percent: 80,
      missing: ['desiredOutcome.useCases', 'commitments'],
      criteria: { total: 1, confirmed: 1 },
    });
  });

  it('counts the success criteria the customer confirmed apart from those sales only assumed', () => {
    const payload = fixture('sales-to-cs');
    payload.successCriteria = payload.successCriteria.map((c: Record<string, unknown>) => ({ ...c, customerConfirmed: false }));
    // The field is filled (the meter says 100 %), but nothing in it is the customer's word.
    expect(completenessOf('sales-to-cs', payload)).toMatchObject({ percent: 100, criteria: { total: 2, confirmed: 0 } });
    payload.successCriteria.push({ metric: 'no target', customerConfirmed: true }, 'junk');
    expect(completenessOf('sales-to-cs', payload).criteria).toEqual({ total: 2, confirmed: 0 });
  });

  it('never shows an almost-complete handoff as done', () => {
    const payload = fixture('sales-to-cs');
    delete payload.commercialTerms.renewalDate;
    expect(completenessOf('sales-to-cs', payload).percent).toBe(90);
  });

  it('reads anything without throwing', () => {
    for (const value of [undefined, null, 'x', 42, [], { desiredOutcome: 'x' }, { commercialTerms: { arr: NaN } }])
      expect(completenessOf('sales-to-cs', value)).toMatchObject({ filled: 0, total: 10, percent: 0 });
  });

  it('is complete for a context without must-have fields', () => {
    expect(completenessOf('lead-score', {})).toEqual({ filled: 0, total: 0, percent: 100, missing: [], criteria: { total: 0, confirmed: 0 } });
  });
});
