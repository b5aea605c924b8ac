/**
 * The app function on sample-book records, with the real @hubspot/api-client against the CRM stand-in
 * on 127.0.0.1: checks, validation, compare-and-set, the property history, errors.
 */
import { acceptHandoff, submitHandoff, toHubSpotProperties } from '@handoff-context/core';
import { Client } from '@hubspot/api-client';
import { saveProperties } from '../../src/app/functions/saveProperties';
import { bookPayload, bookProperties, caseId } from '../book';
import { startCrmStandIn, type CrmStandIn } from './crm-stand-in';

const token = 'pat-stand-in';
let crm: CrmStandIn;
beforeEach(async () => {
  crm = await startCrmStandIn(token);
});
afterEach(() => crm.close());

/** The real client, pointed at the stand-in; no retries, so each failure below is the one answer. */
const client = () => new Client({ accessToken: token, basePath: crm.url });
const patches = () => crm.requests.filter((r) => r.method === 'PATCH').map((r) => (r.body as { properties: Record<string, string> }).properties);
const reads = () => crm.requests.filter((r) => r.method === 'GET');
/** The property names a read asked for (`properties=a,b` or repeated `properties=`). */
const namesRead = (path: string) =>
  new URL(path, 'http://127.0.0.1').searchParams
    .getAll('properties')
    .flatMap((n) => n.split(','))
    .filter(Boolean);

const hot = caseId('hot-lead');
const hotLead = bookPayload(hot, 'lead-score');
const submittedDeal = caseId('handoff-submitted');
const draftDeal = caseId('handoff-draft');
const returnedDeal = caseId('handoff-returned');

const feedbackOf = (entries: unknown[]) => ({ hc_lead_score_feedback: JSON.stringify(entries) });
const helpful = { verdict: 'helpful', by: 'Camille Martin', at: '2026-11-20T09:00:00.000Z' };
const accepted = () => {
  const result = acceptHandoff({ by: 'Priya Raman', now: '2026-11-20T09:00:00Z', currentStatus: 'submitted' });
  if (!result.ok) throw new Error('accept does not prepare');
  return toHubSpotProperties(result.columns);
};
const draftDocument = (change: Record<string, unknown> = {}) => JSON.stringify({ ...bookPayload(draftDeal, 'sales-to-cs'), ...change });

const objectTypeOf = (sampleId: string) => (sampleId === hot || sampleId.includes('lead') || sampleId.includes('contact') ? 'contacts' : 'deals');
function request(sampleId: string, properties: Record<string, string>, overrides: Record<string, unknown> = {}) {
  return { objectType: objectTypeOf(sampleId), objectId: '42', properties, seen: bookProperties(sampleId), ...overrides };
}
/** The record as the portal holds it, under id 42 (or `id`). */
const hold = (sampleId: string, properties: Record<string, string> = bookProperties(sampleId) as Record<string, string>, id = '42') =>
  crm.put(objectTypeOf(sampleId), id, properties);
const stored = (sampleId: string) => crm.get(objectTypeOf(sampleId), '42') ?? {};

