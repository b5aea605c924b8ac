/**
 * The lenient walk: validates a payload member by member against its context schema and keeps
 * every part that is valid. An invalid list entry is dropped on its own; an invalid optional member
 * is left out; a required one leaves its object partial. The walk follows the schema, never the
 * input, so its depth is the schema's depth whatever the input holds.
 */
import type { Kind } from '../contexts';
import { unwrap } from '../registry';
import { isPlainObject, metaOf, pathText, readOwn, type Path } from './paths';
import { asRefusal, describeExpected, describeValue, isError, makeProblem, problemFromIssue } from './problems';
import type { Problem } from './result';

type Schema = Parameters<typeof unwrap>[0];

/** A list without its own maxItems still stops somewhere. */
export const DEFAULT_MAX_ITEMS = 1000;
/** Past maxItems valid entries, how many more entries are read looking for valid ones. */
const EXTRA_ENTRIES_READ = 1000;
/** Unknown fields reported per payload; the rest are only counted. */
const UNKNOWN_FIELDS_REPORTED = 50;
/** Reasons quoted in one dropped_item message. */
const REASONS_QUOTED = 3;

export type Outcome =
  | { state: 'absent' }
  | { state: 'failed' }
  /** `complete`: the value is strictly valid (nothing required was lost inside it). */
  | { state: 'ok'; value: unknown; complete: boolean };

export interface WalkContext {
  kind: Kind;
  unknownReported: number;
  unknownMore: number;
  /** Report an optional field given as null or blank text (read as absent either way): see ParseOptions.strict. */
  strict?: boolean;
}

const FAILED: Outcome = { state: 'failed' };
const ABSENT: Outcome = { state: 'absent' };

function typeOf(schema: Schema): string {
  return (schema._zod.def as { type: string }).type;
}

function checksOf(schema: Schema): unknown[] {
  return ((schema._zod.def as { checks?: unknown[] }).checks ?? []) as unknown[];
}

/** Validates a value that can be absent, given the member's (possibly optional) schema. */
export function walkMember(ctx: WalkContext, schema: Schema, raw: unknown, path: Path, sink: Problem[], inList: boolean): Outcome {
  const { inner, optional } = unwrap(schema);
  if (raw === undefined || raw === null) {
    if (optional) {
      if (raw === null && ctx.strict)
        sink.push(
          makeProblem(ctx.kind, path, 'invalid_type', 'error', `is null; leave the field out when it has no value, or give ${describeExpected(inner)}`, {
            expected: describeExpected(inner),
            got: describeValue(raw),
          }),
        );
      return ABSENT;
    }
    sink.push(makeProblem(ctx.kind, path, 'missing', 'error', `is missing; expected ${describeExpected(inner)}`, { expected: describeExpected(inner) }));
    return FAILED;
  }
  // An empty optional text carries nothing: read it as absent rather than as an error.
  if (optional && typeof raw === 'string' && raw.trim() === '' && typeOf(inner) === 'string') {
    if (ctx.strict)
      sink.push(makeProblem(ctx.kind, path, 'too_small', 'error', 'is empty; leave the field out when it has no value', { minimum: 1, empty: 1 }));
    return ABSENT;
  }
  return walkValue(ctx, inner, raw, path, sink, inList);
}

export function walkValue(ctx: WalkContext, schema: Schema, raw: unknown, path: Path, sink: Problem[], inList: boolean): Outcome {
  switch (typeOf(schema)) {
    case 'object':
      return walkObject(ctx, schema, raw, path, sink, inList);
    case 'array':
      return walkArray(ctx, schema, raw, path, sink);
    default:
      return walkLeaf(ctx, schema, raw, path, sink);
  }
}

function walkLeaf(ctx: WalkContext, schema: Schema, raw: unknown, path: Path, sink: Problem[]): Outcome {
  try {
    const result = (schema as any).safeParse(raw);
    if (result.success) return { state: 'ok', value: result.data, complete: true };
    sink.push(problemFromIssue(ctx.kind, path, result.error.issues[0], schema, raw));
  } catch (error) {
    sink.push(makeProblem(ctx.kind, path, 'invalid', 'error', `could not be read (${String(error)})`));
  }
  return FAILED;
}

