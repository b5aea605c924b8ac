/** seed:hubspot against an in-memory fake portal: what is created, associations, reruns, refusals. */
import { parseHubSpotProperties, prepareHubSpotWrite } from '@handoff-context/core';
import { sampleBook, sampleCase, samplePayloads } from '../../../shared/src/samples';
import type { HubSpotClient } from '../client';
import { contextProperties, payloadProperties, seedPlan } from '../samples';
import { describePlan, main, seed, summarise } from '../seed';

jest.mock('@hubspot/api-client', () => ({ Client: jest.fn() }));
const { Client } = jest.requireMock('@hubspot/api-client') as { Client: jest.Mock };

const apiError = (code: number, message: string) => Object.assign(new Error(`HTTP ${code}`), { code, body: { message } });

type Store = Map<string, Record<string, string>>;

/** A portal: records per object type, searchable by any property, and the associations made. */
function fakePortal(
  initial: Partial<Record<'companies' | 'contacts' | 'deals', Array<Record<string, string>>>> = {},
  failOn?: (type: string, properties: Record<string, string>) => unknown,
) {
  let next = 100;
  const stores: Record<string, Store> = { companies: new Map(), contacts: new Map(), deals: new Map() };
  for (const [type, records] of Object.entries(initial)) for (const record of records ?? []) stores[type].set(String(next++), { ...record });
  const associations: Array<[string, string, string, string]> = [];
  const calls: string[] = [];
  const api = (type: string) => ({
    basicApi: {
      getById: jest.fn(async (id: string, _props?: string[], _hist?: unknown, _assoc?: unknown, _archived?: boolean, idProperty?: string) => {
        calls.push(`${type}.getById ${idProperty ?? 'id'}=${id}`);
        const hit = [...stores[type]].find(([key, p]) => (idProperty ? p[idProperty] === id : key === id));
        if (!hit) throw apiError(404, 'Object not found');
        return { id: hit[0], properties: hit[1] };
      }),
      create: jest.fn(async ({ properties }: { properties: Record<string, string> }) => {
        calls.push(`${type}.create`);
        const failure = failOn?.(type, properties);
        if (failure) throw failure;
        const id = String(next++);
        stores[type].set(id, { ...properties });
        return { id, properties };
      }),
      update: jest.fn(async (id: string, { properties }: { properties: Record<string, string> }) => {
        calls.push(`${type}.update ${id}`);
        const failure = failOn?.(type, properties);
        if (failure) throw failure;
        stores[type].set(id, { ...stores[type].get(id), ...properties });
        return { id, properties };
      }),
    },
    searchApi: {
      doSearch: jest.fn(async (request: { filterGroups: Array<{ filters: Array<{ propertyName: string; value: string }> }> }) => {
        const { propertyName, value } = request.filterGroups[0].filters[0];
        calls.push(`${type}.search ${propertyName}`);
        // Like HubSpot: word matching, case-insensitive, so a longer name matches too.
        const results = [...stores[type]]
          .filter(([, p]) => (p[propertyName] ?? '').toLowerCase().includes(value.toLowerCase()))
          .map(([id, p]) => ({ id, properties: { [propertyName]: p[propertyName] } }));
        return { total: results.length, results };
      }),
    },
  });
  const client = {
    crm: {
      companies: api('companies'),
      contacts: api('contacts'),
      deals: api('deals'),
      associations: {
        v4: {
          basicApi: {
            createDefault: jest.fn(async (fromType: string, fromId: string, toType: string, toId: string) => {
              if (!associations.some((a) => a.join() === [fromType, fromId, toType, toId].join())) associations.push([fromType, fromId, toType, toId]);
              return { status: 'COMPLETE', results: [] };
            }),
          },
        },
      },
    },
  };
  const find = (type: string, key: string, value: string) => [...stores[type]].find(([, p]) => p[key] === value);
  return { client: client as unknown as HubSpotClient, stores, associations, calls, find };
}

const plan = seedPlan();

