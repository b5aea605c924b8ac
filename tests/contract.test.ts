/**
 * The integrator's contract: `handoff check` says yes exactly when the published JSON Schema does
 * (docs/schemas/<kind>.schema.json, checked by ajv) and the rules the schema states only in words
 * hold (a value inside its scale, a scale whose max is above its min, the platforms' text limits),
 * which this test applies itself.
 *
 * Payloads come from json-schema-faker, which reads only the published schema, on fixed seeds; each
 * is then mutated once (a field removed or nulled, a text blanked or made too long, a link, an enum,
 * a number, a date or a list broken, or a change the schema still allows such as emoji or spaces
 * around a text), so both sides of the contract are exercised: 2 × PER_KIND payloads per kind.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { generateSync } from 'json-schema-faker';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kinds, type Kind } from '../shared/src/contexts';
import { textLength, textLimits } from '../shared/src/storage';
import { main } from '../scripts/cli/main';
import { schemaWithRules } from '../scripts/generate/json-schema';

const PER_KIND = 200;
const SEED = 20261113;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Schema = Record<string, any>;

const published = (kind: Kind): Schema => JSON.parse(readFileSync(join(__dirname, '..', 'docs', 'schemas', `${kind}.schema.json`), 'utf8'));

/** A small seeded generator (mulberry32), so every run mutates the same way. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] };
}

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** The rules the schemas state in words only. A new such rule must be taught to this test. */
const rulesInWords = {
  'the value lies inside its scale: scale.min ≤ value ≤ scale.max': (node: JsonObject) =>
    !(typeof node.value === 'number' && isObject(node.scale)) ||
    (typeof node.scale.min === 'number' && typeof node.scale.max === 'number' && node.value >= node.scale.min && node.value <= node.scale.max),
  'the scale maximum (max) is greater than its minimum (min)': (node: JsonObject) =>
    !(isObject(node.scale) && typeof node.scale.min === 'number' && typeof node.scale.max === 'number') || node.scale.max > node.scale.min,
};

function rulesHold(value: Json): boolean {
  if (Array.isArray(value)) return value.every(rulesHold);
  if (!isObject(value)) return true;
  return Object.values(rulesInWords).every((holds) => holds(value)) && Object.values(value).every(rulesHold);
}

/** The whole payload, stored as compact JSON, fits both platforms' text fields (counted in characters). */
const fits = (value: Json) => textLength(JSON.stringify(value)) <= Math.min(textLimits.salesforce, textLimits.hubspot);

/** Most generated scores are made to follow the rules (a faker knows nothing of them); the rest stay as they came. */
function followRules(value: Json, rng: ReturnType<typeof random>): void {
  if (Array.isArray(value)) return value.forEach((entry) => followRules(entry, rng));
  if (!isObject(value)) return;
  const scale = value.scale;
  if (isObject(scale) && typeof scale.min === 'number' && typeof scale.max === 'number' && typeof value.value === 'number' && rng.next() < 0.85) {
    if (scale.max <= scale.min) [scale.min, scale.max] = [Math.min(scale.min, scale.max), Math.max(scale.min, scale.max) + 1];
    value.value = scale.min + (scale.max - scale.min) * rng.next();
  }
  Object.values(value).forEach((entry) => followRules(entry, rng));
}

interface Spot {
  /** The object or list holding the value, and its key there. */
  holder: JsonObject | Json[];
  key: string | number;
  schema: Schema;
  required: boolean;
}

/** Every value of a payload with the schema it is checked against (the holder's member). */
function spots(schema: Schema, value: Json, out: Spot[] = []): Spot[] {
  if (isObject(value) && schema.properties) {
    for (const [key, member] of Object.entries(schema.properties as Record<string, Schema>)) {
      const required = (schema.required ?? []).includes(key);
      if (key in value) {
        out.push({ holder: value, key, schema: member, required });
        spots(member, value[key], out);
      } else out.push({ holder: value, key, schema: member, required: false });
    }
  } else if (Array.isArray(value) && schema.items) {
    value.forEach((entry, index) => {
      out.push({ holder: value, key: index, schema: schema.items, required: true });
      spots(schema.items, entry, out);
    });
  }
  return out;
}

const set = (spot: Spot, value: Json) => ((spot.holder as Record<string | number, Json>)[spot.key] = value);
const get = (spot: Spot): Json | undefined => (spot.holder as Record<string | number, Json>)[spot.key];

