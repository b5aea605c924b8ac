/**
 * The sample book is product data: the preview and both loaders trust it. These tests hold its shape,
 * its references and the validity of every payload; samples-story.test.ts holds the story it tells.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { contexts, kinds, type Kind } from '../src/contexts';
import { completenessOf, parsePayload, prepareWrite } from '../src';
import { columnsOf } from '../src/registry';
import { sampleBook, sampleCase, sampleCases, sampleNow, samplePayloads, sampleRecord, sampleRecords, type SampleBook } from '../src/samples';

const bookFile = path.join(__dirname, '..', 'samples', 'book.json');
const payloads = samplePayloads();
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** The book's own envelope, strict, so a typo in a field name fails here rather than in a loader. */
const id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
const day = z.iso.date();
const text = z.string().check(z.minLength(1));
const caseList = z.array(z.enum(sampleCases));
const override = z.strictObject({ kind: z.enum(kinds as [Kind, ...Kind[]]), column: text, value: z.union([z.string(), z.number(), z.null()]), why: text });
const record = { id, story: text, cases: caseList, columnOverrides: z.optional(z.array(override).check(z.minLength(1))) };
const envelope = z.strictObject({
  about: text,
  asOf: z.iso.datetime(),
  vendor: z.strictObject({ name: text, domain: text, products: z.array(text).check(z.minLength(1)) }),
  team: z.array(z.strictObject({ id, name: text, email: z.email(), role: z.enum(['sdr', 'account-executive', 'csm', 'revops']), title: text })),
  companies: z.array(
    z.strictObject({
      ...record,
      name: text,
      domain: z.string().check(z.regex(/^[a-z0-9-]+\.example$/)),
      industry: text,
      employees: z.int().check(z.gte(1)),
      country: z.string().check(z.regex(/^[A-Z]{2}$/)),
      city: text,
      locale: z.string().check(z.regex(/^[a-z]{2}-[A-Z]{2}$/)),
      lifecycle: z.enum(['customer', 'prospect']),
      customerSince: z.optional(day),
      ownerId: id,
      csmId: z.optional(id),
      description: text,
      payloads: z.strictObject({ 'customer-health': z.optional(z.unknown()) }),
    }),
  ),
  people: z.array(
    z.strictObject({
      ...record,
      type: z.enum(['lead', 'contact']),
      companyId: id,
      firstName: text,
      lastName: text,
      latinName: z.optional(text),
      email: z.email(),
      title: text,
      lifecycle: z.enum(['lead', 'marketing-qualified', 'sales-qualified', 'opportunity', 'customer']),
      leadStatus: z.optional(z.enum(['new', 'working', 'nurturing', 'unqualified'])),
      leadSource: z.optional(text),
      ownerId: id,
      locale: z.optional(z.string().check(z.regex(/^[a-z]{2}-[A-Z]{2}$/))),
      payloads: z.strictObject({ 'lead-score': z.optional(z.unknown()) }),
    }),
  ),
  deals: z.array(
    z.strictObject({
      ...record,
      companyId: id,
      name: text,
      stage: z.enum(['discovery', 'proposal', 'negotiation', 'closed-won', 'closed-lost']),
      amount: z.number().check(z.gte(0)),
      currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
      closeDate: day,
      ownerId: id,
      contactRoles: z.array(
        z.strictObject({
          personId: id,
          role: z.enum(['champion', 'economic-buyer', 'influencer', 'detractor', 'power-user']),
          primary: z.optional(z.boolean()),
        }),
      ),
      payloads: z.strictObject({ 'deal-risk': z.optional(z.unknown()), 'sales-to-cs': z.optional(z.unknown()) }),
    }),
  ),
});

/** The only payloads that are not strictly valid today, each for its story: a v1 payload and a draft. */
function deliberatelyNotCurrent(recordId: string, kind: Kind): 'schema-v1' | 'handoff-draft' | undefined {
  const found = sampleRecord(recordId);
  if (!found) return undefined;
  if (kind === 'lead-score' && found.record.cases.includes('schema-v1')) return 'schema-v1';
  if (kind === 'sales-to-cs' && found.record.cases.includes('handoff-draft')) return 'handoff-draft';
  return undefined;
}

