/**
 * Problems in plain English: each names the field by its path and registry title, says what was
 * expected and what was found. Cards localise from `code` and `params`; the CLI prints `message`.
 */
import type { Kind } from '../contexts';
import { describeType, unwrap } from '../registry';
import { textLength } from '../storage';
import { pathText, titleOf, type Path } from './paths';
import type { Problem, ProblemCode } from './result';

type Schema = Parameters<typeof unwrap>[0];

const QUOTE_LIMIT = 40;

/** What a value is, in words: `text "high"`, `the number 12`, `a list of 3 entries`. */
export function describeValue(value: unknown): string {
  try {
    if (value === undefined) return 'nothing';
    if (value === null) return 'nothing (null)';
    if (typeof value === 'string') {
      if (value.trim() === '') return 'empty text';
      const shown = value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT)}…` : value;
      return `text ${JSON.stringify(shown)}`;
    }
    if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : `${value}`;
    if (typeof value === 'boolean') return `${value}`;
    if (Array.isArray(value)) return value.length === 1 ? 'a list of 1 entry' : `a list of ${value.length} entries`;
    if (typeof value === 'object') return 'an object';
    return `a ${typeof value}`;
  } catch {
    return 'a value that could not be read';
  }
}

/** What a schema wants, in words: `a number`, `one of: raises, lowers`, `a date-time (…)`. */
export function describeExpected(schema: Schema): string {
  const type = describeType(schema);
  if (type === 'number') return 'a number';
  if (type === 'whole number') return 'a whole number';
  if (type === 'object') return 'an object';
  if (type === 'list of object') return 'a list of entries';
  if (type.startsWith('list of')) return `a ${type}`;
  if (type.startsWith('date-time')) return 'a date-time (ISO 8601 with offset, e.g. 2026-11-23T10:00:00Z)';
  if (type.startsWith('date')) return 'a date (YYYY-MM-DD)';
  if (type.startsWith('URL')) return 'a web link (http or https)';
  return type;
}

export function makeProblem(
  kind: Kind,
  path: Path | string,
  code: ProblemCode,
  severity: Problem['severity'],
  detail: string,
  params?: Problem['params'],
): Problem {
  const text = typeof path === 'string' ? path : pathText(path);
  const subject = text === '' ? titleOf(kind, '') : `${text} (${titleOf(kind, text)})`;
  return { path: text, code, severity, ...(params && { params }), message: `${subject}: ${detail}` };
}

/** The one zod issue fields we read; zod/mini carries no messages of its own, so we write them. */
interface Issue {
  code: string;
  path: PropertyKey[];
  message?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  values?: unknown[];
  expected?: string;
  note?: string;
}

function sizeWords(origin: string | undefined, n: number): string {
  if (origin === 'string') return n === 1 ? '1 character' : `${n} characters`;
  if (origin === 'array') return n === 1 ? '1 entry' : `${n} entries`;
  return String(n);
}

function sizeOf(value: unknown): number | undefined {
  if (typeof value === 'string') return textLength(value);
  if (Array.isArray(value)) return value.length;
  return typeof value === 'number' ? value : undefined;
}

/** Turns one zod issue at `path` (for a value `got` checked against `schema`) into a Problem. */
export function problemFromIssue(kind: Kind, path: Path, issue: Issue, schema: Schema, got: unknown): Problem {
  const expected = describeExpected(schema);
  const gotText = describeValue(got);
  const base = { expected, got: gotText };
  switch (issue.code) {
    case 'invalid_type':
      if (got === undefined || got === null) return makeProblem(kind, path, 'missing', 'error', `is missing; expected ${expected}`, base);
      return makeProblem(kind, path, 'invalid_type', 'error', `expected ${expected}, got ${gotText}`, base);
    case 'invalid_value':
      return makeProblem(kind, path, 'invalid_value', 'error', `expected ${expected}, got ${gotText}`, base);
    case 'invalid_format':
      return makeProblem(kind, path, 'invalid_format', 'error', `expected ${expected}, got ${gotText}`, base);
    case 'too_small': {
      const min = Number(issue.minimum);
      const size = sizeOf(got);
      if (min === 1 && size === 0) {
        const empty = issue.origin === 'array' ? 'is an empty list; it needs at least 1 entry' : 'is empty';
        return makeProblem(kind, path, 'too_small', 'error', empty, { ...base, minimum: min, empty: 1 });
      }
      if (issue.origin === 'string' && typeof got === 'string' && got.trim() === '')
        return makeProblem(kind, path, 'too_small', 'error', 'is empty', { ...base, minimum: min, empty: 1 });
      const at = issue.origin === 'string' || issue.origin === 'array' ? `at least ${sizeWords(issue.origin, min)}` : `at least ${min}`;
      const found = size !== undefined && issue.origin !== 'number' && issue.origin !== 'int' ? `, got ${sizeWords(issue.origin, size)}` : `, got ${gotText}`;
      return makeProblem(kind, path, 'too_small', 'error', `must be ${at}${found}`, { ...base, minimum: min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      const size = sizeOf(got);
      if (issue.origin === 'string' || issue.origin === 'array') {
        const found = size !== undefined ? `, got ${sizeWords(issue.origin, size)}` : '';
        return makeProblem(kind, path, 'too_big', 'error', `is too long: at most ${sizeWords(issue.origin, max)}${found}`, {
          ...base,
          maximum: max,
        });
      }
      return makeProblem(kind, path, 'too_big', 'error', `must be at most ${max}, got ${gotText}`, { ...base, maximum: max });
    }
    case 'not_multiple_of':
      return makeProblem(kind, path, 'invalid_type', 'error', `expected ${expected}, got ${gotText}`, base);
    case 'unrecognized_keys':
      return makeProblem(kind, path, 'unknown_field', 'warning', 'has fields this version does not know', base);
    case 'custom':
      return makeProblem(kind, path, 'invalid', 'error', `${issue.message ?? 'breaks a rule'}${got === undefined ? '' : `, got ${gotText}`}`, base);
    default:
      return makeProblem(kind, path, 'invalid', 'error', `is not valid (${issue.code}), got ${gotText}`, base);
  }
}

export function isError(problem: Problem): boolean {
  return problem.severity === 'error';
}

/**
 * A reader's warning turned into a writer's refusal: what a card shows and reads past, a writer must
 * not store.
 */
export function asRefusal(problem: Problem): Problem {
  if (problem.severity === 'error') return problem;
  if (problem.code === 'unknown_field' && problem.params?.field !== undefined)
    return {
      ...problem,
      severity: 'error',
      message: `${problem.path}: ${JSON.stringify(problem.params.field)} is not a field this version knows; remove it or check its spelling.`,
    };
  if (problem.code === 'migrated')
    return {
      ...problem,
      severity: 'error',
      message: `${problem.message.replace(/ and upgraded to version \d+ on read\.$/, '')}; write version ${problem.params?.current} instead.`,
    };
  return { ...problem, severity: 'error' };
}
