/** Record ids that look like each platform's, stable for a given sample record. */
import type { SalesforceObject } from './salesforce-service';

const prefixes: Record<SalesforceObject, string> = { Lead: '00Q', Contact: '003', Opportunity: '006', Account: '001', User: '005' };

/** An 18-character Salesforce id, e.g. `00Q5g00000000001AA` for the first lead. */
export function salesforceId(apiName: SalesforceObject, n: number): string {
  return `${prefixes[apiName]}5g${String(n).padStart(10, '0')}AAA`;
}

/** A HubSpot record id: a number, distinct per object type. */
export function hubspotId(objectType: 'contacts' | 'companies' | 'deals', n: number): number {
  return { contacts: 51000, companies: 21000, deals: 91000 }[objectType] + n;
}