/**
 * Object-level rules (a value within its scale, a reason with a disagreement), checked once every
 * member is valid. A broken rule removes the member it names and leaves the object incomplete.
 */
function applyRefinements(ctx: WalkContext, schema: Schema, out: Record<string, unknown>, path: Path, sink: Problem[]): boolean {
  const result = (schema as any).safeParse(out);
  if (result.success) return true;
  const shape = (schema._zod.def as any).shape as Record<string, Schema>;
  for (const issue of result.error.issues as Array<{ path: Array<string | number> }>) {
    const member = issue.path[0];
    if (typeof member !== 'string' || !Object.prototype.hasOwnProperty.call(shape, member)) {
      sink.push(problemFromIssue(ctx.kind, path, issue as never, schema, out));
      continue;
    }
    let got: unknown = out;
    for (const key of issue.path) {
      const read = readOwn(got, key);
      got = read.ok ? read.value : undefined;
    }
    sink.push(problemFromIssue(ctx.kind, [...path, ...issue.path], issue as never, unwrap(shape[member]).inner, got));
    delete out[member];
  }
  return false;
}

function walkObject(ctx: WalkContext, schema: Schema, raw: unknown, path: Path, sink: Problem[], inList: boolean, skip?: ReadonlySet<string>): Outcome {
  if (!isPlainObject(raw)) {
    sink.push(
      makeProblem(ctx.kind, path, 'invalid_type', 'error', `expected an object, got ${describeValue(raw)}`, { expected: 'an object', got: describeValue(raw) }),
    );
    return FAILED;
  }
  const shape = (schema._zod.def as any).shape as Record<string, Schema>;
  const out: Record<string, unknown> = {};
  let complete = true;
  for (const key of Object.keys(shape)) {
    if (skip?.has(key)) continue;
    const childPath = [...path, key];
    const read = readOwn(raw, key);
    if (!read.ok) {
      sink.push(makeProblem(ctx.kind, childPath, 'invalid', 'error', `could not be read (${read.error})`));
      if (!unwrap(shape[key]).optional) complete = false;
      continue;
    }
    let outcome = walkMember(ctx, shape[key], read.value, childPath, sink, inList);
    // Inside a list entry nothing partial is kept: an incomplete member counts as failed.
    if (outcome.state === 'ok' && !outcome.complete && inList) outcome = FAILED;
    if (outcome.state === 'ok') {
      out[key] = outcome.value;
      if (!outcome.complete) complete = false;
    } else if (outcome.state === 'failed' && !unwrap(shape[key]).optional) complete = false;
  }
  reportUnknown(ctx, raw, shape, path, sink, skip);
  if (complete && checksOf(schema).length > 0 && !applyRefinements(ctx, schema, out, path, sink)) complete = false;
  if (!complete && inList) return FAILED;
  return { state: 'ok', value: out, complete };
}

function reportUnknown(ctx: WalkContext, raw: Record<string, unknown>, shape: Record<string, Schema>, path: Path, sink: Problem[], skip?: ReadonlySet<string>) {
  let keys: string[];
  try {
    keys = Object.keys(raw);
  } catch {
    return;
  }
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(shape, key) || skip?.has(key)) continue;
    if (ctx.unknownReported >= UNKNOWN_FIELDS_REPORTED) {
      ctx.unknownMore++;
      continue;
    }
    ctx.unknownReported++;
    const where = path.length ? `${pathText(path)} (the object)` : 'the payload';
    sink.push({
      path: pathText([...path, key]),
      code: 'unknown_field',
      severity: 'warning',
      params: { field: key },
      message: `${JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key)} is not a field this version knows in ${where}; it was ignored.`,
    });
  }
}

