/** The app function on sample-book records with a fake API client: checks, validation, compare-and-set, errors. */
import { acceptHandoff, submitHandoff, toHubSpotProperties } from '@handoff-context/core';
import { main, saveProperties } from '../../src/app/functions/saveProperties';
import { bookPayload, bookProperties, caseId } from '../book';

jest.mock('@hubspot/api-client', () => ({ Client: jest.fn() }));
const { Client } = jest.requireMock('@hubspot/api-client') as { Client: jest.Mock };

type Version = { value: string; timestamp: string };

/**
 * A record in a fake portal, with HubSpot's property history. `meanwhile` is a write by someone
 * else that lands between the function's check and its own write (the window HubSpot leaves open).
 */
function fakeRecord(
  properties: Record<string, string>,
  options: { fail?: { on: 'getById' | 'update'; error: unknown }; meanwhile?: Record<string, string>; history?: boolean } = {},
) {
  // History timestamps are HubSpot's clock: the record was written a minute ago, later writes now.
  let clock = Date.now() - 60_000;
  const stored: Record<string, string> = { ...properties };
  const history: Record<string, Version[]> = {};
  const record = (changes: Record<string, string>) => {
    for (const [name, value] of Object.entries(changes)) {
      stored[name] = value;
      (history[name] ??= []).unshift({ value, timestamp: new Date((clock += 1000)).toISOString() });
    }
  };
  record(properties);
  const basicApi = {
    getById: jest.fn(async (id: string, names: string[] = [], withHistory?: string[]) => {
      if (options.fail?.on === 'getById') throw options.fail.error;
      return {
        id,
        properties: Object.fromEntries(names.map((n) => [n, stored[n] ?? null])),
        ...(withHistory && options.history !== false && { propertiesWithHistory: Object.fromEntries(withHistory.map((n) => [n, history[n] ?? []])) }),
      };
    }),
    update: jest.fn(async (id: string, input: { properties: Record<string, string> }) => {
      if (options.fail?.on === 'update') throw options.fail.error;
      clock = Date.now();
      if (options.meanwhile) record(options.meanwhile);
      record(input.properties);
      return { id, properties: input.properties };
    }),
  };
  return { client: { crm: { deals: { basicApi }, contacts: { basicApi }, companies: { basicApi } } }, basicApi, stored };
}

/** As @hubspot/api-client throws: its message and HubSpot's body can quote the values sent. */
const apiError = (code: number, message: string) =>
  Object.assign(new Error(`HTTP-Code: ${code}\nMessage: ${message}\nBody: {"message":"${message}"}`), {
    code,
    body: { status: 'error', message, category: 'VALIDATION_ERROR', correlationId: 'c0ffee-42' },
  });

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

function request(sampleId: string, properties: Record<string, string>, overrides: Record<string, unknown> = {}) {
  const objectType = sampleId === hot || sampleId.includes('lead') || sampleId.includes('contact') ? 'contacts' : 'deals';
  return { objectType, objectId: '42', properties, seen: bookProperties(sampleId), ...overrides };
}

