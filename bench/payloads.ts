/**
 * The largest payload each kind allows: the sample book's richest payload of the kind, every list
 * grown to the entries a card keeps (maxItems) and every free text lengthened towards its field
 * limit, as far as the platform's text limit lets the stored document go.
 */
import { contexts, kinds, type Kind } from '../shared/src/contexts';
import { fieldMetaOf, freeTextLimit, schemaInfo } from '../shared/src/schema-info';
import { samplePayloads } from '../shared/src/samples';
import { textLength, textLimits, type Platform } from '../shared/src/storage';
import { parsePayload, prepareWrite } from '../shared/src';

type Schema = Parameters<typeof schemaInfo>[0];

export interface LargestPayload {
  kind: Kind;
  platform: Platform;
  /** The document as the platform stores it. */
  text: string;
  /** The longest any free text was allowed to grow (capped by its own field limit). */
  textCap: number;
}

/** Repeats a text's own words up to `length` characters, ending on a character that is not a space. */
export function lengthen(text: string, length: number, variant: number): string {
  const seed = `${text} ${variant > 0 ? `(${variant}) ` : ''}`;
  let out = seed;
  while (out.length < length) out += seed;
  out = out.slice(0, Math.max(length, 1)).trimEnd();
  return out.length ? out : text;
}

function grow(schema: Schema, value: unknown, cap: number, variant: number): unknown {
  const info = schemaInfo(schema);
  if (info.type === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const childSchema = Object.prototype.hasOwnProperty.call(info.fields, key) ? info.fields[key] : undefined;
      out[key] = childSchema ? growField(childSchema, child, cap, variant) : child;
    }
    return out;
  }
  const limit = freeTextLimit(schema);
  if (limit !== undefined && typeof value === 'string') return lengthen(value, Math.min(limit, cap), variant);
  return value;
}

function growField(schema: Schema, value: unknown, cap: number, variant: number): unknown {
  const info = schemaInfo(schema);
  if (info.type === 'list' && Array.isArray(value) && value.length > 0) {
    const meta = fieldMetaOf(schema);
    const count = Math.max(value.length, meta?.maxItems ?? value.length);
    return Array.from({ length: count }, (_, i) => grow(info.element, value[i % value.length], cap, variant * 1000 + i));
  }
  return grow(schema, value, cap, variant);
}

/** The richest strictly valid payload of a kind in the sample book. */
export function richestSample(kind: Kind): Record<string, unknown> {
  const candidates = samplePayloads()
    .filter((p) => p.kind === kind && parsePayload(kind, p.payload).status === 'valid')
    .map((p) => p.payload as Record<string, unknown>)
    .sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length);
  if (!candidates.length) throw new Error(`the sample book has no valid ${kind} payload`);
  return candidates[0];
}

/** Grows the sample with every free text capped at `cap` characters; the stored document, or undefined if refused. */
function documentAt(kind: Kind, platform: Platform, sample: Record<string, unknown>, cap: number): string | undefined {
  const grown = growField(contexts[kind].schema as Schema, sample, cap, 0);
  const prepared = prepareWrite(kind, grown, { platform });
  return prepared.ok ? prepared.document : undefined;
}

/** The largest payload of a kind that the platform accepts: binary search on the text cap. */
export function largestPayload(kind: Kind, platform: Platform): LargestPayload {
  const sample = richestSample(kind);
  let low = 0;
  let high = 4000;
  let best = documentAt(kind, platform, sample, 0);
  if (!best) throw new Error(`the ${kind} sample grown to its list limits is refused on ${platform}`);
  if (documentAt(kind, platform, sample, high)) return { kind, platform, text: documentAt(kind, platform, sample, high)!, textCap: high };
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    const text = documentAt(kind, platform, sample, middle);
    if (text) {
      low = middle;
      best = text;
    } else high = middle;
  }
  // Counted as the platforms' limits count: characters (code points), not UTF-16 units.
  if (textLength(best) > textLimits[platform]) throw new Error(`${kind} on ${platform}: ${textLength(best)} characters is over the limit`);
  return { kind, platform, text: best, textCap: low };
}

export function largestPayloads(platforms: Platform[] = ['salesforce', 'hubspot']): LargestPayload[] {
  return platforms.flatMap((platform) => kinds.map((kind) => largestPayload(kind, platform)));
}