describe('saveProperties: writing', () => {
  it('adds feedback when nothing of the lead score changed since the card read it', async () => {
    hold(hot);
    const properties = feedbackOf([...hotLead.feedback, helpful]);
    expect(await saveProperties(request(hot, properties), client())).toEqual({ ok: true });
    expect(patches()).toEqual([properties]);
    expect(stored(hot).hc_lead_score_payload).toBe(bookProperties(hot).hc_lead_score_payload);
    // Only the lead score's own properties are compared, read right before the write.
    const checked = namesRead(reads()[0].path);
    expect(checked.slice().sort()).toEqual(
      Object.keys(bookProperties(hot))
        .filter((n) => n.startsWith('hc_'))
        .sort(),
    );
  });

  it('lets CS accept a submitted handoff', async () => {
    hold(submittedDeal);
    expect((await saveProperties(request(submittedDeal, accepted()), client())).ok).toBe(true);
    expect(stored(submittedDeal)).toMatchObject({ hc_handoff_status: 'accepted', hc_handoff_reviewed_by: 'Priya Raman' });
  });

  it('saves an incomplete handoff as a draft, and derives its report columns from the document: the document wins', async () => {
    hold(draftDeal);
    const result = await saveProperties(
      request(draftDeal, { hc_handoff_payload: draftDocument({ whyWon: 'Route planning for both depots' }), hc_handoff_arr: '1' }),
      client(),
    );
    expect(result.ok).toBe(true);
    const [written] = patches();
    expect(JSON.parse(written.hc_handoff_payload).whyWon).toBe('Route planning for both depots');
    expect(written.hc_handoff_arr).toBe(bookProperties(draftDeal).hc_handoff_arr);
    expect(written.hc_handoff_completeness).toBe('60');
  });

  it('submits a complete handoff with its frozen copy', async () => {
    const { review: _review, ...payload } = bookPayload(returnedDeal, 'sales-to-cs');
    const submitted = submitHandoff(payload, { by: 'Tom Lindqvist', now: '2026-11-20T09:00:00Z', platform: 'hubspot' });
    if (!submitted.ok) throw new Error('the returned handoff does not submit');
    hold(returnedDeal);
    expect((await saveProperties(request(returnedDeal, toHubSpotProperties(submitted.columns)), client())).ok).toBe(true);
    expect(stored(returnedDeal).hc_handoff_status).toBe('submitted');
    expect(stored(returnedDeal).hc_handoff_submitted_payload).toBe(stored(returnedDeal).hc_handoff_payload);
  });

  it('keeps stored feedback entries this version cannot read, and still adds a new one', async () => {
    const old = [{ verdict: 'meh', by: 'Someone', at: '2026-01-01T00:00:00Z' }];
    const record = { ...bookProperties(hot), ...feedbackOf(old) } as Record<string, string>;
    hold(hot, record);
    expect((await saveProperties({ ...request(hot, feedbackOf([...old, helpful])), seen: record }, client())).ok).toBe(true);
  });
});

