/**
 * The sample book as a `sf data import tree` plan: Accounts, then Contacts and Leads, then
 * Opportunities, each with the Handoff Context columns the core stores for a sample record
 * (recordColumns: document, mirror and own columns, the frozen copy of a submitted handoff, and the
 * book's deliberate column overrides).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toSalesforceFields } from '../../shared/src/index';
import {
  recordColumns,
  sampleBook,
  type RecordWithPayloads,
  type SampleBook,
  type SampleCompany,
  type SampleDeal,
  type SamplePerson,
} from '../../shared/src/samples';

type Fields = Record<string, string | number | boolean | null>;
export interface TreeRecord {
  attributes: { type: string; referenceId: string };
  [field: string]: unknown;
}
export interface PlanEntry {
  sobject: string;
  saveRefs: boolean;
  resolveRefs: boolean;
  files: string[];
}

/** Tree reference ids are letters and digits: `kestrel-logistics` → `kestrelLogistics`. */
export function referenceId(id: string): string {
  return id.replace(/[^A-Za-z0-9]+([A-Za-z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '');
}

/**
 * The Handoff Context columns of a record's payloads, as the core stores a sample record
 * (recordColumns): the same columns the preview and the HubSpot seeder store.
 */
function withPayloads(record: RecordWithPayloads, id: string): Fields {
  const { columns, refusals } = recordColumns(record);
  if (refusals.length > 0)
    throw new Error(
      `The core refuses the sample payloads of ${id}: ${refusals.map((r) => `${r.kind}: ${r.problems.map((p) => `${p.path || '(payload)'} ${p.message}`).join(' ')}`).join('; ')}`,
    );
  return toSalesforceFields(columns);
}

const stageNames: Record<SampleDeal['stage'], string> = {
  discovery: 'Qualification',
  proposal: 'Proposal/Price Quote',
  negotiation: 'Negotiation/Review',
  'closed-won': 'Closed Won',
  'closed-lost': 'Closed Lost',
};
const leadStatuses: Record<NonNullable<SamplePerson['leadStatus']>, string> = {
  new: 'Open - Not Contacted',
  working: 'Working - Contacted',
  nurturing: 'Working - Contacted',
  unqualified: 'Closed - Not Converted',
};

export interface SeedPlan {
  plan: PlanEntry[];
  files: Record<string, { records: TreeRecord[] }>;
}

export function seedPlan(book: SampleBook = sampleBook): SeedPlan {
  const companies = new Map<string, SampleCompany>(book.companies.map((c) => [c.id, c]));
  const accounts: TreeRecord[] = book.companies.map((company) => ({
    attributes: { type: 'Account', referenceId: referenceId(company.id) },
    Name: company.name,
    Website: `https://${company.domain}`,
    Industry: company.industry,
    NumberOfEmployees: company.employees,
    BillingCity: company.city,
    Description: company.description,
    ...withPayloads(company, company.id),
  }));
  const person = (p: SamplePerson) => ({ FirstName: p.firstName, LastName: p.lastName, Email: p.email, Title: p.title });
  const contacts: TreeRecord[] = book.people
    .filter((p) => p.type === 'contact')
    .map((p) => ({
      attributes: { type: 'Contact', referenceId: referenceId(p.id) },
      ...person(p),
      AccountId: `@${referenceId(p.companyId)}`,
      ...withPayloads(p, p.id),
    }));
  const leads: TreeRecord[] = book.people
    .filter((p) => p.type === 'lead')
    .map((p) => ({
      attributes: { type: 'Lead', referenceId: referenceId(p.id) },
      ...person(p),
      Company: companies.get(p.companyId)?.name ?? p.companyId,
      Status: leadStatuses[p.leadStatus ?? 'new'],
      ...(p.leadSource && { LeadSource: p.leadSource }),
      ...withPayloads(p, p.id),
    }));
  const opportunities: TreeRecord[] = book.deals.map((deal) => ({
    attributes: { type: 'Opportunity', referenceId: referenceId(deal.id) },
    Name: deal.name,
    AccountId: `@${referenceId(deal.companyId)}`,
    StageName: stageNames[deal.stage],
    CloseDate: deal.closeDate,
    Amount: deal.amount,
    ...withPayloads(deal, deal.id),
  }));
  return {
    plan: [
      { sobject: 'Account', saveRefs: true, resolveRefs: false, files: ['Account.json'] },
      { sobject: 'Contact', saveRefs: false, resolveRefs: true, files: ['Contact.json'] },
      { sobject: 'Lead', saveRefs: false, resolveRefs: false, files: ['Lead.json'] },
      { sobject: 'Opportunity', saveRefs: false, resolveRefs: true, files: ['Opportunity.json'] },
    ],
    files: {
      'Account.json': { records: accounts },
      'Contact.json': { records: contacts },
      'Lead.json': { records: leads },
      'Opportunity.json': { records: opportunities },
    },
  };
}

/** Writes the plan and its data files; returns the plan's path. */
export function writeSeedPlan(dir: string, plan: SeedPlan = seedPlan()): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(plan.files)) writeFileSync(path.join(dir, name), `${JSON.stringify(content, null, 2)}\n`);
  const planFile = path.join(dir, 'handoff-context-plan.json');
  writeFileSync(planFile, `${JSON.stringify(plan.plan, null, 2)}\n`);
  return planFile;
}
