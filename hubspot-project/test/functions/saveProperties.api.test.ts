/**
 * The app function's `main` with the real @hubspot/api-client against the CRM stand-in on 127.0.0.1:
 * what the client does on HubSpot's failures (retries), what a failure after the write was sent
 * means, and the property history exactly as the client hands it over (timestamps as `Date`s).
 */
import { acceptHandoff, toHubSpotProperties } from '@handoff-context/core';
import { main } from '../../src/app/functions/saveProperties';
import { bookProperties, caseId } from '../book';
import { startCrmStandIn, type CrmStandIn } from './crm-stand-in';

const token = 'pat-stand-in';
const deal = caseId('handoff-submitted');
let crm: CrmStandIn;

const accepted = () => {
  const result = acceptHandoff({ by: 'Priya Raman', now: '2026-11-20T09:00:00Z', currentStatus: 'submitted' });
  if (!result.ok) throw new Error('accept does not prepare');
  return toHubSpotProperties(result.columns);
};
const save = (properties: Record<string, string>) => main({ parameters: { objectType: 'deals', objectId: '42', properties, seen: bookProperties(deal) } });
const patches = () => crm.requests.filter((r) => r.method === 'PATCH').length;

beforeEach(async () => {
  crm = await startCrmStandIn(token);
  crm.put('deals', '42', bookProperties(deal) as Record<string, string>);
  process.env.PRIVATE_APP_ACCESS_TOKEN = token;
  process.env.HANDOFF_HUBSPOT_API_BASE = crm.url;
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(async () => {
  delete process.env.PRIVATE_APP_ACCESS_TOKEN;
  delete process.env.HANDOFF_HUBSPOT_API_BASE;
  jest.restoreAllMocks();
  await crm.close();
});

describe('saveProperties against the CRM API', () => {
  it('tries a write HubSpot answered with a 5xx once more, and saves', async () => {
    crm.fail('update', { status: 503 });
    expect(await save(accepted())).toEqual({ ok: true });
    expect(patches()).toBe(2);
    expect(crm.get('deals', '42')?.hc_handoff_status).toBe('accepted');
  });

  it('does not say "nothing was written" when the write landed but HubSpot kept failing: the save is unconfirmed', async () => {
    crm.fail('update', { status: 502, afterWrite: true }, { status: 502, afterWrite: true });
    expect(await save(accepted())).toEqual({ ok: false, code: 'unconfirmed', params: { status: 502 } });
    expect(crm.get('deals', '42')?.hc_handoff_status).toBe('accepted');
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('save not confirmed (HubSpot 502'));
  });

  it('says nothing was written when HubSpot refuses the write (4xx), and does not retry it', async () => {
    crm.fail('update', { status: 400, body: { category: 'VALIDATION_ERROR' } });
    expect(await save(accepted())).toEqual({ ok: false, code: 'hubspot_error', params: { status: 400 } });
    expect(patches()).toBe(1);
    expect(crm.get('deals', '42')?.hc_handoff_status).toBe('submitted');
  });

  it('finds a write that landed between its check and its own, from the history as the client hands it over', async () => {
    // The stand-in stamps each write 1 ms after the one before: the same second as ours.
    crm.meanwhile({ hc_handoff_status: 'returned' });
    expect(await save(accepted())).toEqual({ ok: true, overwritten: ['hc_handoff_status'] });
  });
});