describe('seedPlan', () => {
  it('holds every company, person and deal of the book, each with its stable key', () => {
    expect(plan.refusals).toEqual([]);
    expect(plan.objects.filter((o) => o.objectType === 'companies').map((o) => o.key.value)).toEqual(sampleBook.companies.map((c) => c.domain));
    expect(plan.objects.filter((o) => o.objectType === 'contacts').map((o) => o.key.value)).toEqual(sampleBook.people.map((p) => p.email));
    expect(plan.objects.filter((o) => o.objectType === 'deals').map((o) => o.key.value)).toEqual(sampleBook.deals.map((d) => d.name));
  });

  it('writes each payload as the core writer does, and every payload reads back as the book tells it', () => {
    for (const p of samplePayloads()) {
      const object = plan.objects.find((o) => o.sampleId === p.recordId)!;
      const read = parseHubSpotProperties(p.kind, object.properties);
      expect(read.status).not.toBe('invalid');
      const written = prepareHubSpotWrite(p.kind, p.payload, { allowIncomplete: true });
      if (written.ok)
        expect(object.properties).toMatchObject({
          ...written.properties,
          ...Object.fromEntries(p.columnOverrides.map((o) => [`hc_${o.column.toLowerCase()}`, String(o.value)])),
        });
    }
  });

  it('clears the hc_ properties a record has no payload for, so a rerun restores the book', () => {
    const prospect = plan.objects.find((o) => o.sampleId === 'tallgrass-outdoor')!;
    for (const name of contextProperties('companies')) expect(prospect.properties[name]).toBe('');
  });

  it('stores the pilot-era lead score as found, and the frozen copy of each submitted handoff', () => {
    const [v1] = sampleCase('schema-v1');
    const object = plan.objects.find((o) => o.sampleId === v1.record.id)!;
    expect(JSON.parse(object.properties.hc_lead_score_payload).schemaVersion).toBe(1);
    expect(parseHubSpotProperties('lead-score', object.properties).status).toBe('valid');
    const submitted = plan.objects.find((o) => o.sampleId === sampleCase('handoff-submitted')[0].record.id)!;
    expect(submitted.properties.hc_handoff_status).toBe('submitted');
    expect(submitted.properties.hc_handoff_submitted_payload).toBe(submitted.properties.hc_handoff_payload);
    const draft = plan.objects.find((o) => o.sampleId === sampleCase('handoff-draft')[0].record.id)!;
    expect(draft.properties.hc_handoff_submitted_payload).toBe('');
  });

  it('keeps the metric contradiction the book plants', () => {
    const [record] = sampleCase('metric-contradiction');
    const object = plan.objects.find((o) => o.sampleId === record.record.id)!;
    const read = parseHubSpotProperties('sales-to-cs', object.properties);
    expect(read.status === 'valid' && read.contradictions.map((c) => c.column)).toEqual(['hc_handoff_arr']);
  });

  it('joins contacts to their company, deals to their company and to their contacts', () => {
    expect(plan.associations).toContainEqual({
      from: { objectType: 'contacts', sampleId: 'kestrel-contact-jweber' },
      to: { objectType: 'companies', sampleId: 'kestrel-logistics' },
    });
    expect(plan.associations).toContainEqual({
      from: { objectType: 'deals', sampleId: 'rimal-deal-abu-dhabi' },
      to: { objectType: 'companies', sampleId: 'rimal-home-healthcare' },
    });
    expect(plan.associations).toContainEqual({
      from: { objectType: 'deals', sampleId: 'rimal-deal-abu-dhabi' },
      to: { objectType: 'contacts', sampleId: 'rimal-contact-lhaddad' },
    });
    const roles = sampleBook.deals.reduce((n, d) => n + d.contactRoles.length, 0);
    expect(plan.associations).toHaveLength(sampleBook.people.length + sampleBook.deals.length + roles);
  });

  it('refuses a payload the core refuses, naming it', () => {
    const book = structuredClone(sampleBook);
    (book.companies[0].payloads['customer-health'] as { score: unknown }).score = 'high';
    const bad = seedPlan(book);
    expect(bad.refusals).toEqual([expect.objectContaining({ sampleId: book.companies[0].id, kind: 'customer-health' })]);
    expect(payloadProperties('customer-health', 'not a payload').ok).toBe(false);
  });
});

