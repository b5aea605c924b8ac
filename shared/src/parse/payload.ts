/**
 * parsePayload: stored text or a value → a typed ParseResult. Never throws. Reads the version,
 * upgrades older payloads, reads newer ones as far as this version knows them, and keeps every
 * valid part of a broken payload.
 */
import { contexts, type Kind } from '../contexts';
import { textLength, textLimits, type Platform } from '../storage';
import { readClean } from './clean';
import { isPlainObject, readOwn } from './paths';
import { asRefusal, describeValue, isError, makeProblem } from './problems';
import type { Contradiction, ParseResult, PayloadOf, Problem, ProblemCode, VersionInfo } from './result';
import { walkPayload, type WalkContext } from './walk';

export interface ParseOptions {
  /** The platform the text was stored in: its text limit tells a cut payload from a broken one. */
  platform?: Platform;
  /**
   * Hold the payload to its published JSON Schema, as `handoff check` does: what a card reads past
   * is an error here. An optional field given as null or blank text (a card reads it as absent), a
   * list longer than a card keeps, and an older version (a card upgrades it) are reported as errors.
   */
  strict?: boolean;
}

/** The warnings a strict read reports as errors (besides null and blank optional fields, found by the walk). */
const STRICT_ERRORS: ReadonlySet<ProblemCode> = new Set<ProblemCode>(['too_many_items', 'migrated']);

function harden(problems: Problem[]): void {
  for (let i = 0; i < problems.length; i++) if (STRICT_ERRORS.has(problems[i].code)) problems[i] = asRefusal(problems[i]);
}

/** More problems than this are summed up in one last problem. */
export const MAX_PROBLEMS = 100;

const platformNames: Record<Platform, string> = { salesforce: 'Salesforce', hubspot: 'HubSpot' };

export type Overlay = (payload: Record<string, unknown>, problems: Problem[]) => void;

interface Internal extends ParseOptions {
  /** Writes column-held values into the payload before it is checked (see columns.ts). */
  overlay?: Overlay;
  /** Always take the lenient walk (tests compare it with the shortcut for clean payloads). */
  alwaysWalk?: boolean;
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

function invalid<K extends Kind>(kind: K, problems: Problem[], reason?: Problem): ParseResult<PayloadOf<K>> {
  const capped = capProblems(problems);
  return { status: 'invalid', kind, reason: reason ?? capped.find(isError) ?? capped[0], problems: capped };
}

/** Keeps the first MAX_PROBLEMS - 1 problems and sums up the rest. */
export function capProblems(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const kept = problems.slice(0, MAX_PROBLEMS - 1);
  const rest = problems.slice(MAX_PROBLEMS - 1);
  const errors = rest.filter(isError).length;
  kept.push({
    path: '',
    code: 'invalid',
    severity: errors > 0 ? 'error' : 'warning',
    params: { count: rest.length, errors },
    message: `and ${rest.length} more problems (${errors} of them errors).`,
  });
  return kept;
}

/** Where JSON.parse stopped, when its message says. */
function jsonPosition(error: unknown, text: string): number | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  if (/end of (JSON )?input|Unterminated/i.test(message)) return text.length;
  return undefined;
}

