/**
 * An admin's settings merged over the defaults, one setting at a time: a bad value falls back to
 * its default and is reported, the rest still applies. Never throws.
 */
import '../fields'; // sets zod's jitless mode before any schema here is used
import * as z from 'zod/mini';
import type { DeepPartial } from '../parse/result';
import { cloneData } from './clone';
import { defaultConfig, weekdays, type HandoffConfig } from './config';

export interface IgnoredSetting {
  /** Dotted path of the setting, e.g. `conflicts.forecastDiscrepancy.maxGapPoints`; '' for all. */
  path: string;
  reason: string;
}

export interface ConfigCheck {
  config: HandoffConfig;
  ignored: IgnoredSetting[];
}

const fraction = z.number().check(z.gte(0), z.lte(1));
const days = z.number().check(z.gt(0), z.lte(3650));
const points = z.number().check(z.gte(0), z.lte(100));
const role = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));
const deadline = z.union([
  z.strictObject({ hours: z.number().check(z.gt(0), z.lte(24 * 366)) }),
  z.strictObject({ event: z.enum(['next-forecast-meeting', 'next-council-meeting']) }),
]);

const weekday = z.enum(weekdays);
const cadence = z.union([
  z.strictObject({ every: z.literal('week'), weekday }),
  z.strictObject({ every: z.literal('month'), weekday, week: z.literal([1, 2, 3, 4, 'last']) }),
]);

type Leaf = { schema: z.ZodMiniType; expected: string };

/** The rule for one setting, from its name and its default. */
function leafFor(path: string[], fallback: unknown): Leaf {
  const name = path[path.length - 1];
  if (name === 'notify') return { schema: z.array(role).check(z.maxLength(20)), expected: 'a list of up to 20 roles' };
  if (name === 'owner') return { schema: role, expected: 'a role (a role message key or text up to 80 characters)' };
  if (name === 'deadline') return { schema: deadline, expected: '{ hours: n } or { event: "next-forecast-meeting" | "next-council-meeting" }' };
  if (path[0] === 'meetings')
    return {
      schema: cadence,
      expected: '{ every: "week", weekday } or { every: "month", weekday, week: 1 | 2 | 3 | 4 | "last" }, weekday one of monday … sunday',
    };
  if (typeof fallback === 'boolean') return { schema: z.boolean(), expected: 'true or false' };
  if (path[0] === 'staleDays' || path[0] === 'reviewDays' || path[0] === 'commitmentDueSoonDays') return { schema: days, expected: 'a number of days above 0' };
  if (name === 'maxGapPoints' || path.includes('categoryProbability')) return { schema: points, expected: 'a number of percentage points from 0 to 100' };
  return { schema: fraction, expected: 'a number from 0 to 1' };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Settings that are one value made of parts: a deadline, a meeting's cadence. */
const isLeafGroup = (path: string[]) => path[path.length - 1] === 'deadline' || (path[0] === 'meetings' && path.length === 2);

function merge(defaults: Record<string, unknown>, given: unknown, path: string[], ignored: IgnoredSetting[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const source = isPlainObject(given) ? given : {};
  if (given !== undefined && !isPlainObject(given)) ignored.push({ path: path.join('.'), reason: 'expected a group of settings (an object)' });
  for (const [key, fallback] of Object.entries(defaults)) {
    const here = [...path, key];
    let value: unknown;
    try {
      value = Object.prototype.hasOwnProperty.call(source, key) ? source[key] : undefined;
    } catch {
      ignored.push({ path: here.join('.'), reason: 'could not be read' });
      value = undefined;
    }
    if (isPlainObject(fallback) && !isLeafGroup(here)) {
      out[key] = merge(fallback, value, here, ignored);
      continue;
    }
    if (value === undefined) {
      out[key] = cloneData(fallback);
      continue;
    }
    const leaf = leafFor(here, fallback);
    const parsed = leaf.schema.safeParse(value);
    if (parsed.success) out[key] = parsed.data;
    else {
      out[key] = cloneData(fallback);
      ignored.push({ path: here.join('.'), reason: `expected ${leaf.expected}` });
    }
  }
  try {
    for (const key of Object.keys(source))
      if (!Object.prototype.hasOwnProperty.call(defaults, key)) ignored.push({ path: [...path, key].join('.'), reason: 'not a known setting' });
  } catch {
    // keys that cannot be listed are simply not reported
  }
  return out;
}

/** Pairs of settings that only make sense in order; when not, both fall back. */
function checkOrder(config: HandoffConfig, ignored: IgnoredSetting[]) {
  if (!(config.levels.medium < config.levels.high)) {
    config.levels = { ...defaultConfig.levels };
    ignored.push({ path: 'levels', reason: 'medium must be below high' });
  }
  const health = config.conflicts.customerHealth;
  if (!(health.lowBelow <= health.highAtLeast)) {
    health.lowBelow = defaultConfig.conflicts.customerHealth.lowBelow;
    health.highAtLeast = defaultConfig.conflicts.customerHealth.highAtLeast;
    ignored.push({ path: 'conflicts.customerHealth', reason: 'lowBelow must not be above highAtLeast' });
  }
}

/** Merges settings (an object, or its JSON text) over the defaults and reports what was ignored. */
export function checkConfig(partial?: DeepPartial<HandoffConfig> | string | unknown): ConfigCheck {
  const ignored: IgnoredSetting[] = [];
  let given: unknown = partial;
  if (typeof partial === 'string') {
    try {
      given = partial.trim() === '' ? undefined : JSON.parse(partial);
    } catch {
      return { config: cloneData(defaultConfig), ignored: [{ path: '', reason: 'the settings are not valid JSON' }] };
    }
  }
  if (given === null) given = undefined;
  try {
    const config = merge(defaultConfig as unknown as Record<string, unknown>, given, [], ignored) as unknown as HandoffConfig;
    checkOrder(config, ignored);
    return { config, ignored };
  } catch {
    return { config: cloneData(defaultConfig), ignored: [{ path: '', reason: 'the settings could not be read' }] };
  }
}

/** The settings to use: the admin's where valid, the defaults elsewhere. */
export function resolveConfig(partial?: DeepPartial<HandoffConfig> | string | unknown): HandoffConfig {
  return checkConfig(partial).config;
}
