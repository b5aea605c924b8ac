/** Property tests: whatever reaches a card, the view builders return a typed view and never throw. */
import fc from 'fast-check';
import { kinds, type Kind } from '../src/contexts';
import { parsePayload } from '../src/parse';
import { customerHealthView, explainText, type CardView } from '../src/view';
import { viewOf } from '../src/kinds';
import { fixture } from './data/fixtures';

const states = ['ready', 'empty', 'invalid'];
const tones = ['info', 'success', 'warning', 'error'];

function build(kind: Kind, result: unknown, options: unknown, related?: unknown): CardView {
  // The health card also reads the account's handoff; every other view takes its result alone.
  if (kind === 'customer-health' && related) return customerHealthView(result as never, options as never, related as never);
  return viewOf(kind, result as never, options as never);
}

/** Every view is display-ready: known state, localised strings, unique keys in every list. */
function expectWellFormed(kind: Kind, view: CardView) {
  expect(view.kind).toBe(kind);
  expect(states).toContain(view.state);
  expect(typeof view.title).toBe('string');
  expect(view.title).not.toBe('');
  for (const notice of view.notices) {
    expect(typeof notice.key).toBe('string');
    expect(tones).toContain(notice.tone);
    expect(typeof notice.text).toBe('string');
  }
  for (const conflict of view.conflicts) {
    expect(typeof conflict.summary).toBe('string');
    expect(typeof conflict.deadlineText).toBe('string');
  }
  for (const items of Object.values(view).filter(Array.isArray)) {
    const keys = (items as Array<{ key?: unknown }>).map((i) => i?.key).filter((k) => k !== undefined);
    expect(new Set(keys).size).toBe(keys.length);
  }
  const score = (view as { score?: { goodness: number } }).score ?? (view as { winProbability?: { goodness: number } }).winProbability;
  if (score) {
    expect(score.goodness).toBeGreaterThanOrEqual(0);
    expect(score.goodness).toBeLessThanOrEqual(1);
  }
}

/** Paths into a value (cycle-safe, capped), so a mutation can land anywhere in it. */
function pathsOf(root: unknown): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, prefix: Array<string | number>) => {
    if (out.length >= 500) return;
    out.push(prefix);
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    for (const [k, v] of entries) visit(v, [...prefix, k]);
  };
  visit(root, []);
  return out;
}

function mutate(base: unknown, edits: Array<[number, unknown]>): unknown {
  let value = structuredClone(base);
  for (const [pick, replacement] of edits) {
    const paths = pathsOf(value);
    const path = paths[pick % paths.length];
    if (path.length === 0) {
      value = replacement;
      continue;
    }
    let parent: any = value;
    for (const key of path.slice(0, -1)) parent = parent[key];
    if (replacement === undefined && !Array.isArray(parent)) delete parent[path[path.length - 1]];
    else parent[path[path.length - 1]] = replacement;
  }
  return value;
}

const options = fc.oneof(
  fc.constant(undefined),
  fc.record(
    {
      locale: fc.oneof(fc.constantFrom('en-US', 'fr-FR', 'fr-CA', 'de-DE', 'fr_FR', 'xx', '', '!!'), fc.string()),
      timeZone: fc.oneof(fc.constantFrom('UTC', 'Europe/Paris', 'America/New_York', 'Mars/Base'), fc.string()),
      now: fc.date(),
      config: fc.oneof(fc.anything(), fc.record({ levels: fc.record({ high: fc.double(), medium: fc.double() }) })),
      messages: fc.dictionary(fc.constantFrom('leadScore.title', 'HC_level_high', 'conflict.notify', 'x'), fc.anything() as fc.Arbitrary<string>),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

const junk = fc.oneof(
  fc.anything(),
  fc.double(),
  fc.string(),
  fc.constant(undefined),
  fc.constant(null),
  fc.constantFrom('2026-13-45', 'higher-is-worse', 'disagree', 'rejected', 'submitted'),
);
const edits = fc.array(fc.tuple(fc.nat(), junk), { minLength: 1, maxLength: 6 });

describe.each(kinds)('%s view under arbitrary input', (kind) => {
  it('never throws on arbitrary results and options', () => {
    fc.assert(
      fc.property(fc.anything(), options, (result, opts) => {
        expectWellFormed(kind, build(kind, result, opts));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on hand-built results around mutated values', () => {
    const problem = fc.record({
      path: fc.oneof(fc.constantFrom('', 'score.value', 'factors[3].label', 'successCriteria', 'commercialTerms.arr'), fc.string()),
      code: fc.oneof(fc.constantFrom('missing', 'too_small', 'too_long', 'newer_version', 'column_mismatch', 'dropped_item'), fc.string()),
      severity: fc.constantFrom('error', 'warning'),
      params: fc.option(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.double(), fc.anything())), { nil: undefined }),
      message: fc.string(),
    });
    const contradiction = fc.record({ path: fc.string(), documentValue: fc.anything(), columnValue: fc.anything(), column: fc.string() });
    fc.assert(
      fc.property(
        fc.constantFrom('valid', 'partial'),
        edits,
        fc.array(problem, { maxLength: 30 }),
        fc.array(contradiction, { maxLength: 3 }),
        options,
        (status, changes, problems, contradictions, opts) => {
          const value = mutate(fixture(kind), changes);
          const result = { status, kind, value, problems, contradictions, version: { found: 1, current: 1 } };
          const related = { handoff: { status: 'valid', kind: 'sales-to-cs', value: mutate(fixture('sales-to-cs'), changes) } };
          const view = build(kind, result, opts, related);
          expectWellFormed(kind, view);
          // A builder that threw inside would fall back to `invalid`: any object value must stay readable.
          if (typeof value === 'object' && value !== null && !Array.isArray(value)) expect(view.state).toBe('ready');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never throws on mutated payloads through the parser, the view and explain', () => {
    fc.assert(
      fc.property(edits, fc.constantFrom('en-US', 'fr-FR'), (changes, locale) => {
        let text: string;
        try {
          text = JSON.stringify(mutate(fixture(kind), changes)) ?? 'undefined';
        } catch {
          text = '{"cyclic": true}';
        }
        const result = parsePayload(kind, text);
        const view = build(kind, result, { locale, now: new Date('2026-11-23T10:00:00Z') });
        expectWellFormed(kind, view);
        if (result.status === 'valid' || result.status === 'partial') expect(view.state).toBe('ready');
        expect(typeof explainText(kind, result, { locale })).toBe('string');
      }),
      { numRuns: 250 },
    );
  });
});
