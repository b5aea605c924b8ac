/**
 * setup:hubspot with the real @hubspot/api-client against the Properties API stand-in: creates,
 * leaves what matches, updates what drifted, refuses to change a property's type, reports failures,
 * needs a token.
 */
import { createClient } from '../client';
import { differences, loadDefinitions, main, setupProperties, summarise } from '../setup';
import { startPropertiesStandIn, type PropertiesStandIn } from './properties-stand-in';

const token = 'pat-na1-test';
const definitions = loadDefinitions();
const allProperties = Object.entries(definitions.properties.byObjectType).flatMap(([objectType, list]) => list.map((p) => ({ objectType, p })));
const allGroups = Object.entries(definitions.groups.byObjectType).flatMap(([objectType, list]) => list.map((g) => ({ objectType, g })));
const status = definitions.properties.byObjectType.deals.find((p) => p.name === 'hc_handoff_status')!;

let api: PropertiesStandIn;
beforeEach(async () => {
  api = await startPropertiesStandIn(token);
});
afterEach(() => api.close());

const client = () => createClient(token, api.url);
const holdEverything = () => {
  for (const { objectType, g } of allGroups) api.hold(objectType, 'group', g);
  for (const { objectType, p } of allProperties) api.hold(objectType, 'property', p);
};

describe('setupProperties', () => {
  it('creates every group before any property, each on its own object type, with the generated bodies', async () => {
    const lines = await setupProperties(client(), definitions);
    expect(lines).toHaveLength(allGroups.length + allProperties.length);
    expect(lines.every((l) => l.outcome === 'created')).toBe(true);
    const posts = api.requests.filter((r) => r.method === 'POST').map((r) => r.path);
    const firstProperty = posts.findIndex((path) => !path.endsWith('/groups'));
    expect(posts.slice(0, firstProperty).every((path) => path.endsWith('/groups'))).toBe(true);
    expect(api.requests).toContainEqual({ method: 'POST', path: '/crm/v3/properties/deals', body: status });
    expect(api.held('companies', 'group', 'handoff_context_customer_health')).toBeDefined();
    expect(api.held('contacts', 'property', 'hc_lead_score_payload')).toBeDefined();
  });

  it('is idempotent: a second run finds everything as defined and changes nothing', async () => {
    holdEverything();
    const lines = await setupProperties(client(), definitions);
    expect(lines.every((l) => l.outcome === 'exists')).toBe(true);
    expect(api.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
    expect(summarise(lines)).toBe(`0 created, 0 updated, ${lines.length} already there, 0 failed.`);
  });

  it('updates a property whose options drifted, so that a card never writes a value the portal refuses', async () => {
    holdEverything();
    api.hold('deals', 'property', { ...status, label: 'Status', options: (status.options as Array<{ value: string }>).filter((o) => o.value !== 'returned') });
    const lines = await setupProperties(client(), definitions);
    expect(lines.find((l) => l.name === 'hc_handoff_status')).toMatchObject({ outcome: 'updated', detail: 'label, options' });
    expect(api.held('deals', 'property', 'hc_handoff_status')).toMatchObject({ label: status.label, options: status.options });
    expect(lines.filter((l) => l.outcome === 'updated')).toHaveLength(1);
  });

  it('updates a group whose label changed', async () => {
    holdEverything();
    const [{ objectType, g }] = allGroups;
    api.hold(objectType, 'group', { ...g, label: 'Old name' });
    const lines = await setupProperties(client(), definitions);
    expect(lines.find((l) => l.what === 'group' && l.name === g.name && l.objectType === objectType)).toMatchObject({ outcome: 'updated' });
    expect(api.held(objectType, 'group', g.name)?.label).toBe(g.label);
  });

  it('never changes the type of a property the portal holds: it says what to do instead', async () => {
    holdEverything();
    api.hold('deals', 'property', { ...status, type: 'string', fieldType: 'text' });
    const lines = await setupProperties(client(), definitions);
    expect(lines.find((l) => l.name === 'hc_handoff_status')).toMatchObject({
      outcome: 'failed',
      detail: 'it exists as a string property, and Handoff Context stores enumeration: rename or delete it in Settings → Properties',
    });
    expect(api.held('deals', 'property', 'hc_handoff_status')?.type).toBe('string');
  });

  it('reports a failure with its status and goes on with the rest', async () => {
    api.fail('hc_lead_score', 403, 'This app lacks crm.schemas.contacts.write');
    const lines = await setupProperties(client(), definitions);
    expect(lines.filter((l) => l.outcome === 'failed')).toEqual([
      expect.objectContaining({ name: 'hc_lead_score', detail: '403: This app lacks crm.schemas.contacts.write' }),
    ]);
    expect(lines.filter((l) => l.outcome === 'created')).toHaveLength(lines.length - 1);
  });
});

it('compares options by value, label, order and visibility, and ignores what HubSpot adds', () => {
  const existing = {
    ...status,
    createdAt: '2026-01-01T00:00:00Z',
    hubspotDefined: false,
    options: (status.options as Array<Record<string, unknown>>).map((o) => ({ ...o, description: '' })),
  };
  expect(differences(status, existing)).toEqual([]);
  expect(differences(status, { ...existing, options: [...existing.options].reverse() })).toEqual(['options']);
});

describe('main', () => {
  const sink = () => {
    let text = '';
    return { write: (chunk: string) => ((text += chunk), true), text: () => text };
  };

  it('without a token, says which variable and scopes are needed and calls nothing', async () => {
    const out = sink();
    const err = sink();
    expect(await main({}, out, err, client)).toBe(2);
    expect(err.text()).toContain('HUBSPOT_ACCESS_TOKEN is not set');
    expect(err.text()).toContain('crm.schemas.deals.write');
    expect(api.requests).toEqual([]);
  });

  it('with a token, runs the setup with it and exits 1 when anything failed', async () => {
    holdEverything();
    api.fail('hc_health_score', 400, 'Invalid option');
    api.hold('deals', 'property', { ...status, label: 'Status' });
    const out = sink();
    const err = sink();
    expect(await main({ HUBSPOT_ACCESS_TOKEN: ` ${token} ` }, out, err, (given) => createClient(given, api.url))).toBe(1);
    expect(out.text()).toContain('deals property hc_handoff_payload: exists');
    expect(out.text()).toContain('deals property hc_handoff_status: updated (label)');
    expect(err.text()).toContain('companies property hc_health_score: failed (400: Invalid option)');
    expect(out.text()).toMatch(/1 updated, \d+ already there, 1 failed\.\n$/);
  });
});
