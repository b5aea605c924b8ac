/**
 * The sample book as platform records: each payload stored as the core stores a sample record
 * (recordColumns, which both seeders use too), plus the standard fields each platform's record has.
 * Column names come from the registry.
 */
import { hubspotPropertyName, salesforceFieldName, type ColumnValues } from '@handoff-context/core';
import { recordColumns, sampleBook, sampleRecords, type SampleBook, type SampleCompany, type SampleDeal, type SamplePerson } from '../../../shared/src/samples';
import type { Dataset, PageSpec } from './dataset';
import type { HubSpotAssociation, HubSpotSeed } from './hubspot-service';
import { hubspotId, salesforceId } from './ids';
import type { SalesforceSeed } from './salesforce-service';

type Columns = ColumnValues;

function salesforceFields(columns: Columns): Record<string, unknown> {
  return Object.fromEntries(Object.entries(columns).map(([name, value]) => [salesforceFieldName({ name }), value]));
}

function hubspotProperties(columns: Columns): Record<string, string | null> {
  return Object.fromEntries(Object.entries(columns).map(([name, value]) => [hubspotPropertyName({ name }), value === null ? null : String(value)]));
}

/** The record's payloads stored as the core stores a sample record, as both seeders do; the book is tested to hold no refused payload. */
function payloadColumns(record: SampleCompany | SamplePerson | SampleDeal): Columns {
  const { columns, refusals } = recordColumns(record);
  if (refusals.length > 0) throw new Error(`The core refuses the sample payloads of ${record.id}: ${refusals.map((r) => r.kind).join(', ')}`);
  return columns;
}

const salesforceStages: Record<SampleDeal['stage'], string> = {
  discovery: 'Qualification',
  proposal: 'Proposal/Price Quote',
  negotiation: 'Negotiation/Review',
  'closed-won': 'Closed Won',
  'closed-lost': 'Closed Lost',
};
const hubspotStages: Record<SampleDeal['stage'], string> = {
  discovery: 'qualifiedtobuy',
  proposal: 'presentationscheduled',
  negotiation: 'contractsent',
  'closed-won': 'closedwon',
  'closed-lost': 'closedlost',
};

function personName(p: SamplePerson): string {
  return `${p.firstName} ${p.lastName}`;
}

export function bookDataset(book: SampleBook = sampleBook): Dataset {
  const salesforce: SalesforceSeed[] = [];
  const objects: HubSpotSeed[] = [];
  const associations: HubSpotAssociation[] = [];
  const pages: PageSpec[] = [];
  const sfIds = new Map<string, string>();
  const hsIds = new Map<string, number>();
  const companies = new Map(book.companies.map((c) => [c.id, c]));

  book.companies.forEach((company, i) => {
    sfIds.set(company.id, salesforceId('Account', i + 1));
    hsIds.set(company.id, hubspotId('companies', i + 1));
  });

  for (const { type, record } of sampleRecords(book)) {
    const columns = payloadColumns(record);
    const page: PageSpec = { slug: record.id, type, name: '', summary: record.story, salesforce: [], hubspot: [] };
    if (type === 'company') {
      const c = record as SampleCompany;
      page.name = c.name;
      salesforce.push({ id: sfIds.get(c.id)!, apiName: 'Account', fields: { Name: c.name, Industry: c.industry, ...salesforceFields(columns) } });
      objects.push({
        objectType: 'companies',
        id: hsIds.get(c.id)!,
        properties: { name: c.name, domain: c.domain, industry: c.industry, city: c.city, country: c.country, ...hubspotProperties(columns) },
      });
      page.salesforce.push({ apiName: 'Account', id: sfIds.get(c.id)! });
      page.hubspot.push({ objectType: 'companies', id: hsIds.get(c.id)! });
    } else if (type === 'person') {
      const p = record as SamplePerson;
      const n = book.people.indexOf(p) + 1;
      const apiName = p.type === 'lead' ? 'Lead' : 'Contact';
      const id = salesforceId(apiName, n);
      const company = companies.get(p.companyId);
      const standard: Record<string, unknown> = { Name: personName(p), FirstName: p.firstName, LastName: p.lastName, Title: p.title, Email: p.email };
      if (apiName === 'Lead') Object.assign(standard, { Company: company?.name ?? '', Status: p.leadStatus ?? null });
      else Object.assign(standard, { AccountId: sfIds.get(p.companyId) ?? null });
      salesforce.push({ id, apiName, fields: { ...standard, ...salesforceFields(columns) } });
      const hsId = hubspotId('contacts', n);
      objects.push({
        objectType: 'contacts',
        id: hsId,
        properties: {
          firstname: p.firstName,
          lastname: p.lastName,
          email: p.email,
          jobtitle: p.title,
          lifecyclestage: p.lifecycle.replace(/-/g, ''),
          ...hubspotProperties(columns),
        },
      });
      if (hsIds.has(p.companyId))
        associations.push({ from: { objectType: 'contacts', id: hsId }, to: { objectType: 'companies', id: hsIds.get(p.companyId)! } });
      hsIds.set(p.id, hsId);
      page.name = personName(p);
      page.salesforce.push({ apiName, id });
      page.hubspot.push({ objectType: 'contacts', id: hsId });
    } else {
      const d = record as SampleDeal;
      const n = book.deals.indexOf(d) + 1;
      const id = salesforceId('Opportunity', n);
      const closed = d.stage.startsWith('closed');
      salesforce.push({
        id,
        apiName: 'Opportunity',
        fields: {
          Name: d.name,
          StageName: salesforceStages[d.stage],
          CloseDate: d.closeDate,
          Amount: d.amount,
          IsClosed: closed,
          IsWon: d.stage === 'closed-won',
          AccountId: sfIds.get(d.companyId) ?? null,
          ...salesforceFields(columns),
        },
      });
      const hsId = hubspotId('deals', n);
      objects.push({
        objectType: 'deals',
        id: hsId,
        properties: {
          dealname: d.name,
          dealstage: hubspotStages[d.stage],
          amount: String(d.amount),
          deal_currency_code: d.currency,
          closedate: String(Date.parse(`${d.closeDate}T00:00:00Z`)),
          pipeline: 'default',
          ...hubspotProperties(columns),
        },
      });
      if (hsIds.has(d.companyId)) associations.push({ from: { objectType: 'deals', id: hsId }, to: { objectType: 'companies', id: hsIds.get(d.companyId)! } });
      for (const role of d.contactRoles) {
        const contact = book.people.findIndex((p) => p.id === role.personId);
        if (contact >= 0)
          associations.push({ from: { objectType: 'deals', id: hsId }, to: { objectType: 'contacts', id: hubspotId('contacts', contact + 1) } });
      }
      page.name = d.name;
      page.salesforce.push({ apiName: 'Opportunity', id });
      page.hubspot.push({ objectType: 'deals', id: hsId });
    }
    pages.push(page);
  }
  return { salesforce, hubspot: { objects, associations }, pages, asOf: book.asOf };
}

export function sampleDataset(): Dataset {
  return bookDataset();
}