describe('saveProperties: writing', () => {
  it('adds feedback when nothing of the lead score changed since the card read it', async () => {
    const { client, basicApi, stored } = fakeRecord(bookProperties(hot));
    const properties = feedbackOf([...hotLead.feedback, helpful]);
    expect(await saveProperties(request(hot, properties), client)).toEqual({ ok: true });
    expect(basicApi.update).toHaveBeenCalledWith('42', { properties });
    expect(stored.hc_lead_score_payload).toBe(bookProperties(hot).hc_lead_score_payload);
    // Only the lead score's own properties are compared, read right before the write.
    const [, checked] = basicApi.getById.mock.calls[0];
    expect(checked?.slice().sort()).toEqual(
      Object.keys(bookProperties(hot))
        .filter((n) => n.startsWith('hc_'))
        .sort(),
    );
  });

  it('lets CS accept a submitted handoff', async () => {
    const { client, stored } = fakeRecord(bookProperties(submittedDeal));
    expect((await saveProperties(request(submittedDeal, accepted()), client)).ok).toBe(true);
    expect(stored).toMatchObject({ hc_handoff_status: 'accepted', hc_handoff_reviewed_by: 'Priya Raman' });
  });

  it('saves an incomplete handoff as a draft, and derives its report columns from the document: the document wins', async () => {
    const { client, basicApi } = fakeRecord(bookProperties(draftDeal));
    const result = await saveProperties(
      request(draftDeal, { hc_handoff_payload: draftDocument({ whyWon: 'Route planning for both depots' }), hc_handoff_arr: '1' }),
      client,
    );
    expect(result.ok).toBe(true);
    const written = basicApi.update.mock.calls[0][1].properties;
    expect(JSON.parse(written.hc_handoff_payload).whyWon).toBe('Route planning for both depots');
    expect(written.hc_handoff_arr).toBe(bookProperties(draftDeal).hc_handoff_arr);
    expect(written.hc_handoff_completeness).toBe('60');
  });

  it('submits a complete handoff with its frozen copy', async () => {
    const { review: _review, ...payload } = bookPayload(returnedDeal, 'sales-to-cs');
    const submitted = submitHandoff(payload, { by: 'Tom Lindqvist', now: '2026-11-20T09:00:00Z', platform: 'hubspot' });
    if (!submitted.ok) throw new Error('the returned handoff does not submit');
    const { client, stored } = fakeRecord(bookProperties(returnedDeal));
    expect((await saveProperties(request(returnedDeal, toHubSpotProperties(submitted.columns)), client)).ok).toBe(true);
    expect(stored.hc_handoff_status).toBe('submitted');
    expect(stored.hc_handoff_submitted_payload).toBe(stored.hc_handoff_payload);
  });

  it('keeps stored feedback entries this version cannot read, and still adds a new one', async () => {
    const old = [{ verdict: 'meh', by: 'Someone', at: '2026-01-01T00:00:00Z' }];
    const record = { ...bookProperties(hot), ...feedbackOf(old) };
    const { client } = fakeRecord(record);
    expect((await saveProperties({ ...request(hot, feedbackOf([...old, helpful])), seen: record }, client)).ok).toBe(true);
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
    const { client, basicApi } = fakeRecord(bookProperties(draftDeal));
    const result = await saveProperties(request(draftDeal, properties), client);
    expect(result).toMatchObject({ ok: false, code: 'invalid_payload', params: { kind: 'sales-to-cs' } });
    expect((result as { problems: Array<{ code: string }> }).problems.map((p) => p.code)).toContain(code);
    expect(basicApi.getById).not.toHaveBeenCalled();
    expect(basicApi.update).not.toHaveBeenCalled();
  });

  it('a feedback entry the core cannot read', async () => {
    const { client, basicApi } = fakeRecord(bookProperties(hot));
    const result = await saveProperties(request(hot, feedbackOf([...hotLead.feedback, { verdict: 'love it' }])), client);
    expect(result).toMatchObject({ ok: false, code: 'invalid_payload', params: { kind: 'lead-score' } });
    expect(basicApi.update).not.toHaveBeenCalled();
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
    const { client, basicApi } = fakeRecord(bookProperties(submittedDeal));
    const result = await saveProperties(request(submittedDeal, accepted(), overrides), client);
    expect(result).toEqual({ ok: false, code, params });
    expect(basicApi.getById).not.toHaveBeenCalled();
  });

  it('a review on a deal that has no handoff', async () => {
    const empty = Object.fromEntries(Object.keys(bookProperties(submittedDeal)).map((n) => [n, n.startsWith('hc_') ? '' : bookProperties(submittedDeal)[n]]));
    const { client, basicApi } = fakeRecord(empty);
    expect(await saveProperties({ ...request(submittedDeal, accepted()), seen: empty }, client)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(basicApi.update).not.toHaveBeenCalled();
  });

  it('missing parameters altogether', async () => {
    const { client } = fakeRecord({});
    expect(await saveProperties(undefined, client)).toEqual({ ok: false, code: 'invalid_request', params: { parameter: 'objectType' } });
  });
});

describe('saveProperties: what changed since the card read the record', () => {
  it('refuses when someone changed the context meanwhile, and names what changed', async () => {
    const { client, basicApi } = fakeRecord({ ...bookProperties(submittedDeal), hc_handoff_status: 'returned' });
    expect(await saveProperties(request(submittedDeal, accepted()), client)).toEqual({
      ok: false,
      code: 'conflict',
      params: { properties: 'hc_handoff_status' },
    });
    expect(basicApi.update).not.toHaveBeenCalled();
  });

  it('is not a conflict when only another context or HubSpot’s own properties changed', async () => {
    const { client, basicApi } = fakeRecord({ ...bookProperties(submittedDeal), hc_win_probability: '0.1', hs_lastmodifieddate: '2026-11-20T10:00:00Z' });
    expect((await saveProperties(request(submittedDeal, accepted()), client)).ok).toBe(true);
    expect(basicApi.update).toHaveBeenCalled();
  });

  it('reads the same value the same, however the hook and the API format it', async () => {
    const seen = {
      ...bookProperties(hot),
      hc_lead_score_scored_at: String(Date.parse(hotLead.scoredAt)),
      hc_lead_score: '92.0',
      hc_lead_disposition: bookProperties(hot).hc_lead_disposition,
    };
    const { client } = fakeRecord({ ...bookProperties(hot), hc_lead_score_feedback: bookProperties(hot).hc_lead_score_feedback });
    expect((await saveProperties({ ...request(hot, feedbackOf([...hotLead.feedback, helpful])), seen }, client)).ok).toBe(true);
    const empty = { ...bookProperties(caseId('schema-v1')) };
    const { client: other } = fakeRecord(empty);
    const seenNull = Object.fromEntries(Object.entries(empty).map(([n, v]) => [n, v === '' ? null : v]));
    expect((await saveProperties({ objectType: 'contacts', objectId: '7', properties: feedbackOf([helpful]), seen: seenNull }, other)).ok).toBe(true);
  });

  it('detects, from the property history, a write that landed between the check and its own', async () => {
    const { client } = fakeRecord(bookProperties(submittedDeal), { meanwhile: { hc_handoff_status: 'returned', hc_handoff_return_reason: 'other' } });
    expect(await saveProperties(request(submittedDeal, accepted()), client)).toEqual({
      ok: true,
      overwritten: ['hc_handoff_status', 'hc_handoff_return_reason'],
    });
  });

  it('says nothing more when HubSpot gives no history, or reading it fails: the write is done', async () => {
    const quiet = fakeRecord(bookProperties(submittedDeal), { history: false, meanwhile: { hc_handoff_status: 'returned' } });
    expect(await saveProperties(request(submittedDeal, accepted()), quiet.client)).toEqual({ ok: true });
    const failing = fakeRecord(bookProperties(submittedDeal));
    failing.basicApi.getById.mockImplementationOnce(async (id: string, names: string[] = []) => ({
      id,
      properties: Object.fromEntries(names.map((n) => [n, bookProperties(submittedDeal)[n] ?? null])),
    }));
    failing.basicApi.getById.mockRejectedValueOnce(new Error('timeout'));
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await saveProperties(request(submittedDeal, accepted()), failing.client)).toEqual({ ok: true });
  });
});

