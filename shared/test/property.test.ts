/**
 * Property-based tests: thousands of arbitrary and mutated payloads through every reader and writer.
 * Nothing throws, every result is typed, and a `valid` result passes the strict schema.
 * `FC_RUNS=20000 npm run fuzz` runs longer; FC_SEED replays a failure.
 */
import fc from 'fast-check';
import { contexts, kinds, type Kind } from '../src/contexts';
import { MAX_PROBLEMS, parseHubSpotProperties, parsePayload, parseSalesforceRecord, type ParseResult, type Problem } from '../src/parse';
import { parseInternal } from '../src/parse/payload';
import { isValidFor, readClean } from '../src/parse/clean';
import { samplePayloads } from '../src/samples';
import { buildCorpus } from '../../tests/corpus/corpus';
import * as core from '../src';
import { columnsOf, unwrap } from '../src/registry';
import { hubspotPropertyName, salesforceFieldName } from '../src/storage';
import { addFeedback, completenessOf, prepareHubSpotWrite, prepareSalesforceWrite, returnHandoff, submitHandoff } from '../src/write';
import { fixture } from './data/fixtures';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123), numRuns: Number(process.env.FC_RUNS ?? 1000) });

const CODES = new Set([
  'not_json',
  'not_object',
  'too_long',
  'newer_version',
  'unknown_version',
  'migrated',
  'missing',
  'invalid_type',
  'invalid_value',
  'invalid_format',
  'too_small',
  'too_big',
  'too_many_items',
  'dropped_item',
  'unknown_field',
  'column_mismatch',
  'invalid',
]);

/** Plain checks rather than expect() calls: they run hundreds of thousands of times. */
function fail(message: string, value: unknown): never {
  throw new Error(`${message}: ${JSON.stringify(value)?.slice(0, 500)}`);
}

function checkProblem(problem: Problem) {
  if (!CODES.has(problem.code)) fail('unknown problem code', problem);
  if (problem.severity !== 'error' && problem.severity !== 'warning') fail('unknown severity', problem);
  if (typeof problem.path !== 'string') fail('path is not text', problem);
  if (typeof problem.message !== 'string' || problem.message.length === 0) fail('no message', problem);
  if (/undefined|\[object Object\]/.test(problem.message)) fail('message shows a programming value', problem);
}

/** The shape every reader promises, whatever it was given. */
function checkResult(kind: Kind, result: ParseResult<unknown>) {
  if (result.kind !== kind) fail('wrong kind', result);
  switch (result.status) {
    case 'empty':
      return;
    case 'valid':
      if (!result.problems.every((p) => p.severity === 'warning')) fail('valid with errors', result.problems);
      if (!contexts[kind].schema.safeParse(result.value).success) fail('valid value fails the strict schema', result.value);
      break;
    case 'partial':
      if (!result.problems.some((p) => p.severity === 'error')) fail('partial without an error', result.problems);
      if (typeof result.value !== 'object' || result.value === null) fail('partial without a value', result);
      break;
    case 'invalid':
      checkProblem(result.reason);
      if (result.reason.severity !== 'error') fail('invalid for a warning', result.reason);
      break;
    default:
      fail('untyped result', result);
  }
  // A few mirror-column warnings may follow the cap.
  if (result.problems.length > MAX_PROBLEMS + 10) fail('too many problems', result.problems.length);
  result.problems.forEach(checkProblem);
  if ((result.status === 'valid' || result.status === 'partial') && !Array.isArray(result.contradictions)) fail('no contradictions list', result);
}

const kindArb = fc.constantFrom(...kinds);

