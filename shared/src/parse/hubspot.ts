/** HubSpot: CRM properties, every value a string (as useCrmProperties gives them) → a ParseResult. */
import type { Kind } from '../contexts';
import { hubspotPropertyName } from '../storage';
import { parseColumns, type Cell, type RecordOptions } from './columns';
import { isPlainObject, readOwn } from './paths';
import { makeProblem } from './problems';
import type { ParseResult, PayloadOf } from './result';

export type HubSpotProperties = Record<string, string | null | undefined>;

function cellOf(properties: Record<string, unknown>, name: string): Cell {
  const read = readOwn(properties, name);
  if (!read.ok || read.value === undefined) return { present: false };
  const value = read.value;
  // HubSpot clears a property to the empty string: that is absent, not an empty value.
  if (value === null || value === '') return { present: true, value: null };
  return { present: true, value: typeof value === 'string' ? value : String(value) };
}

/**
 * Reads one context from a HubSpot object's properties. Numbers arrive as text, datetimes as ISO
 * text or epoch milliseconds; HubSpot's test mock sends `fake_<name>` text, which reads as a
 * problem like any other bad value. Never throws.
 */
export function parseHubSpotProperties<K extends Kind>(kind: K, properties: unknown, options: RecordOptions = {}): ParseResult<PayloadOf<K>> {
  if (properties === undefined || properties === null) return { status: 'empty', kind };
  if (!isPlainObject(properties)) {
    const reason = makeProblem(kind, '', 'not_object', 'error', 'expected HubSpot properties (an object of property names to text).');
    return { status: 'invalid', kind, reason, problems: [reason] };
  }
  return parseColumns(kind, { platform: 'hubspot', name: hubspotPropertyName, cell: (name) => cellOf(properties, name) }, options);
}
