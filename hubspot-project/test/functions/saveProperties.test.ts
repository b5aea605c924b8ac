/** The app function: allow-list, concurrency refusal and the write, with a fake API client. */
import { saveProperties, main } from '../../src/app/functions/saveProperties';

jest.mock('@hubspot/api-client', () => ({ Client: jest.fn() }));
const { Client } = jest.requireMock('@hubspot/api-client') as { Client: jest.Mock };

const seen = '2026-11-20T09:00:00.000Z';

function fakeClient(current: string | null = seen, fail?: unknown) {
  const basicApi = {
    getById: jest.fn(async () => ({ id: '42', properties: { hs_lastmodifieddate: current, lastmodifieddate: current } })),
    update: jest.fn(async (_id: string, input: { properties: Record<string, string> }) => {
      if (fail) throw fail;
      return { id: '42', properties: { ...input.properties, hs_lastmodifieddate: '2026-11-23T10:00:00.000Z' } };
    }),
  };
  return { client: { crm: { deals: { basicApi }, contacts: { basicApi }, companies: { basicApi } } }, basicApi };
}

const request = (overrides: Record<string, unknown> = {}) => ({
  objectType: 'deals',
  objectId: '42',
  seenModifiedAt: seen,
  properties: { hc_handoff_status: 'accepted', hc_handoff_reviewed_by: 'Camille Martin' },
  ...overrides,
});

describe('saveProperties', () => {
  it('writes the properties when the record is unchanged since the card read it', async () => {
    const { client, basicApi } = fakeClient();
    const result = await saveProperties(request(), client);
    expect(result).toEqual({ ok: true, modifiedAt: '2026-11-23T10:00:00.000Z' });
    expect(basicApi.getById).toHaveBeenCalledWith('42', ['hs_lastmodifieddate']);
    expect(basicApi.update).toHaveBeenCalledWith('42', { properties: request().properties });
  });

  it('compares instants, so epoch milliseconds and ISO text of the same moment agree', async () => {
    const { client, basicApi } = fakeClient(String(Date.parse(seen)));
    expect((await saveProperties(request(), client)).ok).toBe(true);
    expect(basicApi.update).toHaveBeenCalled();
  });

  it('refuses to write when someone changed the record meanwhile', async () => {
    const { client, basicApi } = fakeClient('2026-11-21T15:30:00.000Z');
    const result = await saveProperties(request(), client);
    expect(result).toMatchObject({ ok: false, code: 'conflict' });
    expect(basicApi.update).not.toHaveBeenCalled();
  });

  it('uses lastmodifieddate on contacts', async () => {
    const { client, basicApi } = fakeClient();
    await saveProperties(request({ objectType: 'contacts', properties: { hc_lead_score_feedback: '[]' } }), client);
    expect(basicApi.getById).toHaveBeenCalledWith('42', ['lastmodifieddate']);
  });

  it.each([
    ['a property outside Handoff Context', { properties: { amount: '1' } }, 'forbidden'],
    ['a property of a context stored elsewhere', { properties: { hc_lead_score: '90' } }, 'forbidden'],
    ['an unknown object type', { objectType: 'tickets' }, 'invalid'],
    ['a missing record id', { objectId: undefined }, 'invalid'],
    ['a record id that is not a number', { objectId: '42; drop' }, 'invalid'],
    ['no last-modified date', { seenModifiedAt: undefined }, 'invalid'],
    ['no properties', { properties: {} }, 'invalid'],
    ['a non-text value', { properties: { hc_handoff_completeness: 80 } }, 'invalid'],
    ['a text over HubSpot’s limit', { properties: { hc_handoff_payload: 'x'.repeat(65_537) } }, 'invalid'],
  ])('refuses %s without calling HubSpot', async (_label, overrides, code) => {
    const { client, basicApi } = fakeClient();
    const result = await saveProperties(request(overrides), client);
    expect(result).toMatchObject({ ok: false, code });
    expect(basicApi.getById).not.toHaveBeenCalled();
    expect(basicApi.update).not.toHaveBeenCalled();
  });

  it('refuses missing parameters altogether', async () => {
    const { client } = fakeClient();
    expect(await saveProperties(undefined, client)).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('reports a HubSpot error as a failure, with its status', async () => {
    const { client } = fakeClient(seen, Object.assign(new Error('boom'), { code: 403, body: { message: 'Missing scopes' } }));
    const result = await saveProperties(request(), client);
    expect(result).toEqual({ ok: false, code: 'failed', message: 'HubSpot answered 403: Missing scopes' });
  });

  it('main builds the client from the private app token and reads context.parameters', async () => {
    const { client, basicApi } = fakeClient();
    Client.mockImplementation(() => client);
    process.env.PRIVATE_APP_ACCESS_TOKEN = 'pat-test';
    const result = await main({ parameters: request() });
    expect(Client).toHaveBeenCalledWith({ accessToken: 'pat-test' });
    expect(result.ok).toBe(true);
    expect(basicApi.update).toHaveBeenCalled();
    delete process.env.PRIVATE_APP_ACCESS_TOKEN;
  });
});
