import { kinds, type Kind } from '../src/contexts';
import { parseHubSpotProperties, parsePayload, parseSalesforceRecord, type Problem } from '../src/parse';
import { hubspotPropertyName, salesforceFieldName } from '../src/storage';
import {
  acceptHandoff,
  addFeedback,
  prepareHubSpotWrite,
  prepareSalesforceWrite,
  setDisposition,
  submitHandoff,
  toHubSpotProperties,
  toSalesforceFields,
} from '../src/write';
import { fixture } from './data/fixtures';

/** A UI API record as getRecord gives it, from the fields a write sets. */
function sfRecord(fields: Record<string, unknown>) {
  return {
    apiName: 'Opportunity',
    id: '006000000000001AAA',
    fields: Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, { value, displayValue: value === null ? null : String(value) }])),
  };
}

function written(kind: Kind, payload: unknown) {
  const sf = prepareSalesforceWrite(kind, payload);
  const hs = prepareHubSpotWrite(kind, payload);
  if (!sf.ok || !hs.ok) throw new Error('fixture does not write');
  return { record: sfRecord(sf.fields), properties: hs.properties };
}

const find = (problems: Problem[], code: string) => problems.find((p) => p.code === code);

describe('one payload through both platforms', () => {
  it.each(kinds)('%s reads the same from a Salesforce record and from HubSpot properties', (kind) => {
    const { record, properties } = written(kind, fixture(kind));
    const fromSalesforce = parseSalesforceRecord(kind, record);
    const fromHubSpot = parseHubSpotProperties(kind, properties);
    expect(fromSalesforce.status).toBe('valid');
    expect(fromHubSpot).toEqual(fromSalesforce);
    expect(fromSalesforce).toEqual(parsePayload(kind, fixture(kind)));
  });

  it('reads the own columns the same way: feedback, disposition and the CS review', () => {
    const lead = written('lead-score', fixture('lead-score'));
    const feedback = addFeedback(undefined, { verdict: 'disagree', reason: 'Student, no budget.', by: 'Riley Chen', at: '2026-11-21T10:00:00Z' });
    const disposition = setDisposition({ status: 'rejected', reason: 'No budget this year.' }, { by: 'Riley Chen', now: '2026-11-21T10:05:00Z' });
    if (!feedback.ok || !disposition.ok) throw new Error('actions refused');
    const own = { ...feedback.columns, ...disposition.columns };
    const sf = parseSalesforceRecord(
      'lead-score',
      sfRecord({ ...Object.fromEntries(Object.entries(lead.record.fields).map(([k, v]) => [k, v.value])), ...toSalesforceFields(own) }),
    );
    const hs = parseHubSpotProperties('lead-score', { ...lead.properties, ...toHubSpotProperties(own) });
    expect(sf.status).toBe('valid');
    expect(hs).toEqual(sf);
    expect(sf.status === 'valid' && sf.value.feedback).toEqual([
      { verdict: 'disagree', reason: 'Student, no budget.', by: 'Riley Chen', at: '2026-11-21T10:00:00Z' },
    ]);
    expect(sf.status === 'valid' && sf.value.disposition).toEqual({
      status: 'rejected',
      reason: 'No budget this year.',
      by: 'Riley Chen',
      at: '2026-11-21T10:05:00.000Z',
    });

    const submitted = submitHandoff(fixture('sales-to-cs'), { by: 'Alex Kim', now: '2026-11-29T10:00:00Z' });
    const accepted = acceptHandoff({ by: 'Sam Okafor', now: '2026-11-30T08:00:00Z', currentStatus: 'submitted' });
    if (!submitted.ok || !accepted.ok) throw new Error('actions refused');
    const columns = { ...submitted.columns, ...accepted.columns };
    // HubSpot may hand a datetime back as epoch milliseconds.
    const properties = { ...toHubSpotProperties(columns), hc_handoff_reviewed_at: String(Date.parse('2026-11-30T08:00:00Z')) };
    const handoffSf = parseSalesforceRecord('sales-to-cs', sfRecord(toSalesforceFields(columns)));
    const handoffHs = parseHubSpotProperties('sales-to-cs', properties);
    expect(handoffSf.status).toBe('valid');
    expect(handoffHs).toEqual(handoffSf);
    expect(handoffSf.status === 'valid' && handoffSf.value.review).toEqual({
      status: 'accepted',
      reviewedAt: '2026-11-30T08:00:00.000Z',
      reviewedBy: 'Sam Okafor',
    });
    // The frozen copy keeps the handoff as sales submitted it, whatever the live document says later,
    // with the CS review as it stands now.
    const edited = { ...columns, Handoff_Payload: JSON.stringify({ ...fixture('sales-to-cs'), whyWon: 'Rewritten after close.' }) };
    const snapshot = parseSalesforceRecord('sales-to-cs', sfRecord(toSalesforceFields(edited)), { snapshot: true });
    expect(snapshot.status === 'valid' && snapshot.value.whyWon).toBeUndefined();
    expect(parseSalesforceRecord('sales-to-cs', sfRecord(toSalesforceFields(edited))).status === 'valid').toBe(true);
    expect(snapshot.status === 'valid' && snapshot.value.review).toEqual({
      status: 'accepted',
      reviewedAt: '2026-11-30T08:00:00.000Z',
      reviewedBy: 'Sam Okafor',
    });
    expect(
      parseHubSpotProperties('sales-to-cs', { ...properties, ...toHubSpotProperties({ Handoff_Payload: edited.Handoff_Payload }) }, { snapshot: true }),
    ).toEqual(snapshot);
  });
});

