/** The `handoff` command line: argument parsing and dispatch. scripts/handoff.mjs loads the built bundle. */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { isKind, type Kind } from '../../shared/src/contexts';
import { check, exit, explain, fields, isPlatform, platforms, schema, type Io } from './commands';
import { importCommand } from '../import/command';
import { pushCommand } from '../push/command';
import { kindsLine, usage } from './usage';

function usageError(io: Io, message: string): number {
  io.err(`${message}\nRun "handoff --help" for usage.`);
  return exit.unreadable;
}

function kindOf(value: string | undefined, io: Io): Kind | undefined {
  if (value && isKind(value)) return value;
  io.err(value ? `unknown kind "${value}"; ${kindsLine}` : `a kind is needed; ${kindsLine}`);
  return undefined;
}

/** `mappingsDir`: where the shipped import mappings are (mappings/ beside the bundle's folder). */
export function main(argv: string[], io: Io, mappingsDir = 'mappings'): number | Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        locale: { type: 'string' },
        'time-zone': { type: 'string' },
        kind: { type: 'string' },
        platform: { type: 'string' },
        out: { type: 'string' },
        report: { type: 'string' },
        to: { type: 'string' },
        'dry-run': { type: 'boolean' },
        checkpoint: { type: 'string' },
        'target-org': { type: 'string' },
      },
    });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, kindArg, file, ...rest] = positionals;
  if (values.help || command === 'help') {
    io.out(usage.trimEnd());
    return exit.valid;
  }
  if (!command) return usageError(io, 'a command is needed: check, explain, schema, fields, import or push');
  switch (command) {
    case 'check':
    case 'explain': {
      const kind = kindOf(kindArg, io);
      if (!kind) return exit.unreadable;
      if (!file) return usageError(io, `handoff ${command} ${kind} needs a file (or - for standard input)`);
      if (rest.length) return usageError(io, `unexpected argument "${rest[0]}"`);
      if (command === 'check') {
        const platform = values.platform;
        if (platform !== undefined && !isPlatform(platform)) return usageError(io, `--platform must be one of: ${platforms.join(', ')}`);
        return check(kind, file, io, { platform });
      }
      if (values.locale !== undefined && !isLocale(values.locale)) return usageError(io, `"${values.locale}" is not a locale such as en-US or fr-FR`);
      return explain(kind, file, { locale: values.locale, timeZone: values['time-zone'] }, io);
    }
    case 'schema': {
      const kind = kindOf(kindArg, io);
      return kind ? schema(kind, io) : exit.unreadable;
    }
    case 'fields': {
      const name = values.kind ?? kindArg;
      if (name === undefined) return fields(undefined, io);
      const kind = kindOf(name, io);
      return kind ? fields(kind, io) : exit.unreadable;
    }
    case 'import': {
      if (!kindArg || !file) return usageError(io, 'handoff import needs a source (a shipped mapping or a mapping file) and an input file');
      if (rest.length) return usageError(io, `unexpected argument "${rest[0]}"`);
      if (!values.out) return usageError(io, 'handoff import needs --out <file.jsonl>');
      return importCommand(kindArg, file, { out: values.out, report: values.report, mappingsDir }, io);
    }
    case 'push': {
      // `handoff push --to hubspot <records.jsonl>`: the records file is the first positional.
      if (!kindArg) return usageError(io, 'handoff push needs a records file (the output of handoff import)');
      if (file) return usageError(io, `unexpected argument "${file}"`);
      if (values.to === undefined) return usageError(io, 'handoff push needs --to hubspot or --to salesforce');
      if (values['target-org'] !== undefined && values.to !== 'salesforce') return usageError(io, '--target-org is for --to salesforce');
      return pushCommand(
        kindArg,
        { to: values.to, dryRun: values['dry-run'], report: values.report, checkpoint: values.checkpoint, targetOrg: values['target-org'] },
        io,
      );
    }
    default:
      return usageError(io, `unknown command "${command}"`);
  }
}

function isLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/**
 * Runs when this module is the bundle's entry: the launcher imports it and calls run() with where the
 * shipped mappings are (it knows its own place; `import.meta` here would not survive Jest's CommonJS).
 */
export function run(options: { mappingsDir?: string } = {}): void {
  const io: Io = {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    readStdin: () => readFileSync(0, 'utf8'),
  };
  // Output piped into `head` and the like: the reader has gone, so stop quietly with the command's own
  // exit code (set below before the write error arrives) rather than a stack trace.
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 3);
    });
  // A bug in handoff itself, not bad input: say so in one line.
  const failed = (error: unknown) => {
    io.err(`handoff failed unexpectedly: ${(error as Error).message}`);
    process.exitCode = 3;
  };
  try {
    Promise.resolve(main(process.argv.slice(2), io, options.mappingsDir)).then((code) => {
      process.exitCode = code;
    }, failed);
  } catch (error) {
    failed(error);
  }
}
