/**
 * Preview stand-in for `@hubspot/api-client`, for the app's function bundle running in the page:
 * `crm.<objectType>.basicApi` reads and writes the preview's HubSpot records with the objects API's
 * answers (its 4xx refusals, its property history with `Date` timestamps, as the client gives them).
 */
import { normalise } from '../runtime/hubspot-service';
import { preview } from './host-context';

function basicApi(objectType: string) {
  const type = normalise(objectType);
  return {
    async getById(id: string, properties: string[] = [], propertiesWithHistory: string[] = []) {
      const object = preview().hubspot.object(type, Number(id));
      if (!object) throw Object.assign(new Error(`No ${type} record ${id}.`), { code: 404, body: { category: 'OBJECT_NOT_FOUND' } });
      const history = preview().hubspot.history(type, Number(id), propertiesWithHistory);
      return {
        id: String(id),
        properties: Object.fromEntries(properties.map((n) => [n, object.properties[n] ?? null])),
        ...(propertiesWithHistory.length > 0 && {
          propertiesWithHistory: Object.fromEntries(
            Object.entries(history).map(([name, versions]) => [name, versions.map((v) => ({ ...v, timestamp: new Date(v.timestamp) }))]),
          ),
        }),
      };
    },
    async update(id: string, input: { properties: Record<string, unknown> }) {
      const properties = preview().hubspot.update(type, Number(id), input.properties ?? {});
      return { id: String(id), properties };
    },
  };
}

export class Client {
  readonly crm = { contacts: { basicApi: basicApi('contacts') }, deals: { basicApi: basicApi('deals') }, companies: { basicApi: basicApi('companies') } };
  constructor(_options?: { accessToken?: string }) {}
}

export default { Client };