const nasty = fc.constantFrom<unknown>(
  0,
  -1,
  1e308,
  -1e308,
  1.5,
  NaN,
  Infinity,
  -Infinity,
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '',
  '   ',
  'text',
  true,
  false,
  null,
  [],
  {},
  [null],
  { value: 1 },
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'مرحبا بالعالم',
  '\u202Eevil',
  '🔥🔥🔥',
  '9999-12-31T23:59:59Z',
  '0001-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '2026-02-30T10:00:00Z',
  '1700000000000',
  'fake_hc_lead_score',
  'javascript:alert(1)',
  'raises',
  'higher-is-worse',
);

const valueArb = fc.oneof(nasty, fc.jsonValue({ maxDepth: 3 }), fc.anything({ maxDepth: 2 }), fc.string({ maxLength: 300 }));

type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'duplicate'; at: number; times: number }
  | { op: 'huge'; at: number; length: number }
  | { op: 'unknown'; at: number; key: string; value: unknown };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: valueArb }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), times: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ op: fc.constant('huge' as const), at: fc.nat(), length: fc.integer({ min: 201, max: 140_000 }) }),
  fc.record({ op: fc.constant('unknown' as const), at: fc.nat(), key: fc.string({ maxLength: 20 }), value: valueArb }),
);

/** Every container in a value with the keys inside it, so a mutation can pick one. */
function slots(value: unknown, out: Array<{ parent: any; key: string | number }> = []) {
  if (Array.isArray(value)) value.forEach((entry, i) => (out.push({ parent: value, key: i }), slots(entry, out)));
  else if (value && typeof value === 'object')
    for (const key of Object.keys(value)) {
      out.push({ parent: value, key });
      slots((value as any)[key], out);
    }
  return out;
}

function mutate(kind: Kind, mutations: Mutation[]): any {
  const root = { doc: fixture(kind) };
  for (const m of mutations) {
    const all = slots(root.doc);
    if (all.length === 0) break;
    const { parent, key } = all[m.at % all.length];
    switch (m.op) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
        break;
      case 'replace':
        parent[key] = m.value;
        break;
      case 'duplicate': {
        const target = parent[key];
        if (Array.isArray(target) && target.length > 0) for (let i = 0; i < m.times; i++) target.push(structuredClone(target[i % target.length]));
        else if (Array.isArray(parent)) for (let i = 0; i < m.times; i++) parent.push(structuredClone(parent[key as number]));
        break;
      }
      case 'huge':
        parent[key] = 'x'.repeat(m.length);
        break;
      case 'unknown':
        if (parent && typeof parent === 'object' && !Array.isArray(parent)) parent[m.key] = m.value;
        break;
    }
  }
  return root.doc;
}

const mutatedArb = fc
  .tuple(kindArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 }))
  .map(([kind, mutations]) => ({ kind, payload: mutate(kind, mutations) }));