function readText<K extends Kind>(
  kind: K,
  text: string,
  options: Internal,
  problems: Problem[],
): { ok: true; value: unknown } | { ok: false; result: ParseResult<PayloadOf<K>> } {
  const limit = textLimits[options.platform ?? 'salesforce'];
  const where = options.platform ? platformNames[options.platform] : 'Salesforce, the larger of the two platforms,';
  const length = textLength(text);
  const tooLong = length > limit;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    const value = JSON.parse(body);
    if (tooLong)
      problems.push(
        makeProblem(
          kind,
          '',
          'too_long',
          'warning',
          `is ${fmt(length)} characters long, but ${where} keeps only ${fmt(limit)}; saving it there would cut it.`,
          {
            limit,
            length,
          },
        ),
      );
    return { ok: true, value };
  } catch (error) {
    const position = jsonPosition(error, body);
    const token = /Unexpected token '(.{1,4}?)'/.exec(error instanceof Error ? error.message : '');
    const start = body.trimStart();
    const at = !/^[[{]/.test(start)
      ? ` It begins with ${describeValue(start)}, not with "{".`
      : position !== undefined
        ? ` It breaks at character ${fmt(position)} of ${fmt(body.length)}.`
        : token
          ? ` It has an unexpected ${JSON.stringify(token[1])} where a value should be.`
          : '';
    const notJson = makeProblem(kind, '', 'not_json', 'error', `the stored text is not JSON.${at}`, {
      length: body.length,
      ...(position !== undefined && { position }),
    });
    if (tooLong) {
      const reason = makeProblem(
        kind,
        '',
        'too_long',
        'error',
        `the stored text is ${fmt(length)} characters long, but ${where} keeps only ${fmt(limit)} characters, so the payload was probably cut and can no longer be read.`,
        { limit, length },
      );
      return { ok: false, result: invalid(kind, [...problems, reason, notJson], reason) };
    }
    if (position !== undefined && textLength(body) === limit) {
      // Exactly at the limit and broken at its end: the platform cut it.
      notJson.message += ` It is exactly ${fmt(limit)} characters long, the most the platform keeps: it was probably cut.`;
    }
    return { ok: false, result: invalid(kind, [...problems, notJson], notJson) };
  }
}

/** Settles the version: upgrades an older payload, flags a newer or unknown one. */
function settleVersion(
  kind: Kind,
  payload: Record<string, unknown>,
  problems: Problem[],
): { payload: unknown; version: VersionInfo; current: boolean; migrated: boolean } {
  const context = contexts[kind];
  const current = context.version;
  const read = readOwn(payload, 'schemaVersion');
  const found = read.ok ? read.value : undefined;
  if (typeof found !== 'number' || !Number.isSafeInteger(found) || found < 1) {
    const detail =
      found === undefined || found === null
        ? `is missing, so the payload was read as version ${current}, the version this card understands.`
        : `expected a whole number, got ${describeValue(found)}, so the payload was read as version ${current}, the version this card understands.`;
    problems.push(makeProblem(kind, 'schemaVersion', 'unknown_version', 'error', detail, { current }));
    return { payload, version: { found: null, current }, current: false, migrated: false };
  }
  const version = { found, current };
  if (found === current) return { payload, version, current: true, migrated: false };
  if (found > current) {
    problems.push(
      makeProblem(
        kind,
        '',
        'newer_version',
        'error',
        `written by a newer version (${found}) of Handoff Context; this card understands version ${current} — showing the fields it knows.`,
        { found, current },
      ),
    );
    return { payload, version, current: false, migrated: false };
  }
  let value: unknown = payload;
  for (let step = found; step < current; step++) {
    const migrate = context.migrations[step];
    if (!migrate) {
      problems.push(
        makeProblem(
          kind,
          'schemaVersion',
          'unknown_version',
          'error',
          `version ${found} is older than any this card can upgrade, so the payload was read as version ${current}.`,
          {
            found,
            current,
          },
        ),
      );
      return { payload, version, current: false, migrated: false };
    }
    try {
      value = migrate(value);
    } catch {
      value = undefined;
    }
    if (!isPlainObject(value)) {
      problems.push(
        makeProblem(kind, '', 'invalid', 'error', `could not be upgraded from version ${step}; it was read as version ${current}.`, { found, current }),
      );
      return { payload, version, current: false, migrated: false };
    }
  }
  if (readOwn(value, 'schemaVersion').ok && (value as Record<string, unknown>).schemaVersion === current) {
    problems.push(
      makeProblem(kind, '', 'migrated', 'warning', `was written as version ${found} and upgraded to version ${current} on read.`, { found, current }),
    );
    return { payload: value, version, current: true, migrated: true };
  }
  problems.push(
    makeProblem(
      kind,
      '',
      'invalid',
      'error',
      `says version ${found} but does not have the shape of version ${found}, so it could not be upgraded; it was read as version ${current}.`,
      {
        found,
        current,
      },
    ),
  );
  return { payload, version, current: false, migrated: false };
}

function nothingUsable(kind: Kind, problems: Problem[]): Problem {
  const errors = problems.filter(isError);
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problems)` : '';
  return makeProblem(kind, '', 'invalid', 'error', `nothing in this payload could be read. First problem: ${first ? first.message : 'none'}${more}`, {
    errors: errors.length,
  });
}

export function parseInternal<K extends Kind>(kind: K, input: unknown, options: Internal = {}): ParseResult<PayloadOf<K>> {
  const problems: Problem[] = [];
  try {
    if (input === undefined || input === null) return { status: 'empty', kind };
    let value: unknown = input;
    if (typeof input === 'string') {
      if (input.trim() === '') return { status: 'empty', kind };
      const read = readText(kind, input, options, problems);
      if (!read.ok) return read.result;
      value = read.value;
    }
    if (!isPlainObject(value)) {
      const hint = typeof value === 'string' ? ' (a quoted text: was the payload encoded twice?)' : '';
      const reason = makeProblem(
        kind,
        '',
        'not_object',
        'error',
        `expected an object with the ${contexts[kind].title.toLowerCase()} fields, got ${describeValue(value)}${hint}.`,
        {
          got: describeValue(value),
        },
      );
      return invalid(kind, [...problems, reason], reason);
    }
    const settled = settleVersion(kind, value, problems);
    if (options.strict) harden(problems);
    let payload = settled.payload as Record<string, unknown>;
    if (options.overlay) {
      payload = { ...payload };
      options.overlay(payload, problems);
    }
    const schema = contexts[kind].schema;
    const contradictions: Contradiction[] = [];
    // Text gives plain data, which the shortcut needs; most stored payloads are clean.
    const clean = typeof input === 'string' && !options.alwaysWalk && settled.current && !problems.some(isError) ? readClean(schema, payload) : undefined;
    if (clean) {
      const value = { schemaVersion: settled.version.current, ...clean };
      return { status: 'valid', kind, value: value as never, problems: capProblems(problems), version: settled.version, contradictions };
    }
    const ctx: WalkContext = { kind, unknownReported: 0, unknownMore: 0, strict: options.strict };
    const outcome = walkPayload(ctx, schema, payload, problems);
    if (options.strict) harden(problems);
    const walked = (outcome.state === 'ok' ? outcome.value : {}) as Record<string, unknown>;
    const usable = Object.keys(walked).length > 0;
    const out: Record<string, unknown> = settled.current ? { schemaVersion: settled.version.current, ...walked } : walked;
    if (!problems.some(isError)) {
      // The walk kept only valid parts; the strict schema has the last word on a `valid` result.
      const strict = (schema as any).safeParse(out);
      if (strict.success) return { status: 'valid', kind, value: strict.data, problems: capProblems(problems), version: settled.version, contradictions };
      for (const issue of strict.error.issues as Array<{ path: Array<string | number> }>)
        problems.push(makeProblem(kind, issue.path, 'invalid', 'error', 'does not pass the schema.'));
    }
    if (!usable) {
      const reason = nothingUsable(kind, problems);
      return invalid(kind, [reason, ...problems], reason);
    }
    return { status: 'partial', kind, value: out as never, problems: capProblems(problems), version: settled.version, contradictions };
  } catch (error) {
    const reason = makeProblem(kind, '', 'invalid', 'error', `could not be read (${error instanceof Error ? error.message : String(error)}).`);
    return invalid(kind, [...problems, reason], reason);
  }
}

/**
 * Reads a payload: JSON text as stored, or a value already parsed. Never throws.
 * Without `platform`, text is held to the larger limit (Salesforce's).
 */
export function parsePayload<K extends Kind>(kind: K, input: unknown, options: ParseOptions = {}): ParseResult<PayloadOf<K>> {
  return parseInternal(kind, input, { platform: options.platform, strict: options.strict });
}
