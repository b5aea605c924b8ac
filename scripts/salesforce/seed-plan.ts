/**
 * The sample book as a `sf data import tree` plan: Accounts, then Contacts and Leads, then
 * Opportunities, each with the Handoff Context columns a writer would have stored (the document and
 * mirror columns from the core's writer, the own columns from the payload, the frozen copy of a
 * submitted handoff, and the book's deliberate column overrides).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contexts, fieldsOf, prepareSalesforceWrite, salesforceFieldName, type Kind } from '../../shared/src/index';
import { sampleBook, type SampleBook, type SampleCompany, type SampleDeal, type SamplePerson } from '../../shared/src/samples';

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

function getAt(value: unknown, pathText: string): unknown {
  let current = value;
  for (const key of pathText.split('.')) {
    if (!current || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The Handoff Context columns of one stored payload, as the README of the sample book says a loader writes them. */
export function handoffColumns(kind: Kind, payload: unknown, overrides: SampleBook['deals'][number]['columnOverrides'] = []): Fields {
  const { storage } = contexts[kind];
  const documentField = salesforceFieldName(storage.document);
  const prepared = prepareSalesforceWrite(kind, payload, { allowIncomplete: kind === 'sales-to-cs' });
  // The pilot's v1 lead score is refused by the writers on purpose: it is stored as found.
  const fields: Fields = prepared.ok ? { ...prepared.fields } : { [documentField]: JSON.stringify(payload) };
  for (const field of fieldsOf(kind)) {
    if (!field.column || field.column.role !== 'own' || field.path.includes('[]')) continue;
    const value = getAt(payload, field.path);
    if (value === undefined) continue;
    fields[salesforceFieldName(field.column)] = typeof value === 'object' && value !== null ? JSON.stringify(value) : (value as string | number);
  }
  const status = getAt(payload, 'review.status');
  if (storage.snapshot && (status === 'submitted' || status === 'accepted' || status === 'returned')) fields[salesforceFieldName(storage.snapshot)] = fields[documentField];
  for (const override of overrides ?? []) if (override.kind === kind) fields[salesforceFieldName({ name: override.column })] = override.value;
  return fields;
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

function withPayloads(record: { payloads: Record<string, unknown>; columnOverrides?: SampleDeal['columnOverrides'] }, kinds: Kind[]): Fields {
  return Object.assign({}, ...kinds.filter((kind) => record.payloads[kind] !== undefined).map((kind) => handoffColumns(kind, record.payloads[kind], record.columnOverrides)));
}

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
    ...withPayloads(company, ['customer-health']),
  }));
  const person = (p: SamplePerson) => ({ FirstName: p.firstName, LastName: p.lastName, Email: p.email, Title: p.title });
  const contacts: TreeRecord[] = book.people
    .filter((p) => p.type === 'contact')
    .map((p) => ({ attributes: { type: 'Contact', referenceId: referenceId(p.id) }, ...person(p), AccountId: `@${referenceId(p.companyId)}`, ...withPayloads(p, ['lead-score']) }));
  const leads: TreeRecord[] = book.people
    .filter((p) => p.type === 'lead')
    .map((p) => ({
      attributes: { type: 'Lead', referenceId: referenceId(p.id) },
      ...person(p),
      Company: companies.get(p.companyId)?.name ?? p.companyId,
      Status: leadStatuses[p.leadStatus ?? 'new'],
      ...(p.leadSource && { LeadSource: p.leadSource }),
      ...withPayloads(p, ['lead-score']),
    }));
  const opportunities: TreeRecord[] = book.deals.map((deal) => ({
    attributes: { type: 'Opportunity', referenceId: referenceId(deal.id) },
    Name: deal.name,
    AccountId: `@${referenceId(deal.companyId)}`,
    StageName: stageNames[deal.stage],
    CloseDate: deal.closeDate,
    Amount: deal.amount,
    ...withPayloads(deal, ['deal-risk', 'sales-to-cs']),
  }));
  return {
    plan: [
      { sobject: 'Account', saveRefs: true, resolveRefs: false, files: ['Account.json'] },
      { sobject: 'Contact', saveRefs: false, resolveRefs: true, files: ['Contact.json'] },
      { sobject: 'Lead', saveRefs: false, resolveRefs: false, files: ['Lead.json'] },
      { sobject: 'Opportunity', saveRefs: false, resolveRefs: true, files: ['Opportunity.json'] },
    ],
    files: { 'Account.json': { records: accounts }, 'Contact.json': { records: contacts }, 'Lead.json': { records: leads }, 'Opportunity.json': { records: opportunities } },
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
