/** The CLI's commands. Each returns its exit code and writes through `out` / `err`; none throws on bad input. */
import type { Kind } from '../../shared/src/contexts';
import { parsePayload } from '../../shared/src/parse';
import type { ParseResult, Problem } from '../../shared/src/parse/result';
import { explainText } from '../../shared/src/view';
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

export function check(kind: Kind, file: string, io: Io): number {
  const result = read(kind, file, io);
  if (!result) return exit.unreadable;
  const problems = problemsOf(result);
  for (const problem of problems) io.out(problemLine(problem));
  switch (result.status) {
    case 'valid':
      io.err(`${file}: valid ${kind} payload (schema version ${result.version.current})`);
      return exit.valid;
    case 'empty':
      io.out('(payload): the file holds no payload');
      io.err(`${file}: empty`);
      return exit.invalid;
    case 'partial': {
      const errors = problems.filter((p) => p.severity === 'error').length;
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