describe('parseSalesforceRecord', () => {
  it('is empty when the document field is missing, null or hidden', () => {
    expect(parseSalesforceRecord('lead-score', { fields: {} }).status).toBe('empty');
    expect(parseSalesforceRecord('lead-score', { fields: { HC_Lead_Score_Payload__c: { value: null, displayValue: null } } }).status).toBe('empty');
    expect(parseSalesforceRecord('lead-score', null).status).toBe('empty');
    expect(parseSalesforceRecord('sales-to-cs', { fields: { HC_Handoff_Payload__c: { value: '{}' } } }, { snapshot: true }).status).toBe('empty');
  });

  it('says a value that is not a record is not one', () => {
    for (const bad of ['text', 42, [], { id: 'x' }, { fields: 'x' }]) {
      const result = parseSalesforceRecord('lead-score', bad);
      expect(result.status).toBe('invalid');
      expect(result.status === 'invalid' && result.reason.code).toBe('not_object');
    }
  });

  it('finds a metric contradiction when a mirror column disagrees with the document', () => {
    const { record } = written('lead-score', fixture('lead-score'));
    record.fields.HC_Lead_Score__c = { value: 75, displayValue: '75' };
    record.fields.HC_Lead_Score_Band__c = { value: 'B', displayValue: 'B' };
    record.fields.HC_Lead_Score_Scored_At__c = { value: '2026-11-20T09:30:00.000Z', displayValue: '' }; // same instant
    const result = parseSalesforceRecord('lead-score', record);
    expect(result.status).toBe('valid');
    if (result.status !== 'valid') return;
    expect(result.contradictions).toEqual([
      { path: 'score', documentValue: 82, columnValue: 75, column: 'HC_Lead_Score__c' },
      { path: 'band', documentValue: 'A', columnValue: 'B', column: 'HC_Lead_Score_Band__c' },
    ]);
    expect(find(result.problems, 'column_mismatch')).toEqual({
      path: 'score',
      code: 'column_mismatch',
      severity: 'warning',
      params: { column: 'HC_Lead_Score__c', documentValue: '82', columnValue: '75' },
      message: 'score (Lead score): the column HC_Lead_Score__c says the number 75, but the payload says the number 82; the payload is used.',
    });
    // The document wins.
    expect(result.value.score.value).toBe(82);
  });

  it('tolerates a column that rounds', () => {
    const payload = fixture('deal-risk');
    payload.winProbability.value = 0.6234;
    const { record } = written('deal-risk', payload);
    record.fields.HC_Win_Probability__c = { value: 0.62, displayValue: '0.62' };
    const result = parseSalesforceRecord('deal-risk', record);
    expect(result.status === 'valid' && result.contradictions).toEqual([]);
  });

  it('reads a bad own column as a problem, not a crash', () => {
    const { record } = written('lead-score', fixture('lead-score'));
    record.fields.HC_Lead_Score_Feedback__c = { value: '[{"verdict":"helpful"', displayValue: null };
    record.fields.HC_Lead_Disposition__c = { value: '{"status":"maybe"}', displayValue: null };
    const result = parseSalesforceRecord('lead-score', record);
    expect(result.status).toBe('partial');
    if (result.status !== 'partial') return;
    expect(result.problems.map((p) => `${p.path} ${p.code}`)).toEqual(['feedback not_json', 'disposition.status invalid_value']);
    expect(result.problems[0].message).toBe(
      'feedback (Rep feedback): the column HC_Lead_Score_Feedback__c does not hold JSON (it holds text "[{\\"verdict\\":\\"helpful\\""); it was not read.',
    );
    expect(result.value.score?.value).toBe(82);
  });

  it('lets the own column win over the document, and keeps the document value when the column is empty', () => {
    const handoff = fixture('sales-to-cs');
    const { record } = written('sales-to-cs', handoff);
    expect(parseSalesforceRecord('sales-to-cs', record)).toMatchObject({ status: 'valid', value: { review: { status: 'draft' } } });
    record.fields.HC_Handoff_Status__c = { value: 'returned', displayValue: 'Returned' };
    record.fields.HC_Handoff_Return_Reason__c = { value: 'other', displayValue: 'Other' };
    record.fields.HC_Handoff_Return_Note__c = { value: null, displayValue: null };
    const result = parseSalesforceRecord('sales-to-cs', record);
    expect(result).toMatchObject({ status: 'valid', value: { review: { status: 'returned', returnReason: 'other' } } });
  });

  it('reads an upgraded document without calling the old version column a contradiction', () => {
    const record = sfRecord({ HC_Lead_Score_Payload__c: JSON.stringify(fixture('lead-score-v1')), HC_Lead_Score_Schema_Version__c: 1, HC_Lead_Score__c: 64 });
    const result = parseSalesforceRecord('lead-score', record);
    expect(result).toMatchObject({ status: 'valid', contradictions: [] });
  });
});

