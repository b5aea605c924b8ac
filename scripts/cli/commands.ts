/** The CLI's commands. Each returns its exit code and writes through `out` / `err`; none throws on bad input. */
import type { Kind } from '../../shared/src/contexts';
import { otherKindOf, parsePayload } from '../../shared/src/parse';
import type { ParseResult, Problem } from '../../shared/src/parse/result';
import { textLimits, type Platform } from '../../shared/src/storage';
import { explainText } from '../../shared/src/view';
import { oversize } from '../../shared/src/write/size';
import { dictionaryText } from '../generate/dictionary';
import { jsonSchemaOf } from '../generate/json-schema';
import { problemLine } from './problem-line';
import { readJson } from './read-json';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  readStdin: () => string;
}

export const exit = { valid: 0, invalid: 1, unreadable: 2 } as const;

function problemsOf(result: ParseResult<unknown>): Problem[] {
  if (result.status === 'empty') return [];
  if (result.status === 'invalid') return [result.reason, ...result.problems.filter((p) => p !== result.reason)];
  return result.problems;
}

function read(kind: Kind, file: string, io: Io): ParseResult<unknown> | undefined {
  const read = readJson(file, io.readStdin);
  if (!read.ok) {
    io.err(read.message);
    return undefined;
  }
  return parsePayload(kind, read.value) as ParseResult<unknown>;
}

export const platforms = Object.keys(textLimits) as Platform[];

export function isPlatform(value: string): value is Platform {
  return (platforms as string[]).includes(value);
}

/**
 * Whether a payload fits the text field it is stored in, on each platform asked about (both by
 * default). Measured as compact JSON, the least text the payload can be stored as, in characters.
 */
function sizeProblems(kind: Kind, value: unknown, platform: Platform | undefined): Problem[] {
  const text = JSON.stringify(value);
  const problems: Problem[] = [];
  for (const p of platform ? [platform] : platforms) {
    const problem = oversize(kind, [], value, text, p);
    if (problem) problems.push(problem);
  }
  return problems;
}

/**
 * Holds a payload to its published JSON Schema and to what a card would refuse: strict reading
 * (null or blank optional fields, over-long lists and older versions are errors), the rules between
 * fields, and the platforms' text limits.
 */
export function check(kind: Kind, file: string, io: Io, options: { platform?: Platform } = {}): number {
  const input = readJson(file, io.readStdin);
  if (!input.ok) {
    io.err(input.message);
    return exit.unreadable;
  }
  const result = parsePayload(kind, input.value, { strict: true }) as ParseResult<unknown>;
  const other = result.status === 'valid' ? undefined : otherKindOf(kind, input.value);
  if (other) {
    io.out(`(payload): wrong kind: its fields are those of a ${other} payload, not a ${kind} one; check it with "handoff check ${other} ${file}"`);
    io.err(`${file}: wrong kind (a ${other} payload checked as ${kind})`);
    return exit.invalid;
  }
  const problems = problemsOf(result);
  const tooLong = result.status === 'valid' || result.status === 'partial' ? sizeProblems(kind, input.value, options.platform) : [];
  for (const problem of [...problems, ...tooLong]) io.out(problemLine(problem));
  const where = options.platform ? ` (${options.platform})` : '';
  switch (result.status) {
    case 'valid':
      if (tooLong.length) {
        io.err(`${file}: valid ${kind} payload, but too long to store${where}`);
        return exit.invalid;
      }
      io.err(`${file}: valid ${kind} payload (schema version ${result.version.current})`);
      return exit.valid;
    case 'empty':
      io.out('(payload): the file holds no payload');
      io.err(`${file}: empty`);
      return exit.invalid;
    case 'partial': {
      const errors = [...problems, ...tooLong].filter((p) => p.severity === 'error').length;
      io.err(`${file}: partly valid ${kind} payload, ${errors} problem${errors === 1 ? '' : 's'}`);
      return exit.invalid;
    }
    case 'invalid':
      io.err(`${file}: not a valid ${kind} payload`);
      return exit.invalid;
  }
}

export function explain(kind: Kind, file: string, options: { locale?: string; timeZone?: string }, io: Io): number {
  const result = read(kind, file, io);
  if (!result) return exit.unreadable;
  io.out(explainText(kind, result as never, options).trimEnd());
  return result.status === 'valid' ? exit.valid : exit.invalid;
}

export function schema(kind: Kind, io: Io): number {
  io.out(JSON.stringify(jsonSchemaOf(kind), null, 2));
  return exit.valid;
}

export function fields(kind: Kind | undefined, io: Io): number {
  io.out(dictionaryText(kind).trimEnd());
  return exit.valid;
}