describe('seed', () => {
  it('creates every record without empty values, then associates them by the ids HubSpot gave', async () => {
    const portal = fakePortal();
    const lines = await seed(portal.client, plan);
    expect(summarise(lines)).toBe(`${plan.objects.length} created, 0 updated, ${plan.associations.length} associations, 0 ambiguous, 0 failed.`);
    const [companyId, company] = portal.find('companies', 'domain', 'kestrel-logistics.example')!;
    expect(company.hc_health_score).toBe('82');
    expect(Object.values(company)).not.toContain('');
    const [contactId] = portal.find('contacts', 'email', 'jana.weber@kestrel-logistics.example')!;
    const [dealId, deal] = portal.find('deals', 'dealname', 'Rimal Home Healthcare — Abu Dhabi expansion')!;
    expect(deal).toMatchObject({ dealstage: 'closedwon', pipeline: 'default', hc_handoff_status: 'submitted' });
    expect(portal.associations).toContainEqual(['contacts', contactId, 'companies', companyId]);
    expect(portal.associations.some(([from, id, to]) => from === 'deals' && id === dealId && to === 'contacts')).toBe(true);
  });

  it('is idempotent: a second run updates the same records and creates nothing', async () => {
    const portal = fakePortal();
    await seed(portal.client, plan);
    const sizes = Object.values(portal.stores).map((s) => s.size);
    const associations = portal.associations.length;
    const lines = await seed(portal.client, plan);
    expect(lines.filter((l) => l.outcome === 'created')).toEqual([]);
    expect(lines.filter((l) => l.outcome === 'updated')).toHaveLength(plan.objects.length);
    expect(Object.values(portal.stores).map((s) => s.size)).toEqual(sizes);
    expect(portal.associations).toHaveLength(associations);
  });

  it('finds contacts by email without searching, and restores what someone changed since', async () => {
    const portal = fakePortal({
      contacts: [{ email: 'jana.weber@kestrel-logistics.example', firstname: 'J.', hc_lead_score_feedback: '[{"verdict":"helpful"}]' }],
    });
    await seed(portal.client, plan);
    expect(portal.calls).toContain('contacts.getById email=jana.weber@kestrel-logistics.example');
    expect(portal.calls.some((c) => c.startsWith('contacts.search'))).toBe(false);
    const [, jana] = portal.find('contacts', 'email', 'jana.weber@kestrel-logistics.example')!;
    expect(jana.firstname).toBe('Jana');
    expect(jana.hc_lead_score_feedback).toBe('');
    expect(portal.stores.contacts.size).toBe(sampleBook.people.length);
  });

  it('keeps only exact matches of a search, and touches nothing when two records share a key', async () => {
    const name = 'Kestrel Logistics — Insights add-on';
    const portal = fakePortal({ deals: [{ dealname: `${name} (old copy)` }, { dealname: name }, { dealname: name.toUpperCase() }] });
    const lines = await seed(portal.client, plan);
    const line = lines.find((l) => l.what.includes('kestrel-deal-insights') && !l.what.startsWith('association'))!;
    expect(line).toMatchObject({ outcome: 'ambiguous' });
    expect(portal.calls.filter((c) => c.startsWith('deals.update'))).toEqual([]);
    expect(lines.find((l) => l.what.startsWith('association deals kestrel-deal-insights'))).toMatchObject({ outcome: 'failed' });
  });

  it('reports a failed record with HubSpot’s status and goes on with the rest', async () => {
    const portal = fakePortal({}, (type, p) =>
      type === 'companies' && p.domain === 'rimal-health.example' ? apiError(400, 'Property values were not valid') : undefined,
    );
    const lines = await seed(portal.client, plan);
    expect(lines.find((l) => l.what.includes('rimal-home-healthcare') && !l.what.startsWith('association'))).toMatchObject({
      outcome: 'failed',
      detail: '400: Property values were not valid',
    });
    expect(lines.filter((l) => l.outcome === 'created')).toHaveLength(plan.objects.length - 1);
  });
});

describe('main', () => {
  const sink = () => {
    let text = '';
    return { write: (chunk: string) => ((text += chunk), true), text: () => text };
  };
  afterEach(() => Client.mockReset());

  it('--dry-run prints every record and association and needs no token', async () => {
    const out = sink();
    expect(await main(['--dry-run'], {}, out, sink(), plan)).toBe(0);
    expect(out.text()).toContain('Dry run: nothing is sent to HubSpot.');
    expect(out.text()).toContain('deals rimal-deal-abu-dhabi (dealname Rimal Home Healthcare — Abu Dhabi expansion)');
    expect(out.text()).toMatch(/hc_handoff_payload = "\{.*… \([\d,]+ characters\)/);
    expect(out.text()).toContain('associate contacts kestrel-contact-jweber → companies kestrel-logistics');
    expect(out.text()).toContain(`${plan.objects.length} records and ${plan.associations.length} associations.`);
    expect(describePlan(plan)).toContain('(cleared)');
    expect(Client).not.toHaveBeenCalled();
  });

  it('without a token, names the variable, the scopes and the dry run, and calls nothing', async () => {
    const err = sink();
    expect(await main([], { HUBSPOT_ACCESS_TOKEN: '  ' }, sink(), err, plan)).toBe(2);
    expect(err.text()).toContain('HUBSPOT_ACCESS_TOKEN is not set');
    expect(err.text()).toContain('crm.objects.deals.write');
    expect(err.text()).toContain('--dry-run');
    expect(Client).not.toHaveBeenCalled();
  });

  it('refuses an unknown option', async () => {
    const err = sink();
    expect(await main(['--force'], {}, sink(), err, plan)).toBe(2);
    expect(err.text()).toContain('Unknown option --force');
  });

  it('sends nothing when the core refuses a sample payload', async () => {
    const book = structuredClone(sampleBook);
    (book.deals[0].payloads['sales-to-cs'] as { commercialTerms: { arr: unknown } }).commercialTerms.arr = -5;
    const err = sink();
    expect(await main([], { HUBSPOT_ACCESS_TOKEN: 'pat' }, sink(), err, seedPlan(book))).toBe(1);
    expect(err.text()).toContain(`${book.deals[0].id} sales-to-cs`);
    expect(Client).not.toHaveBeenCalled();
  });

  it('with a token, seeds through the client and exits 0', async () => {
    const portal = fakePortal();
    Client.mockImplementation(() => portal.client);
    const out = sink();
    expect(await main([], { HUBSPOT_ACCESS_TOKEN: ' pat-na1-test ' }, out, sink(), plan)).toBe(0);
    expect(Client).toHaveBeenCalledWith(expect.objectContaining({ accessToken: 'pat-na1-test' }));
    expect(out.text()).toMatch(/17 created, 0 updated, 22 associations, 0 ambiguous, 0 failed\.\n$/);
  });
});
