/** Why a payload is too long for a platform, and what to shorten. */
import type { Kind } from '../contexts';
import { pathText, titleOf, type Path } from '../parse/paths';
import { makeProblem } from '../parse/problems';
import type { Problem } from '../parse/result';
import { textLength, textLimits, type Platform } from '../storage';

const platformNames: Record<Platform, string> = { salesforce: 'Salesforce', hubspot: 'HubSpot' };
const SHOWN = 3;

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

function chars(n: number): string {
  return n === 1 ? '1 character' : `${fmt(n)} characters`;
}

/** The tightest limit among the platforms given (both when none is given). */
export function limitFor(platform?: Platform): { limit: number; platform: Platform } {
  if (platform) return { limit: textLimits[platform], platform };
  return textLimits.hubspot <= textLimits.salesforce
    ? { limit: textLimits.hubspot, platform: 'hubspot' }
    : { limit: textLimits.salesforce, platform: 'salesforce' };
}

function longestTexts(value: unknown, path: Array<string | number>, out: Array<{ path: string; length: number }>, depth = 0) {
  if (depth > 20) return;
  if (typeof value === 'string') out.push({ path: pathText(path), length: textLength(JSON.stringify(value)) });
  else if (Array.isArray(value)) value.forEach((entry, i) => longestTexts(entry, [...path, i], out, depth + 1));
  else if (value && typeof value === 'object') for (const [key, entry] of Object.entries(value)) longestTexts(entry, [...path, key], out, depth + 1);
}

function label(kind: Kind, path: string, length: number): string {
  return `${path} (${titleOf(kind, path)}, ${chars(length)})`;
}

/** A `too_long` problem when `text` would be cut by the platform (counted in characters); undefined when it fits. */
export function oversize(kind: Kind, path: Path, value: unknown, text: string, platform?: Platform): Problem | undefined {
  const { limit, platform: tightest } = limitFor(platform);
  const length = textLength(text);
  if (length <= limit) return undefined;
  const excess = length - limit;
  const members =
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value)
          .map(([key, entry]) => ({ path: pathText([...path, key]), length: textLength(JSON.stringify(entry) ?? '') }))
          .sort((a, b) => b.length - a.length)
          .slice(0, SHOWN)
      : [];
  const texts: Array<{ path: string; length: number }> = [];
  longestTexts(value, [...path], texts);
  texts.sort((a, b) => b.length - a.length);
  const largest = members.length ? ` Largest fields: ${members.map((m) => label(kind, m.path, m.length)).join(', ')}.` : '';
  const longest = texts.length
    ? ` Longest texts: ${texts
        .slice(0, SHOWN)
        .map((t) => label(kind, t.path, t.length))
        .join(', ')}.`
    : '';
  return makeProblem(
    kind,
    path,
    'too_long',
    'error',
    `would be ${chars(length)}, but ${platformNames[tightest]} keeps only ${fmt(limit)}: shorten it by at least ${chars(excess)}.${largest}${longest}`,
    { limit, length, excess, ...(members[0] && { largest: members[0].path }), ...(texts[0] && { longest: texts[0].path }) },
  );
}