describe('saveProperties: a bad write from any caller is refused, nothing is called', () => {
  it.each([
    ['a cut document', { hc_handoff_payload: '{"schemaVersion":1,"desiredOut' }, 'not_json'],
    ['HubSpot’s fake_ value as a document', { hc_handoff_payload: 'fake_hc_handoff_payload' }, 'not_json'],
    ['a document with a field this version does not know', { hc_handoff_payload: draftDocument({ discount: 5 }) }, 'unknown_field'],
    ['a document with a malformed value', { hc_handoff_payload: draftDocument({ accountSentiment: 'ecstatic' }) }, 'invalid_value'],
    ['an incomplete handoff marked submitted', { hc_handoff_payload: draftDocument(), hc_handoff_status: 'submitted' }, 'missing'],
    ['an incomplete frozen copy', { hc_handoff_submitted_payload: draftDocument() }, 'missing'],
    ['a status that is not one', { hc_handoff_status: 'fake_hc_handoff_status' }, 'invalid_value'],
    ['a text over HubSpot’s limit', { hc_handoff_return_note: 'x'.repeat(65_537) }, 'too_long'],
  ])('%s', async (_label, properties, code) => {
    hold(draftDeal);
    const result = await saveProperties(request(draftDeal, properties), client());
    expect(result).toMatchObject({ ok: false, code: 'invalid_payload', params: { kind: 'sales-to-cs' } });
    expect((result as { problems: Array<{ code: string }> }).problems.map((p) => p.code)).toContain(code);
    expect(crm.requests).toEqual([]);
  });

  it('a feedback entry the core cannot read', async () => {
    hold(hot);
    const result = await saveProperties(request(hot, feedbackOf([...hotLead.feedback, { verdict: 'love it' }])), client());
    expect(result).toMatchObject({ ok: false, code: 'invalid_payload', params: { kind: 'lead-score' } });
    expect(patches()).toEqual([]);
  });

  it.each([
    ['a property outside Handoff Context', { properties: { amount: '1' } }, 'forbidden', { property: 'amount' }],
    ['a property of a context stored elsewhere', { properties: { hc_lead_score: '90' } }, 'forbidden', { property: 'hc_lead_score' }],
    ['a report column without its document', { properties: { hc_handoff_arr: '1' } }, 'forbidden', { property: 'hc_handoff_arr' }],
    ['an unknown object type', { objectType: 'tickets' }, 'invalid_request', { parameter: 'objectType' }],
    ['a missing record id', { objectId: undefined }, 'invalid_request', { parameter: 'objectId' }],
    ['a record id that is not a number', { objectId: '42; drop' }, 'invalid_request', { parameter: 'objectId' }],
    ['no properties', { properties: {} }, 'invalid_request', { parameter: 'properties' }],
    ['a value that is not text', { properties: { hc_handoff_completeness: 80 } }, 'invalid_request', { parameter: 'hc_handoff_completeness' }],
    ['nothing of what the card saw', { seen: undefined }, 'invalid_request', { parameter: 'seen' }],
    ['not all of what the card saw of the context', { seen: { hc_handoff_status: 'submitted' } }, 'invalid_request', { parameter: 'seen.hc_handoff_payload' }],
  ])('%s', async (_label, overrides, code, params) => {
    hold(submittedDeal);
    const result = await saveProperties(request(submittedDeal, accepted(), overrides), client());
    expect(result).toEqual({ ok: false, code, params });
    expect(crm.requests).toEqual([]);
  });

  it('a review on a deal that has no handoff', async () => {
    const empty = Object.fromEntries(Object.keys(bookProperties(submittedDeal)).map((n) => [n, n.startsWith('hc_') ? '' : bookProperties(submittedDeal)[n]]));
    hold(submittedDeal, empty as Record<string, string>);
    expect(await saveProperties({ ...request(submittedDeal, accepted()), seen: empty }, client())).toMatchObject({ ok: false, code: 'forbidden' });
    expect(patches()).toEqual([]);
  });

  it('missing parameters altogether', async () => {
    expect(await saveProperties(undefined, client())).toEqual({ ok: false, code: 'invalid_request', params: { parameter: 'objectType' } });
    expect(crm.requests).toEqual([]);
  });
});

