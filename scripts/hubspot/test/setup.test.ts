/** setup:hubspot against a fake client: creates, reports existing ones, reports failures, needs a token. */
import { loadDefinitions, main, setupProperties, summarise } from '../setup';
import type { HubSpotClient } from '../client';

jest.mock('@hubspot/api-client', () => ({ Client: jest.fn() }));
const { Client } = jest.requireMock('@hubspot/api-client') as { Client: jest.Mock };

const apiError = (code: number, message: string) => Object.assign(new Error(`HTTP ${code}`), { code, body: { message } });

function fakeClient(existing: string[] = [], failing: Record<string, unknown> = {}) {
  const calls: Array<{ api: string; objectType: string; name: string }> = [];
  const create = (api: string) =>
    jest.fn(async (objectType: string, body: { name: string }) => {
      calls.push({ api, objectType, name: body.name });
      if (failing[body.name]) throw failing[body.name];
      if (existing.includes(body.name)) throw apiError(409, `${body.name} already exists`);
      return body;
    });
  const client = { crm: { properties: { groupsApi: { create: create('groups') }, coreApi: { create: create('properties') } } } };
  return { client: client as unknown as HubSpotClient, calls };
}

const definitions = loadDefinitions();
const allProperties = Object.values(definitions.properties.byObjectType).flat();
const allGroups = Object.values(definitions.groups.byObjectType).flat();

describe('setupProperties', () => {
  it('creates every group before any property, each on its own object type', async () => {
    const { client, calls } = fakeClient();
    const lines = await setupProperties(client, definitions);
    expect(lines).toHaveLength(allGroups.length + allProperties.length);
    expect(lines.every((l) => l.outcome === 'created')).toBe(true);
    const firstProperty = calls.findIndex((c) => c.api === 'properties');
    expect(calls.slice(0, firstProperty).every((c) => c.api === 'groups')).toBe(true);
    expect(calls).toContainEqual({ api: 'properties', objectType: 'deals', name: 'hc_handoff_payload' });
    expect(calls).toContainEqual({ api: 'properties', objectType: 'contacts', name: 'hc_lead_score_payload' });
    expect(calls).toContainEqual({ api: 'groups', objectType: 'companies', name: 'handoff_context_customer_health' });
  });

  it('sends the generated bodies unchanged', async () => {
    const { client } = fakeClient();
    await setupProperties(client, definitions);
    const create = client.crm.properties.coreApi.create as unknown as jest.Mock;
    const status = definitions.properties.byObjectType.deals.find((p) => p.name === 'hc_handoff_status');
    expect(create).toHaveBeenCalledWith('deals', status);
  });

  it('is idempotent: a second run reports everything as already there', async () => {
    const names = [...allGroups, ...allProperties].map((d) => d.name);
    const { client } = fakeClient(names);
    const lines = await setupProperties(client, definitions);
    expect(lines.every((l) => l.outcome === 'exists')).toBe(true);
    expect(summarise(lines)).toBe(`0 created, ${names.length} already there, 0 failed.`);
  });

  it('reports a failure with its status and goes on with the rest', async () => {
    const { client } = fakeClient([], { hc_lead_score: apiError(403, 'This app lacks crm.schemas.contacts.write') });
    const lines = await setupProperties(client, definitions);
    expect(lines.find((l) => l.name === 'hc_lead_score')).toMatchObject({
      outcome: 'failed',
      detail: '403: This app lacks crm.schemas.contacts.write',
    });
    expect(lines.filter((l) => l.outcome === 'created')).toHaveLength(lines.length - 1);
  });
});

describe('main', () => {
  const sink = () => {
    let text = '';
    return { write: (chunk: string) => ((text += chunk), true), text: () => text };
  };

  it('without a token, says which variable and scopes are needed and calls nothing', async () => {
    const out = sink();
    const err = sink();
    expect(await main({}, out, err)).toBe(2);
    expect(err.text()).toContain('HUBSPOT_ACCESS_TOKEN is not set');
    expect(err.text()).toContain('crm.schemas.deals.write');
    expect(Client).not.toHaveBeenCalled();
  });

  it('with a token, runs the setup and exits 1 when anything failed', async () => {
    const { client } = fakeClient(['hc_handoff_payload'], { hc_health_score: apiError(500, 'Internal error') });
    Client.mockImplementation(() => client);
    const out = sink();
    const err = sink();
    expect(await main({ HUBSPOT_ACCESS_TOKEN: ' pat-na1-test ' }, out, err)).toBe(1);
    expect(Client).toHaveBeenCalledWith(expect.objectContaining({ accessToken: 'pat-na1-test' }));
    expect(out.text()).toContain('deals property hc_handoff_payload: exists');
    expect(err.text()).toContain('companies property hc_health_score: failed (500: Internal error)');
    expect(out.text()).toMatch(/already there, 1 failed\.\n$/);
  });
});