function safeStringify(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

describe('parsePayload never throws and always types its result', () => {
  it('on anything at all', () => {
    fc.assert(fc.property(kindArb, fc.anything(), (kind, input) => checkResult(kind, parsePayload(kind, input))));
  });

  it('on any JSON text', () => {
    fc.assert(
      fc.property(
        kindArb,
        fc.json(),
        fc.constantFrom(undefined, 'salesforce', 'hubspot') as fc.Arbitrary<'salesforce' | 'hubspot' | undefined>,
        (kind, text, platform) => checkResult(kind, parsePayload(kind, text, { platform })),
      ),
    );
  });

  it('on mutated valid payloads, as values and as text', () => {
    fc.assert(
      fc.property(mutatedArb, ({ kind, payload }) => {
        checkResult(kind, parsePayload(kind, payload));
        const text = safeStringify(payload);
        if (text !== undefined) checkResult(kind, parsePayload(kind, text, { platform: 'hubspot' }));
      }),
    );
  });

  it('on valid payloads cut anywhere', () => {
    fc.assert(
      fc.property(kindArb, fc.double({ min: 0, max: 1, noNaN: true }), (kind, at) => {
        const text = JSON.stringify(fixture(kind));
        const cut = text.slice(0, Math.floor(text.length * at));
        const result = parsePayload(kind, cut);
        checkResult(kind, result);
        if (cut.trim() !== '' && cut !== text) expect(result.status).toBe('invalid');
      }),
    );
  });
});

describe('the shortcut for clean payloads reads exactly what the lenient walk reads', () => {
  /** Key order included: cards and writers serialise what they read. */
  const same = (kind: Kind, text: string, platform?: 'salesforce' | 'hubspot') => {
    const walked = JSON.stringify(parseInternal(kind, text, { platform, alwaysWalk: true }));
    const read = JSON.stringify(parseInternal(kind, text, { platform }));
    if (read !== walked) fail('the shortcut and the walk disagree', { walked: walked.slice(0, 300), read: read.slice(0, 300) });
  };

  it('on every sample-book payload and every corpus case', () => {
    const texts = [
      ...samplePayloads().map((p) => ({ kind: p.kind, text: JSON.stringify(p.payload) })),
      ...buildCorpus(core).map((c) => ({ kind: c.kind, text: c.text })),
    ];
    expect(texts.length).toBeGreaterThan(100);
    for (const { kind, text } of texts) same(kind, text);
    expect(texts.filter(({ kind, text }) => parsePayload(kind, text).status === 'valid').length).toBeGreaterThan(20);
  });

  it('on mutated valid payloads', () => {
    fc.assert(
      fc.property(
        mutatedArb,
        fc.constantFrom(undefined, 'salesforce', 'hubspot') as fc.Arbitrary<'salesforce' | 'hubspot' | undefined>,
        ({ kind, payload }, platform) => {
          const text = safeStringify(payload);
          if (text !== undefined) same(kind, text, platform);
        },
      ),
    );
  });

  /** Every key, in order, with undefined kept: JSON.stringify would hide a key set to undefined. */
  const shapeOf = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(shapeOf)
      : value && typeof value === 'object'
        ? Object.entries(value).map(([k, v]) => [k, shapeOf(v)])
        : [typeof value, value];

  it('reads a payload only when the strict schema accepts it, and reads it as the schema does', () => {
    let read = 0;
    fc.assert(
      fc.property(mutatedArb, ({ kind, payload }) => {
        const text = safeStringify(payload);
        if (text === undefined) return;
        const value = JSON.parse(text);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
        const schema = contexts[kind].schema as any;
        const clean = readClean(schema, value);
        const strict = schema.safeParse(value);
        if (clean === undefined) return;
        read++;
        if (!strict.success) fail('read a payload the schema refuses', value);
        expect(shapeOf(clean)).toEqual(shapeOf(strict.data));
      }),
    );
    for (const p of samplePayloads()) {
      const value = JSON.parse(JSON.stringify(p.payload));
      const clean = readClean(contexts[p.kind].schema, value);
      if (clean) expect(shapeOf(clean)).toEqual(shapeOf((contexts[p.kind].schema as any).safeParse(value).data));
    }
    expect(read).toBeGreaterThan(50);
  });

  it('isValidFor answers as the strict schema does, for a payload and for each of its members', () => {
    fc.assert(
      fc.property(mutatedArb, ({ kind, payload }) => {
        const schema = contexts[kind].schema as any;
        if (isValidFor(schema, payload) !== schema.safeParse(payload).success) fail('isValidFor disagrees with the schema', payload);
        if (!payload || typeof payload !== 'object') return;
        for (const [key, member] of Object.entries(schema._zod.def.shape as Record<string, any>)) {
          const inner = unwrap(member).inner as any;
          if (isValidFor(inner, payload[key]) !== inner.safeParse(payload[key]).success) fail(`isValidFor disagrees on ${key}`, payload[key]);
        }
      }),
    );
  });
});

describe('platform readers never throw and always type their result', () => {
  const columnNames = (kind: Kind) => columnsOf(kind).map((c) => c.column);

  it('parseSalesforceRecord on mutated documents and arbitrary columns', () => {
    fc.assert(
      fc.property(mutatedArb, fc.array(fc.tuple(fc.nat(), valueArb), { maxLength: 6 }), fc.boolean(), ({ kind, payload }, cells, snapshot) => {
        const columns = columnNames(kind);
        const fields: Record<string, unknown> = {};
        fields[salesforceFieldName(contexts[kind].storage.document)] = { value: safeStringify(payload) ?? null, displayValue: null };
        for (const [i, value] of cells) fields[salesforceFieldName(columns[i % columns.length])] = { value, displayValue: null };
        checkResult(kind, parseSalesforceRecord(kind, { fields }, { snapshot }));
      }),
    );
  });

  it('parseSalesforceRecord on anything at all', () => {
    fc.assert(fc.property(kindArb, fc.anything(), (kind, record) => checkResult(kind, parseSalesforceRecord(kind, record))));
  });

  it("parseHubSpotProperties on mutated documents, arbitrary text and HubSpot's fake_ values", () => {
    const textArb = fc.oneof(
      fc.string({ maxLength: 50 }),
      nasty.map((v) => (typeof v === 'string' ? v : (safeStringify(v) ?? ''))),
    );
    fc.assert(
      fc.property(mutatedArb, fc.array(fc.tuple(fc.nat(), textArb, fc.boolean()), { maxLength: 8 }), ({ kind, payload }, cells) => {
        const columns = columnNames(kind);
        const properties: Record<string, string | null | undefined> = {
          [hubspotPropertyName(contexts[kind].storage.document)]: safeStringify(payload) ?? '',
        };
        for (const [i, text, fake] of cells) {
          const name = hubspotPropertyName(columns[i % columns.length]);
          properties[name] = fake ? `fake_${name}` : text;
        }
        checkResult(kind, parseHubSpotProperties(kind, properties));
      }),
    );
  });

  it('parseHubSpotProperties on anything at all', () => {
    fc.assert(
      fc.property(kindArb, fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.constant(null), fc.constant(undefined))), (kind, properties) =>
        checkResult(kind, parseHubSpotProperties(kind, properties)),
      ),
    );
  });
});

