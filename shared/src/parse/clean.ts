/**
 * The shortcut for a clean payload: one pass that reads a payload just as the strict schema would,
 * or says it needs the lenient walk. Clean means: nothing in it is a field this version does not
 * know, no optional text is blank, no list is longer than a card keeps, and every value is valid.
 * On such a payload the walk would keep everything and report nothing, and it costs several times
 * more than this pass. Most stored payloads are clean.
 *
 * The pass follows the zod definitions of the context (so it cannot drift from them): types,
 * trims, lengths, patterns, bounds, enums, literals and object refinements. A part of a schema it
 * does not know how to check (a URL, say) is handed to zod itself.
 */
import { unwrap } from '../registry';
import { textLength } from '../storage';
import { metaOf } from './paths';
import { DEFAULT_MAX_ITEMS } from './walk';

type Schema = Parameters<typeof unwrap>[0];

/** One step of a text check, in the schema's order. */
type TextStep = { trim: (text: string) => string } | { min: number } | { max: number } | { pattern: RegExp };

type Plan =
  | { type: 'object'; members: Member[]; keys: Set<string>; refinements: Array<(value: unknown) => unknown> }
  | { type: 'array'; maxItems: number; minItems: number; element: Plan }
  | { type: 'text'; steps: TextStep[] }
  | { type: 'number'; integer: boolean; bounds: Array<{ value: number; inclusive: boolean; above: boolean }> }
  | { type: 'oneOf'; values: Set<unknown> }
  | { type: 'boolean' }
  | { type: 'zod'; schema: Schema };

interface Member {
  key: string;
  optional: boolean;
  optionalText: boolean;
  plan: Plan;
}

/** A value the plan refuses: the payload takes the lenient walk. */
const REFUSED = Symbol('refused');

const plans = new WeakMap<object, Plan>();

function defOf(check: unknown): any {
  return (check as { _zod: { def: unknown } })._zod.def;
}

function textPlan(schema: Schema, def: any): Plan {
  const steps: TextStep[] = [];
  if (def.format !== undefined) {
    // Dates and date-times are patterns; other formats (URLs) have checks of their own.
    if ((def.format !== 'date' && def.format !== 'datetime') || !(def.pattern instanceof RegExp)) return { type: 'zod', schema };
    steps.push({ pattern: def.pattern });
  }
  for (const check of def.checks ?? []) {
    const c = defOf(check);
    if (c.check === 'overwrite' && typeof c.tx === 'function') steps.push({ trim: c.tx });
    else if (c.check === 'min_length' && typeof c.minimum === 'number') steps.push({ min: c.minimum });
    else if (c.check === 'max_length' && typeof c.maximum === 'number') steps.push({ max: c.maximum });
    else if (c.check === 'string_format' && c.format === 'regex' && c.pattern instanceof RegExp) steps.push({ pattern: c.pattern });
    else return { type: 'zod', schema };
  }
  return { type: 'text', steps };
}

function numberPlan(schema: Schema, def: any): Plan {
  if (def.format !== undefined && def.format !== 'safeint') return { type: 'zod', schema };
  const bounds: Array<{ value: number; inclusive: boolean; above: boolean }> = [];
  for (const check of def.checks ?? []) {
    const c = defOf(check);
    if ((c.check === 'greater_than' || c.check === 'less_than') && typeof c.value === 'number')
      bounds.push({ value: c.value, inclusive: !!c.inclusive, above: c.check === 'greater_than' });
    else return { type: 'zod', schema };
  }
  return { type: 'number', integer: def.format === 'safeint', bounds };
}

