/**
 * The preview's HubSpot records answer the app function as HubSpot's objects API does (issue 13): a
 * PATCH with an app property that does not exist, an option the property lacks or a text over 65,536
 * characters is refused with a 400 and writes nothing; an accepted one is kept in the property history.
 */
import { packageProperties, packagePropertyOptions } from '../preview/src/runtime/package-fields';
import { HubSpotService } from '../preview/src/runtime/hubspot-service';
import { RequestLog } from '../preview/src/runtime/requests';
import type { PreviewSettings } from '../preview/src/runtime/settings';

const settings: PreviewSettings = { locale: 'en-US', noAccess: false, timeZone: 'UTC', latency: 0 };
const service = () =>
  new HubSpotService({
    seeds: [{ objectType: 'deals', id: 7, properties: { dealname: 'Kestrel', hc_handoff_status: 'submitted' } }],
    associations: [],
    packageProperties,
    packagePropertyOptions,
    settings,
    log: new RequestLog(),
  });

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    const { code, body } = error as { code: number; body: { category: string; message: string } };
    return { code, category: body.category, message: body.message };
  }
  return undefined;
};

describe('the preview HubSpot objects API', () => {
  it.each([
    ['an app property that does not exist', { hc_handoff_stauts: 'accepted' }, 'Property "hc_handoff_stauts" does not exist'],
    ['an option the property does not have', { hc_handoff_status: 'approved' }, '"approved" is not an option of property "hc_handoff_status"'],
    [
      'a text longer than a property holds',
      { hc_handoff_return_note: 'x'.repeat(65_537) },
      'Property "hc_handoff_return_note" is longer than 65536 characters',
    ],
  ])('refuses %s with a 400 and writes nothing of the request', (_what, properties, message) => {
    const hubspot = service();
    expect(refusal(() => hubspot.update('deals', 7, { hc_handoff_reviewed_by: 'Priya Raman', ...properties }))).toEqual({
      code: 400,
      category: 'VALIDATION_ERROR',
      message,
    });
    expect(hubspot.object('deals', 7)?.properties.hc_handoff_reviewed_by).toBeUndefined();
    expect(hubspot.history('deals', 7, ['hc_handoff_reviewed_by'])).toEqual({ hc_handoff_reviewed_by: [] });
  });

  it('keeps every accepted change in the property history, newest first', () => {
    const hubspot = service();
    hubspot.update('deals', 7, { hc_handoff_status: 'returned' });
    hubspot.update('deals', 7, { hc_handoff_status: 'submitted', dealname: 'Kestrel renewal' });
    const { hc_handoff_status: versions } = hubspot.history('deals', 7, ['hc_handoff_status']);
    expect(versions.map((v) => [v.value, v.sourceType])).toEqual([
      ['submitted', 'INTEGRATION'],
      ['returned', 'INTEGRATION'],
      ['submitted', 'IMPORT'],
    ]);
    expect(Date.parse(versions[0].timestamp)).toBeGreaterThan(Date.parse(versions[1].timestamp));
    expect(hubspot.object('deals', 7)?.properties.dealname).toBe('Kestrel renewal');
  });

  it('answers 404 for a record it does not hold', () => {
    expect(refusal(() => service().update('deals', 8, { hc_handoff_status: 'accepted' }))).toMatchObject({ code: 404 });
  });
});
