/**
 * Whether a payload read from JSON text can skip the lenient walk: nothing in it is a field this
 * version does not know, no optional text is blank, no list is longer than a card keeps. On such a
 * payload the walk would keep everything and report nothing, so when the strict schema accepts it
 * too, the strict result is the whole answer (the walk costs several times more than the schema).
 */
import { unwrap } from '../registry';
import { metaOf } from './paths';
import { DEFAULT_MAX_ITEMS } from './walk';

type Schema = Parameters<typeof unwrap>[0];

/** What the check needs of a schema, worked out once per schema. */
type Plan =
  | { type: 'object'; members: Array<{ key: string; optionalText: boolean; plan: Plan }>; keys: Set<string> }
  | { type: 'array'; maxItems: number; element: Plan }
  | { type: 'leaf' };

const LEAF: Plan = { type: 'leaf' };
const plans = new WeakMap<object, Plan>();

function planOf(schema: Schema): Plan {
  let plan = plans.get(schema);
  if (plan) return plan;
  const def = schema._zod.def as any;
  if (def.type === 'object') {
    const members = Object.keys(def.shape).map((key) => {
      const { inner, optional } = unwrap(def.shape[key]);
      return { key, optionalText: optional && (inner._zod.def as any).type === 'string', plan: planOf(inner) };
    });
    plan = { type: 'object', members, keys: new Set(Object.keys(def.shape)) };
  } else if (def.type === 'array') {
    plan = { type: 'array', maxItems: metaOf(schema)?.maxItems ?? DEFAULT_MAX_ITEMS, element: planOf(unwrap(def.element).inner) };
  } else plan = LEAF;
  plans.set(schema, plan);
  return plan;
}

function clean(plan: Plan, value: unknown): boolean {
  if (plan.type === 'leaf' || value === null || typeof value !== 'object') return true;
  if (plan.type === 'array') {
    if (!Array.isArray(value)) return true;
    if (value.length > plan.maxItems) return false;
    for (const entry of value) if (!clean(plan.element, entry)) return false;
    return true;
  }
  if (Array.isArray(value)) return true;
  const object = value as Record<string, unknown>;
  for (const key in object) if (!plan.keys.has(key)) return false;
  for (const member of plan.members) {
    const child = object[member.key];
    if (child === undefined) continue;
    if (member.optionalText && typeof child === 'string' && child.trim() === '') return false;
    if (!clean(member.plan, child)) return false;
  }
  return true;
}

/**
 * `value` must come from JSON.parse (plain data: no getters, no prototypes, no cycles); anything a
 * wrong type would make of it is left to the strict schema.
 */
export function isCleanPayload(schema: Schema, value: Record<string, unknown>): boolean {
  return clean(planOf(unwrap(schema).inner), value);
}