describe('writers never throw, and what they accept reads back unchanged', () => {
  it('prepareSalesforceWrite / prepareHubSpotWrite on mutated payloads', () => {
    fc.assert(
      fc.property(mutatedArb, fc.boolean(), ({ kind, payload }, allowIncomplete) => {
        const sf = prepareSalesforceWrite(kind, payload, { allowIncomplete });
        const hs = prepareHubSpotWrite(kind, payload, { allowIncomplete });
        for (const result of [sf, hs]) {
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            result.problems.forEach(checkProblem);
            expect(result.problems.every((p) => p.severity === 'error')).toBe(true);
          }
        }
        if (sf.ok) {
          expect(sf.document.length).toBeLessThanOrEqual(131_072);
          const back = parsePayload(kind, sf.document);
          if (!allowIncomplete) {
            expect(back.status).toBe('valid');
            expect(back.status === 'valid' && back.value).toEqual(sf.value);
          } else expect(back.status === 'valid' || back.status === 'partial').toBe(true);
        }
        if (hs.ok) expect(hs.document.length).toBeLessThanOrEqual(65_536);
        expect(() => completenessOf(kind, payload)).not.toThrow();
      }),
    );
  });

  it('the domain actions on arbitrary input', () => {
    fc.assert(
      fc.property(valueArb, valueArb, valueArb, (a, b, c) => {
        for (const result of [
          addFeedback(a, b),
          addFeedback(undefined, { verdict: a, by: b, at: c, reason: a }),
          submitHandoff(a, { by: b as string, now: c as string }),
          returnHandoff({ by: a as string, now: b as string, reason: c, note: a }),
        ]) {
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) result.problems.forEach(checkProblem);
        }
      }),
    );
  });
});
