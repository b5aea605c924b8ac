/**
 * The context definitions and what derives from them: the lifecycle and record of each kind, its
 * view builder, the kind guessed from a payload, and the columns a sample payload is stored as.
 */
import { contexts, isDrafted, kinds, kindsOf, kindsOn, type Kind } from '../src/contexts';
import { enumValues, fieldMetaOf, freeTextLimit, guessKind, isWholeNumber, schemaAt, schemaInfo, schemaInfoAt, viewBuilders, viewOf } from '../src';
import { recordColumns, sampleBook, sampleCase, samplePayloads, sampleRecord, storedColumns } from '../src/samples';

const payloadOf = (kind: Kind, id: string) => (sampleRecord(id)!.record.payloads as Partial<Record<Kind, unknown>>)[kind];

describe('context definitions', () => {
  it('split the kinds by lifecycle and record, every kind in exactly one of each', () => {
    expect([...kindsOf('scored'), ...kindsOf('drafted')].sort()).toEqual([...kinds].sort());
    expect([...kindsOn('person'), ...kindsOn('deal'), ...kindsOn('company')].sort()).toEqual([...kinds].sort());
    expect(kindsOf('drafted')).toEqual(['sales-to-cs']);
  });

  it.each(kinds)('%s: a drafted kind keeps a frozen copy and a completeness; its showcase case holds its payload', (kind) => {
    const { storage, sampleCase: showcase, record } = contexts[kind];
    if (isDrafted(kind)) expect(storage.snapshot && storage.completeness).toBeTruthy();
    const shown = sampleCase(showcase).filter((r) => (r.record.payloads as Partial<Record<Kind, unknown>>)[kind] !== undefined);
    expect(shown.map((r) => r.type)).toContain(record);
  });

  it.each(kinds)('%s has a view builder, the one viewOf calls', (kind) => {
    const empty = { status: 'empty', kind } as never;
    expect(viewOf(kind, empty).state).toBe('empty');
    expect(viewOf(kind, empty)).toEqual(viewBuilders[kind](empty));
  });
});

describe('guessKind', () => {
  it.each(samplePayloads().map((p) => [p.recordId, p.kind, p.payload] as const))('%s: reads its %s payload as that kind', (_id, kind, payload) => {
    expect(guessKind(payload)).toBe(kind);
  });

  it('names no kind for what no schema matches, and for a tie', () => {
    for (const value of [null, 'text', [1], {}, { nothing: 1 }]) expect(guessKind(value)).toBeUndefined();
    expect(guessKind({ winProbability: 40 })).toBe('deal-risk');
    expect(guessKind({ drivers: [] })).toBe('customer-health');
  });
});

describe('schema facts', () => {
  it('gives enum values, whole numbers and free-text limits without zod internals outside the core', () => {
    expect(enumValues('sales-to-cs', 'review.status')).toEqual(['draft', 'submitted', 'accepted', 'returned']);
    expect(enumValues('sales-to-cs', 'whyWon')).toEqual([]);
    expect(enumValues('sales-to-cs', 'no.such.path')).toEqual([]);
    expect(isWholeNumber('lead-score', 'schemaVersion')).toBe(true);
    expect(schemaInfoAt('lead-score', 'factors')).toMatchObject({ type: 'list' });
    expect(schemaInfo(schemaAt('lead-score', 'scoredAt')!)).toMatchObject({ type: 'text', format: 'datetime' });
    expect(freeTextLimit(schemaAt('lead-score', 'scoredAt')!)).toBeUndefined();
    expect(freeTextLimit(schemaAt('sales-to-cs', 'whyWon')!)).toBeGreaterThan(0);
    expect(fieldMetaOf(contexts['lead-score'].schema.shape.factors)?.maxItems).toBeGreaterThan(0);
  });
});

describe('storedColumns', () => {
  const handoff = sampleCase('handoff-submitted').find((r) => r.type === 'deal')!.record.id;
  const draft = sampleCase('handoff-draft').find((r) => r.type === 'deal')!.record.id;
  const { storage } = contexts['sales-to-cs'];

  it('stores a submitted handoff with its frozen copy, the same text as the document', () => {
    const stored = storedColumns('sales-to-cs', payloadOf('sales-to-cs', handoff));
    expect(stored.ok && stored.columns[storage.snapshot!.name]).toBe(stored.ok && stored.columns[storage.document.name]);
    expect(stored.ok && stored.columns[storage.completeness!.name]).toEqual(expect.any(Number));
  });

  it('stores a draft with its gaps and no frozen copy', () => {
    const stored = storedColumns('sales-to-cs', payloadOf('sales-to-cs', draft));
    expect(stored).toMatchObject({ ok: true, asFound: false });
    expect(stored.ok && storage.snapshot!.name in stored.columns).toBe(false);
  });

  it('stores an older version as found, document only', () => {
    const old = sampleCase('schema-v1')[0].record;
    const stored = storedColumns('lead-score', payloadOf('lead-score', old.id));
    expect(stored).toEqual({
      ok: true,
      asFound: true,
      columns: { [contexts['lead-score'].storage.document.name]: JSON.stringify(payloadOf('lead-score', old.id)) },
    });
  });

  it("refuses a payload a writer refuses, and lays the record's overrides last", () => {
    expect(storedColumns('customer-health', 'not a payload').ok).toBe(false);
    const contradicted = sampleBook.deals.find((d) => d.columnOverrides?.length)!;
    const { columns, refusals } = recordColumns(contradicted);
    expect(refusals).toEqual([]);
    for (const o of contradicted.columnOverrides!) expect(columns[o.column]).toBe(o.value);
  });
});
