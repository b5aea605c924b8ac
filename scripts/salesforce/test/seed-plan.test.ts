/** The tree files the seeder imports: the whole sample book, stored the way the cards read it back. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parsePayload, parseSalesforceRecord } from '../../../shared/src/index';
import { sampleBook, samplePayloads, sampleRecord, type SamplePayload, type SamplePerson } from '../../../shared/src/samples';
import { referenceId, seedPlan, type TreeRecord } from '../seed-plan';

const root = path.resolve(__dirname, '..', '..', '..');
const plan = seedPlan();
const records = (file: string): TreeRecord[] => plan.files[file].records;
const byRef = (file: string, id: string) => records(file).find((r) => r.attributes.referenceId === referenceId(id))!;

/** Instants compare as instants: a datetime column gives `…:00.000Z` for the document's `…:00Z`. */
function sameInstants(value: unknown): unknown {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(value)) return new Date(value).toISOString();
  if (Array.isArray(value)) return value.map(sameInstants);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sameInstants(v)]));
  return value;
}

/** A tree record as a UI API record, the shape getRecord gives a card. */
function asUiRecord(record: TreeRecord) {
  const fields: Record<string, { value: unknown }> = {};
  for (const [name, value] of Object.entries(record)) if (name !== 'attributes') fields[name] = { value };
  return { fields };
}

it('holds every company, person and deal of the book, with references that resolve', () => {
  expect(records('Account.json')).toHaveLength(sampleBook.companies.length);
  expect(records('Contact.json').length + records('Lead.json').length).toBe(sampleBook.people.length);
  expect(records('Opportunity.json')).toHaveLength(sampleBook.deals.length);
  const accounts = new Set(records('Account.json').map((r) => `@${r.attributes.referenceId}`));
  for (const r of [...records('Contact.json'), ...records('Opportunity.json')]) expect(accounts).toContain(r.AccountId);
  for (const r of Object.values(plan.files).flatMap((f) => f.records)) expect(r.attributes.referenceId).toMatch(/^[A-Za-z0-9]+$/);
});

it('writes only Handoff Context fields that exist in force-app on that object', () => {
  for (const [file, { records: list }] of Object.entries(plan.files)) {
    const object = file.replace('.json', '');
    for (const name of new Set(list.flatMap((r) => Object.keys(r).filter((k) => k.startsWith('HC_')))))
      expect(`${object}.${name}: ${existsSync(path.join(root, 'force-app/main/default/objects', object, 'fields', `${name}.field-meta.xml`))}`).toBe(
        `${object}.${name}: true`,
      );
  }
});

it('reads back every payload of the book from its record', () => {
  // Every payload of the book, on the object its record type is seeded as.
  const fileOf = ({ recordId, recordType }: SamplePayload) =>
    recordType === 'company'
      ? 'Account.json'
      : recordType === 'deal'
        ? 'Opportunity.json'
        : (sampleRecord(recordId)!.record as SamplePerson).type === 'lead'
          ? 'Lead.json'
          : 'Contact.json';
  const stored = samplePayloads().map((p) => [fileOf(p), byRef(fileOf(p), p.recordId), p.kind, p.payload] as const);
  expect(stored.length).toBeGreaterThan(10);
  for (const [, record, kind, payload] of stored) {
    const read = parseSalesforceRecord(kind, asUiRecord(record));
    const expected = parsePayload(kind, payload);
    expect(read.status).toBe(expected.status);
    if ((read.status === 'valid' || read.status === 'partial') && (expected.status === 'valid' || expected.status === 'partial'))
      expect(sameInstants(read.value)).toEqual(sameInstants(expected.value));
  }
});

it("keeps the frozen copy of a submitted handoff and the book's metric contradiction", () => {
  const rimal = byRef('Opportunity.json', 'rimal-deal-abu-dhabi');
  expect(rimal.HC_Handoff_Submitted_Payload__c).toBe(rimal.HC_Handoff_Payload__c);
  expect(rimal.HC_Handoff_Status__c).toBe('submitted');
  expect(rimal.HC_Handoff_ARR__c).toBe(410000);
  const read = parseSalesforceRecord('sales-to-cs', asUiRecord(rimal));
  expect(read.status !== 'invalid' && read.status !== 'empty' && read.contradictions.map((c) => c.column)).toEqual(['HC_Handoff_ARR__c']);
});

it("stores the pilot's v1 lead score as found", () => {
  const sam = byRef('Lead.json', 'tallgrass-lead-swhitaker');
  expect(JSON.parse(sam.HC_Lead_Score_Payload__c as string).schemaVersion).toBe(1);
});