describe('saveProperties: what changed since the card read the record', () => {
  it('refuses when someone changed the context meanwhile, and names what changed', async () => {
    hold(submittedDeal, { ...bookProperties(submittedDeal), hc_handoff_status: 'returned' } as Record<string, string>);
    expect(await saveProperties(request(submittedDeal, accepted()), client())).toEqual({
      ok: false,
      code: 'conflict',
      params: { properties: 'hc_handoff_status' },
    });
    expect(patches()).toEqual([]);
  });

  it('is not a conflict when only another context or HubSpot’s own properties changed', async () => {
    hold(submittedDeal, { ...bookProperties(submittedDeal), hc_win_probability: '0.1', hs_lastmodifieddate: '2026-11-20T10:00:00Z' } as Record<string, string>);
    expect((await saveProperties(request(submittedDeal, accepted()), client())).ok).toBe(true);
    expect(patches()).toHaveLength(1);
  });

  it('reads the same value the same, however the hook and the API format it', async () => {
    const seen = {
      ...bookProperties(hot),
      hc_lead_score_scored_at: String(Date.parse(hotLead.scoredAt)),
      hc_lead_score: '92.0',
      hc_lead_disposition: bookProperties(hot).hc_lead_disposition,
    };
    hold(hot);
    expect((await saveProperties({ ...request(hot, feedbackOf([...hotLead.feedback, helpful])), seen }, client())).ok).toBe(true);
    const empty = { ...bookProperties(caseId('schema-v1')) } as Record<string, string>;
    crm.put('contacts', '7', empty);
    const seenNull = Object.fromEntries(Object.entries(empty).map(([n, v]) => [n, v === '' ? null : v]));
    expect((await saveProperties({ objectType: 'contacts', objectId: '7', properties: feedbackOf([helpful]), seen: seenNull }, client())).ok).toBe(true);
  });

  it('detects, from the property history, a write that landed between the check and its own', async () => {
    hold(submittedDeal);
    crm.meanwhile({ hc_handoff_status: 'returned', hc_handoff_return_reason: 'other' });
    expect(await saveProperties(request(submittedDeal, accepted()), client())).toEqual({
      ok: true,
      overwritten: ['hc_handoff_status', 'hc_handoff_return_reason'],
    });
  });

  it('says nothing more when HubSpot gives no history: the write is done', async () => {
    hold(submittedDeal);
    crm.withoutHistory();
    crm.meanwhile({ hc_handoff_status: 'returned' });
    expect(await saveProperties(request(submittedDeal, accepted()), client())).toEqual({ ok: true });
  });

  it('says nothing more when reading the history after the write fails: the write is done', async () => {
    hold(submittedDeal);
    // The check's read answers; the one after the write fails.
    crm.fail('read', { pass: true }, { status: 503 });
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await saveProperties(request(submittedDeal, accepted()), client())).toEqual({ ok: true });
    expect(stored(submittedDeal).hc_handoff_status).toBe('accepted');
  });
});

describe('saveProperties: HubSpot errors become codes the card can say', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());
  const body = (message: string) => ({ message, category: 'VALIDATION_ERROR', correlationId: 'c0ffee-42' });

  it.each([
    [
      'update',
      { status: 403, body: body('Missing scopes') },
      { ok: false, code: 'not_allowed', params: { status: 403 } },
      'HubSpot 403, VALIDATION_ERROR, correlation id c0ffee-42',
    ],
    ['read', { status: 401, body: body('Expired token') }, { ok: false, code: 'not_allowed', params: { status: 401 } }, 'HubSpot 401'],
    ['read', { status: 404, body: body('Object not found') }, { ok: false, code: 'not_found', params: { status: 404 } }, 'HubSpot 404'],
    ['read', { status: 500, body: body('Internal error') }, { ok: false, code: 'hubspot_error', params: { status: 500 } }, 'HubSpot 500'],
    ['read', { reset: true }, { ok: false, code: 'unreachable' }, 'ECONNRESET'],
    // Once the write was sent, only a 4xx says nothing was written.
    ['update', { status: 500, body: body('Internal error') }, { ok: false, code: 'unconfirmed', params: { status: 500 } }, 'save not confirmed (HubSpot 500'],
    ['update', { reset: true }, { ok: false, code: 'unconfirmed' }, 'save not confirmed (ECONNRESET)'],
  ] as const)('%s answers %p', async (operation, failure, expected, logged) => {
    hold(submittedDeal);
    crm.fail(operation, failure);
    expect(await saveProperties(request(submittedDeal, accepted()), client())).toEqual(expected);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining(logged));
  });

  it("never logs HubSpot's error text, which can quote the customer's words that were sent", async () => {
    const quoted = 'Property "hc_handoff_return_reason" value "Our CFO Ana Duarte is leaving in March" is not valid';
    hold(submittedDeal);
    crm.fail('update', { status: 400, body: body(quoted) });
    expect(await saveProperties(request(submittedDeal, accepted()), client())).toEqual({ ok: false, code: 'hubspot_error', params: { status: 400 } });
    const logged = (console.error as jest.Mock).mock.calls.flat().join('\n');
    expect(logged).toContain('HubSpot 400');
    expect(logged).not.toContain('Ana Duarte');
    expect(logged).not.toContain('hc_handoff_return_reason');
  });
});
