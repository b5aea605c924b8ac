/** Problems found while reading a payload, in the user's language (from code and params). */
import type { Kind } from '../contexts';
import type { Problem, ProblemCode } from '../parse/result';
import { isMessageKey, placeholdersOf, type MessageKey } from './catalog';
import { subjectOf } from './fields';
import type { Params, Translator } from './translator';

const baseKey: Record<ProblemCode, MessageKey> = {
  not_json: 'problem.notJson',
  not_object: 'problem.notObject',
  too_long: 'problem.tooLong',
  newer_version: 'problem.newerVersion',
  unknown_version: 'problem.unknownVersion',
  migrated: 'problem.migrated',
  missing: 'problem.missing',
  invalid_type: 'problem.invalidType',
  invalid_value: 'problem.invalidValue',
  invalid_format: 'problem.invalidFormat',
  too_small: 'problem.tooSmall',
  too_big: 'problem.tooBig',
  too_many_items: 'problem.tooManyItems',
  dropped_item: 'problem.droppedItem',
  unknown_field: 'problem.unknownField',
  column_mismatch: 'problem.columnMismatch',
  invalid: 'problem.invalid',
};

export const problemKeys: Readonly<Record<ProblemCode, MessageKey>> = baseKey;

function safeParams(problem: Problem, t: Translator): Params {
  const out: Params = {};
  const params = problem && typeof problem.params === 'object' && problem.params !== null ? problem.params : {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number') out[name] = t.formatNumber(value);
    else if (typeof value === 'string') out[name] = value;
  }
  return out;
}

/**
 * A problem as a sentence in the user's language. Uses the detailed message when the problem
 * carries every value it needs, the short one otherwise. Pass the kind to name fields by their
 * labels; without it the path is shown.
 */
export function problemText(problem: Problem, t: Translator, kind?: Kind): string {
  try {
    const code = problem.code;
    const key = Object.prototype.hasOwnProperty.call(baseKey, code) ? baseKey[code] : 'problem.invalid';
    const params = safeParams(problem, t);
    const path = typeof problem.path === 'string' ? problem.path : '';
    params.subject = subjectOf(kind, path, t);
    let chosen: MessageKey = key;
    const empty = `${key}.empty`;
    const detail = `${key}.detail`;
    if (params.empty !== undefined && isMessageKey(empty)) chosen = empty;
    else if (isMessageKey(detail) && placeholdersOf(t.t(detail)).every((name) => params[name] !== undefined)) chosen = detail;
    return t.t(chosen, params);
  } catch {
    return t.t('problem.invalid', { subject: '—' });
  }
}
