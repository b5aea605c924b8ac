/**
 * The sample book (shared/samples/book.json), typed: one coherent story of companies, people and
 * deals with their canonical payloads, used by the tests, the preview and both platforms' sample
 * loaders. It holds canonical entities only; each loader maps them to its platform's objects.
 *
 * Not exported from the package index on purpose: the cards must not ship the book. Import this
 * module directly (`shared/src/samples`).
 */
import type { Kind, KindOn, RecordType } from './contexts';
import type { SampleCase } from './sample-cases';
import bookJson from '../samples/book.json';

export { sampleCases, type SampleCase } from './sample-cases';

export type TeamRole = 'sdr' | 'account-executive' | 'csm' | 'revops';

/** Someone at the vendor: the `by`, owner and reviewer names in payloads are theirs. */
export interface SampleTeamMember {
  id: string;
  name: string;
  email: string;
  role: TeamRole;
  title: string;
}

/**
 * A value a loader writes to a mirror column after the payload's own columns, so that the column
 * disagrees with the document: the metric contradiction, reproduced on a real record.
 */
export interface ColumnOverride {
  kind: Kind;
  /** The column's base name in the registry (`columnsOf(kind)`), e.g. `Handoff_ARR`. */
  column: string;
  value: string | number | null;
  /** How the disagreement came about, for whoever reads the seeded record. */
  why: string;
}

interface SampleRecord {
  /** Stable across platforms: the key a loader upserts by. */
  id: string;
  /** One line about why the record is in the book (page summaries in the preview). */
  story: string;
  cases: SampleCase[];
  columnOverrides?: ColumnOverride[];
}

export interface SampleCompany extends SampleRecord {
  name: string;
  /** A reserved `.example` domain, so no loader ever matches a real company. */
  domain: string;
  industry: string;
  employees: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
  city: string;
  /** The locale the preview shows the company's pages in. */
  locale: string;
  lifecycle: 'customer' | 'prospect';
  /** YYYY-MM-DD; customers only. */
  customerSince?: string;
  /** A team member id: the account owner. */
  ownerId: string;
  /** A team member id: the customer success manager; customers only. */
  csmId?: string;
  description: string;
  /** Stored as found: parse it like any stored payload. */
  payloads: Partial<Record<KindOn<'company'>, unknown>>;
}

export interface SamplePerson extends SampleRecord {
  /** A lead not yet converted (a Salesforce Lead), or a contact at a company. */
  type: 'lead' | 'contact';
  companyId: string;
  firstName: string;
  lastName: string;
  /** The name in Latin script, when firstName/lastName are written in another one. */
  latinName?: string;
  email: string;
  title: string;
  lifecycle: 'lead' | 'marketing-qualified' | 'sales-qualified' | 'opportunity' | 'customer';
  /** Leads only. */
  leadStatus?: 'new' | 'working' | 'nurturing' | 'unqualified';
  /** Leads only: where the lead came from. */
  leadSource?: string;
  ownerId: string;
  locale?: string;
  payloads: Partial<Record<KindOn<'person'>, unknown>>;
}

/** The part a contact played in a deal, in the handoff's stakeholder vocabulary. */
export interface SampleContactRole {
  personId: string;
  role: 'champion' | 'economic-buyer' | 'influencer' | 'detractor' | 'power-user';
  primary?: boolean;
}

export interface SampleDeal extends SampleRecord {
  companyId: string;
  name: string;
  stage: 'discovery' | 'proposal' | 'negotiation' | 'closed-won' | 'closed-lost';
  amount: number;
  /** ISO 4217. */
  currency: string;
  /** YYYY-MM-DD. */
  closeDate: string;
  ownerId: string;
  contactRoles: SampleContactRole[];
  payloads: Partial<Record<KindOn<'deal'>, unknown>>;
}

export interface SampleBook {
  about: string;
  /** The fixed "now" of the story (ISO 8601): pass it as `now` so freshness never depends on the clock. */
  asOf: string;
  vendor: { name: string; domain: string; products: string[] };
  team: SampleTeamMember[];
  companies: SampleCompany[];
  people: SamplePerson[];
  deals: SampleDeal[];
}

/** The book as shipped. Shared by every importer: clone it (structuredClone) before changing it. */
export const sampleBook: SampleBook = bookJson as SampleBook;

/** The story's "now", as a fresh Date each call. */
export function sampleNow(book: SampleBook = sampleBook): Date {
  return new Date(book.asOf);
}

export type SampleRecordType = RecordType;

export type AnySampleRecord = { type: 'company'; record: SampleCompany } | { type: 'person'; record: SamplePerson } | { type: 'deal'; record: SampleDeal };

/** Every company, person and deal, in book order. */
export function sampleRecords(book: SampleBook = sampleBook): AnySampleRecord[] {
  return [
    ...book.companies.map((record) => ({ type: 'company' as const, record })),
    ...book.people.map((record) => ({ type: 'person' as const, record })),
    ...book.deals.map((record) => ({ type: 'deal' as const, record })),
  ];
}

export interface SamplePayload {
  recordId: string;
  recordType: SampleRecordType;
  kind: Kind;
  payload: unknown;
  /** The overrides of this record that concern this kind. */
  columnOverrides: ColumnOverride[];
}

/** Every payload in the book with the record it belongs to: what a loader writes. */
export function samplePayloads(book: SampleBook = sampleBook): SamplePayload[] {
  return sampleRecords(book).flatMap(({ type, record }) =>
    Object.entries(record.payloads).flatMap(([kind, payload]) =>
      payload === undefined
        ? []
        : [
            {
              recordId: record.id,
              recordType: type,
              kind: kind as Kind,
              payload,
              columnOverrides: (record.columnOverrides ?? []).filter((o) => o.kind === kind),
            },
          ],
    ),
  );
}

/** The records that show a story case. */
export function sampleCase(sampleCaseName: SampleCase, book: SampleBook = sampleBook): AnySampleRecord[] {
  return sampleRecords(book).filter(({ record }) => record.cases.includes(sampleCaseName));
}

/** A record by its stable id. */
export function sampleRecord(id: string, book: SampleBook = sampleBook): AnySampleRecord | undefined {
  return sampleRecords(book).find(({ record }) => record.id === id);
}
export * from './sample-columns';