describe('parseHubSpotProperties', () => {
  it("turns HubSpot's fake_<name> test values into clear problems", () => {
    const kind = 'lead-score';
    const fake = Object.fromEntries(['hc_lead_score_payload', 'hc_lead_score', 'hc_lead_score_feedback'].map((name) => [name, `fake_${name}`]));
    const result = parseHubSpotProperties(kind, fake);
    expect(result.status).toBe('invalid');
    if (result.status !== 'invalid') return;
    expect(result.reason).toMatchObject({
      code: 'not_json',
      message: 'Lead score: the stored text is not JSON. It begins with text "fake_hc_lead_score_payload", not with "{".',
    });

    const { properties } = written(kind, fixture(kind));
    const mixed = parseHubSpotProperties(kind, { ...properties, hc_lead_score: 'fake_hc_lead_score', hc_lead_score_feedback: 'fake_hc_lead_score_feedback' });
    expect(mixed.status).toBe('partial');
    if (mixed.status !== 'partial') return;
    expect(mixed.problems.map((p) => [p.path, p.code, p.severity])).toEqual([
      ['feedback', 'not_json', 'error'],
      ['score', 'invalid_type', 'warning'],
    ]);
    expect(mixed.problems[1].message).toBe(
      'score (Lead score): the column hc_lead_score holds text "fake_hc_lead_score", which is not a number; the payload\'s value is used.',
    );
  });

  it('reads numbers and datetimes given as text, ISO or epoch milliseconds', () => {
    const { properties } = written('customer-health', fixture('customer-health'));
    const epoch = String(Date.parse('2026-11-22T06:00:00Z'));
    const same = parseHubSpotProperties('customer-health', { ...properties, hc_health_score: '38.0', hc_health_scored_at: epoch });
    expect(same).toMatchObject({ status: 'valid', contradictions: [] });
    const later = parseHubSpotProperties('customer-health', { ...properties, hc_health_scored_at: String(Date.parse('2026-11-23T06:00:00Z')) });
    expect(later.status === 'valid' && later.contradictions).toEqual([
      { path: 'scoredAt', documentValue: '2026-11-22T06:00:00Z', columnValue: '2026-11-23T06:00:00.000Z', column: 'hc_health_scored_at' },
    ]);
  });

  it('treats the empty string as absent', () => {
    expect(parseHubSpotProperties('deal-risk', { hc_deal_risk_payload: '' }).status).toBe('empty');
    const { properties } = written('deal-risk', fixture('deal-risk'));
    const result = parseHubSpotProperties('deal-risk', { ...properties, hc_win_probability: '', hc_deal_risk_scored_at: '' });
    expect(result).toMatchObject({ status: 'valid', problems: [], contradictions: [] });
  });

  it('says what is wrong with values that are not properties', () => {
    expect(parseHubSpotProperties('deal-risk', 'x')).toMatchObject({ status: 'invalid', reason: { code: 'not_object' } });
    expect(parseHubSpotProperties('deal-risk', undefined).status).toBe('empty');
    // A JS caller's number instead of text is read as its text.
    const { properties } = written('deal-risk', fixture('deal-risk'));
    expect(parseHubSpotProperties('deal-risk', { ...properties, hc_win_probability: 0.62 as never }).status).toBe('valid');
  });

  it('uses the storage names the registry derives', () => {
    expect(salesforceFieldName({ name: 'Lead_Score' })).toBe('HC_Lead_Score__c');
    expect(hubspotPropertyName({ name: 'Lead_Score' })).toBe('hc_lead_score');
  });
});
