/**
 * The "check a payload" page: one record per platform object that shows the pasted kind, holding
 * the text exactly as pasted in the kind's document column, so every card parses it the way it
 * would parse what an integrator's job wrote.
 */
import { contexts, hubspotPropertyName, salesforceFieldName, type Kind } from '@handoff-context/core';
import type { Dataset } from './dataset';
import type { HubSpotSeed } from './hubspot-service';
import { hubspotId, salesforceId } from './ids';
import type { SalesforceSeed } from './salesforce-service';

export function payloadDataset(kind: Kind, text: string): Dataset {
  const { storage, record: recordType } = contexts[kind];
  const columns = [storage.document, ...(storage.snapshot ? [storage.snapshot] : [])];
  const sfFields = Object.fromEntries(columns.map((c) => [salesforceFieldName(c), text]));
  const hsProperties = Object.fromEntries(columns.map((c) => [hubspotPropertyName(c), text]));
  const name = 'Your payload';

  const account = salesforceId('Account', 9000);
  const salesforce: SalesforceSeed[] = [];
  // A context read through an associated record (the handoff, on the Account through its closed-won
  // opportunity) needs that record too, without the payload.
  const readThroughAccount = !!storage.readThrough?.salesforce.includes('Account');
  const onAccount = storage.salesforce.includes('Account');
  if (onAccount || readThroughAccount) salesforce.push({ id: account, apiName: 'Account', fields: { Name: name, ...(onAccount ? sfFields : {}) } });
  for (const apiName of storage.salesforce) {
    if (apiName === 'Account') continue;
    const fields: Record<string, unknown> = { Name: name, ...sfFields };
    if (apiName === 'Opportunity')
      Object.assign(fields, { StageName: 'Closed Won', IsClosed: true, IsWon: true, CloseDate: new Date().toISOString().slice(0, 10), AccountId: account });
    if (apiName === 'Lead' || apiName === 'Contact') Object.assign(fields, { FirstName: 'Your', LastName: 'Payload' });
    salesforce.push({ id: salesforceId(apiName, 9000), apiName, fields });
  }

  const objects: HubSpotSeed[] = [];
  const company = hubspotId('companies', 9000);
  const onCompany = storage.hubspot.includes('companies');
  const needsCompany = onCompany || !!storage.readThrough?.hubspot.includes('companies');
  if (needsCompany) objects.push({ objectType: 'companies', id: company, properties: { name, ...(onCompany ? hsProperties : {}) } });
  for (const objectType of storage.hubspot) {
    if (objectType === 'companies') continue;
    const properties: Record<string, string | null> = { ...hsProperties };
    if (objectType === 'deals') Object.assign(properties, { dealname: name, dealstage: 'closedwon', closedate: String(Date.now()) });
    else Object.assign(properties, { firstname: 'Your', lastname: 'Payload' });
    objects.push({ objectType, id: hubspotId(objectType, 9000), properties });
  }
  const associations = objects
    .filter((o) => o.objectType === 'deals' && needsCompany)
    .map((deal) => ({ from: { objectType: 'deals' as const, id: deal.id }, to: { objectType: 'companies' as const, id: company } }));

  // One record page at a time, as on the platforms: each Salesforce object with its HubSpot counterpart.
  const counterpart: Record<string, string> = { Lead: 'contacts', Contact: 'contacts', Opportunity: 'deals', Account: 'companies' };
  const title = text.trim() ? `Your ${kind} payload` : `Your ${kind} payload (empty)`;
  return {
    salesforce,
    hubspot: { objects, associations },
    pages: salesforce.map((record) => ({
      slug: record.apiName.toLowerCase(),
      type: recordType,
      name: title,
      summary: `On the ${record.apiName} record page`,
      salesforce: [{ apiName: record.apiName, id: record.id }],
      hubspot: objects.filter((o) => o.objectType === counterpart[record.apiName]).map((o) => ({ objectType: o.objectType, id: o.id })),
    })),
  };
}