/** The ways one value can be changed, given its schema: most break it, some only look as if they should. */
function mutationsOf(spot: Spot): Array<[string, () => void]> {
  const { schema } = spot;
  const value = get(spot);
  const out: Array<[string, () => void]> = [];
  if (Array.isArray(spot.holder)) out.push(['null entry', () => set(spot, null)]);
  else if (value === undefined) return out;
  else {
    out.push(['removed', () => delete (spot.holder as JsonObject)[spot.key]]);
    out.push(['null', () => set(spot, null)]);
  }
  if (schema.type === 'string') {
    out.push(['a number instead', () => set(spot, 42)]);
    if (!schema.enum && !schema.format && !schema.const) out.push(['empty', () => set(spot, '')], ['whitespace only', () => set(spot, ' \t\n ')]);
    if (schema.maxLength !== undefined && schema.pattern === '\\S') {
      out.push(['one character too long', () => set(spot, 'x'.repeat(schema.maxLength + 1))]);
      out.push(['too long with spaces around', () => set(spot, ` ${'x'.repeat(schema.maxLength - 1)}  `)]);
      out.push(['as long as allowed, in emoji', () => set(spot, '🚀'.repeat(schema.maxLength))]);
      if (typeof value === 'string' && value.length + 3 <= schema.maxLength) out.push(['spaces around', () => set(spot, ` ${value}\n `)]);
    }
    if (typeof schema.pattern === 'string' && schema.pattern.includes('[Hh][Tt]')) {
      for (const link of ['ftp://example.com/file', 'javascript:alert(1)', 'https://exa mple.com', 'https://', 'mailto:a@example.com'])
        out.push([`link ${link}`, () => set(spot, link)]);
      out.push(['link with upper-case scheme', () => set(spot, 'HTTPS://Example.com/Path?q=1')]);
    }
    if (schema.format === 'date-time')
      for (const text of ['2026-02-30T10:00:00Z', '2026-01-01T10:00:00', '2026-01-01']) out.push([`date-time ${text}`, () => set(spot, text)]);
    if (schema.format === 'date') for (const text of ['2026-02-30', '2026-1-5', '2026-01-01T00:00:00Z']) out.push([`date ${text}`, () => set(spot, text)]);
    if (schema.enum) out.push(['not one of the values', () => set(spot, `${schema.enum[0]}-ish`)]);
  }
  if (schema.type === 'number' || schema.type === 'integer') {
    out.push(['text instead', () => set(spot, String(value ?? 1))]);
    if (schema.minimum !== undefined) out.push(['below the minimum', () => set(spot, schema.minimum - 0.5)]);
    if (schema.maximum !== undefined) out.push(['above the maximum', () => set(spot, schema.maximum + 1)]);
    if (schema.type === 'integer') out.push(['not whole', () => set(spot, 1.5)]);
    if (schema.const !== undefined) out.push(['another version', () => set(spot, schema.const + 1)], ['an older version', () => set(spot, schema.const - 1)]);
  }
  if (schema.type === 'boolean') out.push(['text instead', () => set(spot, 'true')]);
  if (schema.type === 'array') {
    out.push(['an object instead', () => set(spot, {})]);
    if (schema.minItems) out.push(['empty list', () => set(spot, [])]);
    if (schema.maxItems !== undefined && Array.isArray(value) && value.length > 0)
      out.push([
        'one entry too many',
        () =>
          set(
            spot,
            Array.from({ length: schema.maxItems + 1 }, () => clone(value[0])),
          ),
      ]);
  }
  if (schema.type === 'object') {
    out.push(['a list instead', () => set(spot, [])]);
    if (isObject(value) && 'verdict' in (schema.properties ?? {}))
      out.push(['a disagreement without reason', () => set(spot, { ...value, verdict: 'disagree', reason: undefined as never })]);
    const scale = isObject(value) ? value.scale : undefined;
    if (isObject(value) && isObject(scale))
      out.push(['scale turned round', () => set(spot, { ...value, scale: { ...scale, min: scale.max, max: scale.min } })]);
  }
  return out;
}

function check(kind: Kind, payload: Json): { code: number; out: string[] } {
  const out: string[] = [];
  const text = JSON.stringify(payload);
  const code = main(['check', kind, '-'], { out: (line) => out.push(line), err: () => undefined, readStdin: () => text });
  // main is asynchronous only for import and push; check answers at once.
  if (typeof code !== 'number') throw new Error('handoff check answered asynchronously');
  return { code, out };
}

describe('handoff check holds to the published JSON Schemas', () => {
  const ajv = new Ajv2020({ allErrors: false, strict: true });
  addFormats(ajv);

  it.each(kinds)(
    '%s: generated and mutated payloads',
    (kind) => {
      const schema = published(kind);
      const { rules } = schemaWithRules(kind);
      // Every rule the schema states only in words is one this test applies.
      for (const rule of rules.filter((r) => !r.inSchema)) expect(Object.keys(rulesInWords)).toContain(rule.statement);
      const validate = ajv.compile(schema);
      const expected = (payload: Json) => validate(payload) && rulesHold(payload) && fits(payload);
      const rng = random(SEED + kinds.indexOf(kind));
      const disagreements: string[] = [];
      const tally = { accepted: 0, rejected: 0, mutations: new Set<string>() };
      const hold = (payload: Json, how: string) => {
        const want = expected(payload);
        const { code, out } = check(kind, payload);
        expect([0, 1]).toContain(code);
        tally[want ? 'accepted' : 'rejected']++;
        if ((code === 0) !== want)
          disagreements.push(
            `${how}: the schema ${want ? 'accepts' : `rejects (${ajv.errorsText(validate.errors)})`}, check ${code === 0 ? 'accepts' : `rejects:\n    ${out.slice(0, 3).join('\n    ')}`}\n    ${JSON.stringify(payload).slice(0, 300)}`,
          );
      };
      for (let i = 0; i < PER_KIND; i++) {
        const payload = generateSync(schema, { seed: SEED + i, optionalsProbability: 0.6, maxLength: 60, maxItems: 4 }) as Json;
        followRules(payload, rng);
        hold(payload, `generated #${i}`);
        const mutant = clone(payload);
        const mutations = spots(schema, mutant).flatMap(mutationsOf);
        if (mutations.length === 0) continue;
        const [name, apply] = rng.pick(mutations);
        apply();
        tally.mutations.add(name);
        hold(JSON.parse(JSON.stringify(mutant)), `generated #${i}, ${name}`);
      }
      expect(disagreements.slice(0, 5)).toEqual([]);
      // Not vacuous: both sides of the contract were exercised, by many kinds of change.
      expect(tally.accepted).toBeGreaterThan(PER_KIND / 4);
      expect(tally.rejected).toBeGreaterThan(PER_KIND / 4);
      expect(tally.mutations.size).toBeGreaterThan(15);
    },
    60_000,
  );
});