describe('saveProperties: HubSpot errors become codes the card can say', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it.each([
    [
      'update',
      apiError(403, 'Missing scopes'),
      { ok: false, code: 'not_allowed', params: { status: 403 } },
      'HubSpot 403, VALIDATION_ERROR, correlation id c0ffee-42',
    ],
    ['getById', apiError(401, 'Expired token'), { ok: false, code: 'not_allowed', params: { status: 401 } }, 'HubSpot 401'],
    ['getById', apiError(404, 'Object not found'), { ok: false, code: 'not_found', params: { status: 404 } }, 'HubSpot 404'],
    ['getById', apiError(500, 'Internal error'), { ok: false, code: 'hubspot_error', params: { status: 500 } }, 'HubSpot 500'],
    ['getById', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), { ok: false, code: 'unreachable' }, 'ECONNRESET'],
    // Once the write was sent, only a 4xx says nothing was written.
    ['update', apiError(500, 'Internal error'), { ok: false, code: 'unconfirmed', params: { status: 500 } }, 'save not confirmed (HubSpot 500'],
    ['update', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), { ok: false, code: 'unconfirmed' }, 'save not confirmed (ECONNRESET)'],
  ] as const)('%s answers %p', async (on, error, expected, logged) => {
    const { client } = fakeRecord(bookProperties(submittedDeal), { fail: { on, error } });
    expect(await saveProperties(request(submittedDeal, accepted()), client)).toEqual(expected);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining(logged));
  });

  it("never logs HubSpot's error text, which can quote the customer's words that were sent", async () => {
    const quoted = 'Property "hc_handoff_return_reason" value "Our CFO Ana Duarte is leaving in March" is not valid';
    const { client } = fakeRecord(bookProperties(submittedDeal), { fail: { on: 'update', error: apiError(400, quoted) } });
    expect(await saveProperties(request(submittedDeal, accepted()), client)).toEqual({ ok: false, code: 'hubspot_error', params: { status: 400 } });
    const logged = (console.error as jest.Mock).mock.calls.flat().join('\n');
    expect(logged).toContain('HubSpot 400');
    expect(logged).not.toContain('Ana Duarte');
    expect(logged).not.toContain('hc_handoff_return_reason');
  });
});

it('main builds the client from the private app token and reads context.parameters', async () => {
  const { client, basicApi } = fakeRecord(bookProperties(submittedDeal));
  Client.mockImplementation(() => client);
  process.env.PRIVATE_APP_ACCESS_TOKEN = 'pat-test';
  const result = await main({ parameters: request(submittedDeal, accepted()) });
  expect(Client).toHaveBeenCalledWith({ accessToken: 'pat-test', numberOfApiCallRetries: 2 });
  expect(result.ok).toBe(true);
  expect(basicApi.update).toHaveBeenCalled();
  delete process.env.PRIVATE_APP_ACCESS_TOKEN;
});
