/**
 * The sample book (shared/samples) as HubSpot records: companies, contacts and deals with HubSpot's
 * standard properties, the hc_ properties the core's writers produce for each payload, and the
 * associations. One mapping for `npm run seed:hubspot` and for the card tests' data.
 */
import { columnsOf, contexts, hubspotPropertyName, kinds, toHubSpotProperties, type Kind, type Problem } from '@handoff-context/core';
import {
  recordColumns,
  sampleBook,
  storedColumns,
  type ColumnOverride,
  type SampleBook,
  type SampleCompany,
  type SampleDeal,
  type SamplePerson,
} from '../../shared/src/samples';

export type SampleObjectType = 'companies' | 'contacts' | 'deals';

/** The property a record is found by on a later run: HubSpot keeps these stable and the book's are unique. */
export const seedKeys: Record<SampleObjectType, string> = { companies: 'domain', contacts: 'email', deals: 'dealname' };

export interface SeedObject {
  objectType: SampleObjectType;
  /** The book's stable id. */
  sampleId: string;
  key: { property: string; value: string };
  /** Everything to set; '' clears an hc_ property the book leaves empty, so a rerun restores the book. */
  properties: Record<string, string>;
}

export interface SeedAssociation {
  from: { objectType: SampleObjectType; sampleId: string };
  to: { objectType: SampleObjectType; sampleId: string };
}

export interface SeedPlan {
  objects: SeedObject[];
  associations: SeedAssociation[];
  /** Payloads the core's writers refuse: nothing should be written while there are any. */
  refusals: Array<{ sampleId: string; kind: Kind; problems: Problem[] }>;
}

export type PayloadProperties = { ok: true; properties: Record<string, string>; asFound: boolean } | { ok: false; problems: Problem[] };

/**
 * The hc_ properties of one stored payload, as the core stores a sample payload (storedColumns):
 * the validated document, its report columns, completeness and own columns (feedback, disposition,
 * review); the frozen copy of a submitted handoff; then the book's deliberate column overrides. A
 * payload of an older version (which a writer refuses by design) is stored as found, document only.
 */
export function payloadProperties(kind: Kind, payload: unknown, overrides: ColumnOverride[] = []): PayloadProperties {
  const stored = storedColumns(kind, payload, overrides);
  return stored.ok ? { ok: true, properties: toHubSpotProperties(stored.columns), asFound: stored.asFound } : stored;
}

/** Every hc_ property of the contexts stored on an object type. */
export function contextProperties(objectType: SampleObjectType): string[] {
  return kinds
    .filter((kind) => contexts[kind].storage.hubspot.includes(objectType))
    .flatMap((kind) => columnsOf(kind).map(({ column }) => hubspotPropertyName(column)));
}

// HubSpot's default pipeline and property options; the book's vocabulary is platform-neutral.
const dealStages: Record<SampleDeal['stage'], string> = {
  discovery: 'qualifiedtobuy',
  proposal: 'presentationscheduled',
  negotiation: 'contractsent',
  'closed-won': 'closedwon',
  'closed-lost': 'closedlost',
};
const contactLifecycle: Record<SamplePerson['lifecycle'], string> = {
  lead: 'lead',
  'marketing-qualified': 'marketingqualifiedlead',
  'sales-qualified': 'salesqualifiedlead',
  opportunity: 'opportunity',
  customer: 'customer',
};
const leadStatus: Record<NonNullable<SamplePerson['leadStatus']>, string> = {
  new: 'NEW',
  working: 'IN_PROGRESS',
  nurturing: 'BAD_TIMING',
  unqualified: 'UNQUALIFIED',
};
const companyLifecycle: Record<SampleCompany['lifecycle'], string> = { customer: 'customer', prospect: 'lead' };

/**
 * Standard properties. Left out on purpose: `industry` and `deal_currency_code` are option lists
 * that differ by portal (an unknown option fails the whole record), owners need real users.
 */
function companyProperties(c: SampleCompany): Record<string, string> {
  return {
    name: c.name,
    domain: c.domain,
    city: c.city,
    country: c.country,
    numberofemployees: String(c.employees),
    description: c.description,
    lifecyclestage: companyLifecycle[c.lifecycle],
  };
}

function contactProperties(p: SamplePerson): Record<string, string> {
  return {
    email: p.email,
    firstname: p.firstName,
    lastname: p.lastName,
    jobtitle: p.title,
    lifecyclestage: contactLifecycle[p.lifecycle],
    ...(p.leadStatus && { hs_lead_status: leadStatus[p.leadStatus] }),
  };
}

function dealProperties(d: SampleDeal): Record<string, string> {
  return {
    dealname: d.name,
    pipeline: 'default',
    dealstage: dealStages[d.stage],
    amount: String(d.amount),
    closedate: `${d.closeDate}T00:00:00.000Z`,
  };
}

/** Everything the seeder writes, computed offline from the book. */
export function seedPlan(book: SampleBook = sampleBook): SeedPlan {
  const plan: SeedPlan = { objects: [], associations: [], refusals: [] };
  const add = (objectType: SampleObjectType, record: SampleCompany | SamplePerson | SampleDeal, standard: Record<string, string>) => {
    // Clear every hc_ property first, then lay the book's payloads over it.
    const properties: Record<string, string> = Object.fromEntries(contextProperties(objectType).map((name) => [name, '']));
    const { columns, refusals } = recordColumns(record);
    Object.assign(properties, toHubSpotProperties(columns));
    for (const { kind, problems } of refusals) plan.refusals.push({ sampleId: record.id, kind, problems });
    const key = seedKeys[objectType];
    plan.objects.push({ objectType, sampleId: record.id, key: { property: key, value: standard[key] }, properties: { ...standard, ...properties } });
  };
  const companies = new Set(book.companies.map((c) => c.id));
  const people = new Set(book.people.map((p) => p.id));
  for (const c of book.companies) add('companies', c, companyProperties(c));
  for (const p of book.people) {
    add('contacts', p, contactProperties(p));
    if (companies.has(p.companyId))
      plan.associations.push({ from: { objectType: 'contacts', sampleId: p.id }, to: { objectType: 'companies', sampleId: p.companyId } });
  }
  for (const d of book.deals) {
    add('deals', d, dealProperties(d));
    if (companies.has(d.companyId))
      plan.associations.push({ from: { objectType: 'deals', sampleId: d.id }, to: { objectType: 'companies', sampleId: d.companyId } });
    for (const role of d.contactRoles)
      if (people.has(role.personId))
        plan.associations.push({ from: { objectType: 'deals', sampleId: d.id }, to: { objectType: 'contacts', sampleId: role.personId } });
  }
  return plan;
}