function planOf(schema: Schema): Plan {
  let plan = plans.get(schema);
  if (plan) return plan;
  const def = schema._zod.def as any;
  switch (def.type) {
    case 'object': {
      const refinements: Array<(value: unknown) => unknown> = [];
      for (const check of def.checks ?? []) {
        const c = defOf(check);
        if (c.check === 'custom' && typeof c.fn === 'function') refinements.push(c.fn);
        else refinements.push(() => false);
      }
      const members = Object.keys(def.shape).map((key) => {
        const { inner, optional } = unwrap(def.shape[key]);
        return { key, optional, optionalText: optional && (inner._zod.def as any).type === 'string', plan: planOf(inner) };
      });
      plan = { type: 'object', members, keys: new Set(Object.keys(def.shape)), refinements };
      break;
    }
    case 'array': {
      let minItems = 0;
      let known = true;
      for (const check of def.checks ?? []) {
        const c = defOf(check);
        if (c.check === 'min_length' && typeof c.minimum === 'number') minItems = Math.max(minItems, c.minimum);
        else known = false;
      }
      plan = known
        ? { type: 'array', maxItems: metaOf(schema)?.maxItems ?? DEFAULT_MAX_ITEMS, minItems, element: planOf(unwrap(def.element).inner) }
        : { type: 'zod', schema };
      break;
    }
    case 'string':
      plan = textPlan(schema, def);
      break;
    case 'number':
      plan = numberPlan(schema, def);
      break;
    case 'enum':
      plan = def.checks?.length ? { type: 'zod', schema } : { type: 'oneOf', values: new Set(Object.values(def.entries)) };
      break;
    case 'literal':
      plan = def.checks?.length ? { type: 'zod', schema } : { type: 'oneOf', values: new Set(def.values) };
      break;
    case 'boolean':
      plan = def.checks?.length ? { type: 'zod', schema } : { type: 'boolean' };
      break;
    default:
      plan = { type: 'zod', schema };
  }
  plans.set(schema, plan);
  return plan;
}

function readText(steps: TextStep[], value: unknown): unknown {
  if (typeof value !== 'string') return REFUSED;
  let text = value;
  for (const step of steps) {
    if ('trim' in step) text = step.trim(text);
    // Lengths in characters (code points), as zod counts them: a unit count settles most cases.
    else if ('min' in step) {
      if (text.length < step.min || (text.length < step.min * 2 && textLength(text) < step.min)) return REFUSED;
    } else if ('max' in step) {
      if (text.length > step.max && textLength(text) > step.max) return REFUSED;
    } else {
      step.pattern.lastIndex = 0;
      if (!step.pattern.test(text)) return REFUSED;
    }
  }
  return text;
}

function read(plan: Plan, value: unknown): unknown {
  switch (plan.type) {
    case 'text':
      return readText(plan.steps, value);
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return REFUSED;
      if (plan.integer && !Number.isSafeInteger(value)) return REFUSED;
      for (const b of plan.bounds) {
        const ok = b.above ? (b.inclusive ? value >= b.value : value > b.value) : b.inclusive ? value <= b.value : value < b.value;
        if (!ok) return REFUSED;
      }
      return value;
    }
    case 'oneOf':
      return plan.values.has(value) ? value : REFUSED;
    case 'boolean':
      return typeof value === 'boolean' ? value : REFUSED;
    case 'array': {
      if (!Array.isArray(value) || value.length > plan.maxItems || value.length < plan.minItems) return REFUSED;
      const out = new Array(value.length);
      for (let i = 0; i < value.length; i++) {
        const entry = read(plan.element, value[i]);
        if (entry === REFUSED) return REFUSED;
        out[i] = entry;
      }
      return out;
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return REFUSED;
      const object = value as Record<string, unknown>;
      for (const key in object) if (!plan.keys.has(key)) return REFUSED;
      const out: Record<string, unknown> = {};
      for (const member of plan.members) {
        const child = object[member.key];
        if (child === undefined) {
          if (member.optional) continue;
          return REFUSED;
        }
        // The walk reads a blank optional text as absent: leave that reading to it.
        if (member.optionalText && typeof child === 'string' && child.trim() === '') return REFUSED;
        const kept = read(member.plan, child);
        if (kept === REFUSED) return REFUSED;
        out[member.key] = kept;
      }
      for (const refine of plan.refinements) if (!refine(out)) return REFUSED;
      return out;
    }
    case 'zod': {
      const result = (plan.schema as any).safeParse(value);
      return result.success ? result.data : REFUSED;
    }
  }
}

/**
 * The payload as the strict schema reads it, when it is clean; undefined when it needs the walk.
 * `value` must come from JSON.parse: plain data, with no getters, prototypes or cycles.
 */
export function readClean(schema: Schema, value: Record<string, unknown>): Record<string, unknown> | undefined {
  try {
    const out = read(planOf(unwrap(schema).inner), value);
    return out === REFUSED ? undefined : (out as Record<string, unknown>);
  } catch {
    // A refinement that throws on an odd value: the walk will say what is wrong.
    return undefined;
  }
}

/** Whether a value is valid for a schema: the one-pass check first, zod itself when that pass refuses. */
export function isValidFor(schema: Schema, value: unknown): boolean {
  try {
    if (read(planOf(schema), value) !== REFUSED) return true;
  } catch {
    // fall through to zod
  }
  return (schema as any).safeParse(value).success;
}
