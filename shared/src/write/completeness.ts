/**
 * How complete a payload is: the share of its must-have fields that hold a valid value. Drives the
 * handoff's completeness meter, its percent column and the submit rule.
 */
import type { Kind } from '../contexts';
import { fieldsOf, unwrap } from '../registry';
import { isValidFor } from '../parse/clean';
import { getAt, schemaAt } from '../parse/paths';

export interface Completeness {
  filled: number;
  total: number;
  /** 0–100, rounded down so 99.6 % never shows as done; 100 when the kind has no must-have field. */
  percent: number;
  /** Registry paths of the must-have fields still missing, in registry order. */
  missing: string[];
  /**
   * The handoff's success criteria, and how many of them the customer confirmed: a criterion sales
   * only assumed fills the field but is what CS returns a handoff for, so the meter says both.
   * Zero and zero for other kinds.
   */
  criteria: { total: number; confirmed: number };
}

type Schema = Parameters<typeof unwrap>[0];

function holds(schema: Schema, value: unknown): boolean {
  if (value === undefined || value === null) return false;
  const def = schema._zod.def as { type: string; element?: Schema };
  try {
    if (def.type === 'array') {
      // A list counts as filled when at least one entry is valid.
      return Array.isArray(value) && value.some((entry) => isValidFor(def.element as Schema, entry));
    }
    return isValidFor(schema, value);
  } catch {
    return false;
  }
}

/** Pure: reads a (possibly partial or raw) value and never throws. */
export function completenessOf(kind: Kind, value: unknown): Completeness {
  const mustHave = fieldsOf(kind).filter((f) => f.mustHave && !f.path.includes('[]'));
  const missing: string[] = [];
  for (const field of mustHave) {
    const schema = schemaAt(kind, field.path);
    if (!schema || !holds(schema, getAt(value, field.path))) missing.push(field.path);
  }
  const total = mustHave.length;
  const filled = total - missing.length;
  return { filled, total, percent: total === 0 ? 100 : Math.floor((filled / total) * 100), missing, criteria: criteriaOf(kind, value) };
}

/** Valid success criteria, and those the customer confirmed (an unreadable entry is neither). */
function criteriaOf(kind: Kind, value: unknown): Completeness['criteria'] {
  if (kind !== 'sales-to-cs') return { total: 0, confirmed: 0 };
  const list = getAt(value, 'successCriteria');
  const schema = schemaAt(kind, 'successCriteria');
  const element = schema && ((schema._zod.def as { element?: Schema }).element as Schema | undefined);
  if (!Array.isArray(list) || !element) return { total: 0, confirmed: 0 };
  const valid = list.filter((entry) => {
    try {
      return isValidFor(element, entry);
    } catch {
      return false;
    }
  });
  return { total: valid.length, confirmed: valid.filter((entry) => (entry as { customerConfirmed?: unknown }).customerConfirmed === true).length };
}