function walkArray(ctx: WalkContext, schema: Schema, raw: unknown, path: Path, sink: Problem[]): Outcome {
  if (!Array.isArray(raw)) {
    sink.push(
      makeProblem(ctx.kind, path, 'invalid_type', 'error', `expected a list, got ${describeValue(raw)}`, { expected: 'a list', got: describeValue(raw) }),
    );
    return FAILED;
  }
  const element = (schema._zod.def as any).element as Schema;
  const maxItems = metaOf(schema)?.maxItems ?? DEFAULT_MAX_ITEMS;
  const readLimit = maxItems + EXTRA_ENTRIES_READ;
  const kept: unknown[] = [];
  let length: number;
  try {
    length = raw.length;
  } catch {
    length = 0;
  }
  let index = 0;
  for (; index < length && kept.length < maxItems && index < readLimit; index++) {
    const local: Problem[] = [];
    const entryPath = [...path, index];
    const read = readOwn(raw, index);
    const outcome: Outcome = read.ok
      ? walkMember(ctx, element, read.value, entryPath, local, true)
      : (local.push(makeProblem(ctx.kind, entryPath, 'invalid', 'error', `could not be read (${read.error})`)), FAILED);
    if (outcome.state === 'ok') {
      kept.push(outcome.value);
      sink.push(...local);
    } else {
      sink.push(droppedItem(ctx, entryPath, local));
    }
  }
  if (length > kept.length && index < length) {
    const unread = length - index;
    const detail =
      kept.length >= maxItems
        ? `has ${length} entries; a card shows at most ${maxItems}, so the last ${unread} were not read`
        : `has ${length} entries; after reading ${index} of them the last ${unread} were not read`;
    sink.push(makeProblem(ctx.kind, path, 'too_many_items', 'warning', detail, { count: length, maxItems, unread }));
  }
  if (checksOf(schema).length > 0) {
    const result = (schema as any).safeParse(kept);
    if (!result.success) {
      sink.push(problemFromIssue(ctx.kind, path, result.error.issues[0], schema, kept));
      return FAILED;
    }
  }
  return { state: 'ok', value: kept, complete: true };
}

function droppedItem(ctx: WalkContext, path: Path, reasons: Problem[]): Problem {
  const errors = reasons.filter(isError);
  const quoted = errors.slice(0, REASONS_QUOTED).map((p) => p.message);
  const more = errors.length - quoted.length;
  const because = quoted.length ? ` because ${quoted.join('; ')}${more > 0 ? `; and ${more} more` : ''}` : '';
  return makeProblem(ctx.kind, path, 'dropped_item', 'error', `this entry was left out${because}.`, {
    reasons: errors.length,
  });
}

/** The top-level walk: the payload object without `schemaVersion`, which the caller settles. */
export function walkPayload(ctx: WalkContext, schema: Schema, raw: Record<string, unknown>, sink: Problem[]): Outcome {
  const outcome = walkObject(ctx, schema, raw, [], sink, false, new Set(['schemaVersion']));
  if (ctx.unknownMore > 0)
    sink.push({
      path: '',
      code: 'unknown_field',
      severity: 'warning',
      params: { count: ctx.unknownMore },
      message: `${ctx.unknownMore} more fields this version does not know were ignored.`,
    });
  return outcome;
}

/**
 * Strict check of one value at a path, for writers: the value must be valid as a whole, with no
 * field this version does not know. Gives the checked value (trimmed) or every problem found.
 */
export function checkAt(
  kind: Kind,
  schema: Schema,
  path: Path,
  raw: unknown,
  options: { optional?: boolean } = {},
): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  if (options.optional && (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === ''))) return { ok: true, value: undefined };
  const problems: Problem[] = [];
  const ctx: WalkContext = { kind, unknownReported: 0, unknownMore: 0 };
  try {
    const outcome = walkMember(ctx, schema, raw, path, problems, true);
    const blocking = problems.filter((p) => isError(p) || p.code === 'unknown_field');
    if (outcome.state === 'ok' && outcome.complete && blocking.length === 0) {
      const strict = (unwrap(schema).inner as any).safeParse(outcome.value);
      if (strict.success) return { ok: true, value: strict.data };
    }
    if (outcome.state === 'absent' && blocking.length === 0) return { ok: true, value: undefined };
    if (blocking.length === 0) problems.push(makeProblem(kind, path, 'invalid', 'error', 'is not valid.'));
    return { ok: false, problems: problems.filter((p) => isError(p) || p.code === 'unknown_field').map(asRefusal) };
  } catch (error) {
    return { ok: false, problems: [makeProblem(kind, path, 'invalid', 'error', `could not be read (${String(error)})`)] };
  }
}