describe('the sample book file', () => {
  it('is the file the typed loader serves, and stays small', () => {
    const raw = fs.readFileSync(bookFile, 'utf8');
    expect(JSON.parse(raw)).toEqual(sampleBook);
    // Everything under shared/samples stays well under 150 KB: the preview loads it in the browser.
    const total = fs.readdirSync(path.dirname(bookFile)).reduce((sum, name) => sum + fs.statSync(path.join(path.dirname(bookFile), name)).size, 0);
    expect(total).toBeLessThan(150 * 1024);
  });

  it('matches its strict envelope: no unknown or misspelled fields', () => {
    const result = envelope.safeParse(sampleBook);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it("tells the brief's cast: 4 companies, 8 people (leads and contacts), 5 deals", () => {
    expect(sampleBook.companies).toHaveLength(4);
    expect(sampleBook.people).toHaveLength(8);
    expect(sampleBook.deals).toHaveLength(5);
    expect(new Set(sampleBook.companies.map((c) => c.country)).size).toBe(4);
    expect(sampleBook.companies.map((c) => c.country)).toContain('FR');
    const types = sampleBook.people.map((p) => p.type);
    expect(types.filter((t) => t === 'lead').length).toBeGreaterThanOrEqual(2);
    expect(types.filter((t) => t === 'contact').length).toBeGreaterThanOrEqual(2);
  });

  it('has a fixed asOf, so freshness never depends on the clock', () => {
    expect(sampleBook.asOf).toMatch(isoInstant);
    expect(sampleNow().toISOString()).toBe(new Date(sampleBook.asOf).toISOString());
    expect(sampleNow()).not.toBe(sampleNow()); // a fresh Date each time: a caller cannot move the story's clock
  });

  it('shows every story case it declares, and declares only known cases', () => {
    const missing = sampleCases.filter((name) => sampleCase(name).length === 0);
    expect(missing).toEqual([]);
  });
});

describe('ids and references', () => {
  const all = [...sampleBook.team.map((t) => t.id), ...sampleRecords().map((r) => r.record.id)];

  it('gives every record and team member a unique, stable id', () => {
    expect(new Set(all).size).toBe(all.length);
    expect(sampleRecord('no-such-record')).toBeUndefined();
    expect(sampleRecord(sampleBook.deals[0].id)).toEqual({ type: 'deal', record: sampleBook.deals[0] });
  });

  it('resolves every company, owner and CSM reference', () => {
    const companies = new Set(sampleBook.companies.map((c) => c.id));
    const team = new Map(sampleBook.team.map((t) => [t.id, t]));
    for (const { record } of sampleRecords()) {
      expect({ id: record.id, owner: team.has((record as { ownerId: string }).ownerId) }).toEqual({ id: record.id, owner: true });
      if ('companyId' in record) expect({ id: record.id, company: companies.has(record.companyId) }).toEqual({ id: record.id, company: true });
    }
    for (const company of sampleBook.companies) {
      if (company.lifecycle === 'customer') {
        expect(team.get(company.csmId!)?.role).toBe('csm');
        expect(company.customerSince).toBeDefined();
      } else expect(company.csmId).toBeUndefined();
    }
  });

  it("links deal contact roles to contacts of the deal's own company, with at most one primary", () => {
    const people = new Map(sampleBook.people.map((p) => [p.id, p]));
    for (const deal of sampleBook.deals) {
      expect(deal.contactRoles.length).toBeGreaterThan(0);
      expect(deal.contactRoles.filter((r) => r.primary).length).toBeLessThanOrEqual(1);
      for (const role of deal.contactRoles) {
        const person = people.get(role.personId);
        expect({ deal: deal.id, person: role.personId, type: person?.type, company: person?.companyId }).toEqual({
          deal: deal.id,
          person: role.personId,
          type: 'contact',
          company: deal.companyId,
        });
      }
    }
  });

  it('gives leads a lead status, and contacts none', () => {
    for (const person of sampleBook.people) {
      if (person.type === 'lead') expect({ id: person.id, status: person.leadStatus }).toEqual({ id: person.id, status: expect.any(String) });
      else expect({ id: person.id, status: person.leadStatus }).toEqual({ id: person.id, status: undefined });
    }
  });

  it('keeps emails on the company domain (people) or the vendor domain (team)', () => {
    const domains = new Map(sampleBook.companies.map((c) => [c.id, c.domain]));
    for (const person of sampleBook.people) expect(person.email.endsWith(`@${domains.get(person.companyId)}`)).toBe(true);
    for (const member of sampleBook.team) expect(member.email.endsWith(`@${sampleBook.vendor.domain}`)).toBe(true);
  });
});

describe('payloads', () => {
  it('puts a customer-health payload on every customer and none on the prospect', () => {
    for (const company of sampleBook.companies)
      expect({ id: company.id, health: company.payloads['customer-health'] !== undefined }).toEqual({
        id: company.id,
        health: company.lifecycle === 'customer',
      });
  });

  it('gives every lead and contact a lead score', () => {
    for (const person of sampleBook.people)
      expect({ id: person.id, score: person.payloads['lead-score'] !== undefined }).toEqual({ id: person.id, score: true });
  });

  it.each(payloads.map((p) => [`${p.recordId} ${p.kind}`, p] as const))('%s is strictly valid against its schema, or deliberately not', (_, p) => {
    const strict = contexts[p.kind].schema.safeParse(p.payload);
    const exception = deliberatelyNotCurrent(p.recordId, p.kind);
    if (!exception) {
      expect(strict.success ? [] : strict.error.issues).toEqual([]);
      return;
    }
    expect(strict.success).toBe(false);
    if (exception === 'schema-v1') {
      // Valid in the pilot's shape: the migration upgrades it to a strictly valid current payload.
      expect((p.payload as { schemaVersion: unknown }).schemaVersion).toBe(1);
      expect(contexts['lead-score'].schema.safeParse(contexts['lead-score'].migrations[1](p.payload)).success).toBe(true);
    } else {
      // A draft: only must-have fields are missing, so the draft writer accepts it.
      expect(prepareWrite('sales-to-cs', p.payload, { allowIncomplete: true }).ok).toBe(true);
      expect(prepareWrite('sales-to-cs', p.payload).ok).toBe(false);
    }
  });

  it.each(payloads.map((p) => [`${p.recordId} ${p.kind}`, p] as const))('%s parses as the cards will read it', (_, p) => {
    const result = parsePayload(p.kind, p.payload);
    const exception = deliberatelyNotCurrent(p.recordId, p.kind);
    if (exception === 'handoff-draft') {
      // Shown with what is there; each problem is a must-have gap the completeness meter names.
      expect(result.status).toBe('partial');
      if (result.status !== 'partial') return;
      const missing = completenessOf('sales-to-cs', p.payload).missing;
      expect(result.problems.map((problem) => [problem.code, problem.path])).toEqual(missing.map((m) => ['missing', m]));
      return;
    }
    expect(result.status).toBe('valid');
    if (result.status !== 'valid') return;
    expect(result.contradictions).toEqual([]);
    if (exception === 'schema-v1') {
      expect(result.problems.map((problem) => [problem.code, problem.severity])).toEqual([['migrated', 'warning']]);
      expect(result.version).toEqual({ found: 1, current: contexts['lead-score'].version });
    } else {
      expect(result.problems).toEqual([]);
      expect(result.value).toEqual(p.payload);
    }
  });

  it('dates every observation in the story at or before asOf', () => {
    // Due dates, targets, renewals and kickoffs may lie ahead; what was seen, said or scored may not.
    const past = new Set(['scoredAt', 'observedAt', 'capturedAt', 'at', 'reviewedAt', 'submittedAt', 'closedWonAt', 'detectedAt', 'updatedAt', 'lastTouchAt']);
    const asOf = Date.parse(sampleBook.asOf);
    const late: string[] = [];
    const walk = (value: unknown, where: string): void => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
      else if (value && typeof value === 'object')
        for (const [key, v] of Object.entries(value)) {
          if (past.has(key) && typeof v === 'string' && !(Date.parse(v) <= asOf)) late.push(`${where}.${key}=${v}`);
          walk(v, `${where}.${key}`);
        }
    };
    for (const p of payloads) walk(p.payload, `${p.recordId}/${p.kind}`);
    expect(late).toEqual([]);
  });

  it('names each column override after a mirror column of its kind, on a payload of that kind', () => {
    const overrides = sampleRecords().flatMap(({ record }) => (record.columnOverrides ?? []).map((o) => ({ record, o })));
    expect(overrides.length).toBeGreaterThan(0);
    for (const { record, o } of overrides) {
      const spec = columnsOf(o.kind).find((c) => c.column.name === o.column);
      expect({ column: o.column, role: spec ? spec.column.role : undefined }).toEqual({ column: o.column, role: 'mirror' });
      expect((record.payloads as Partial<Record<Kind, unknown>>)[o.kind]).toBeDefined();
    }
  });
});

describe('the loader functions', () => {
  it('lists every payload once, with its record and the overrides of its kind', () => {
    const count = sampleRecords().reduce((sum, { record }) => sum + Object.values(record.payloads).filter((v) => v !== undefined).length, 0);
    expect(payloads).toHaveLength(count);
    const rimal = payloads.filter((p) => p.columnOverrides.length > 0);
    expect(rimal.every((p) => p.columnOverrides.every((o) => o.kind === p.kind))).toBe(true);
  });

  it('reads another book the same way, so a test can pass an edited copy', () => {
    const copy: SampleBook = structuredClone(sampleBook);
    copy.deals = [];
    copy.asOf = '2030-01-01T00:00:00Z';
    expect(samplePayloads(copy).some((p) => p.recordType === 'deal')).toBe(false);
    expect(sampleNow(copy).toISOString()).toBe('2030-01-01T00:00:00.000Z');
    expect(sampleCase('handoff-draft', copy)).toEqual([]);
    expect(sampleBook.deals).toHaveLength(5); // the shared book is untouched
  });
});
