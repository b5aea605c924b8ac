/** The `handoff import` command: finds the mapping (a shipped one by name, or a file), runs it, sums up. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Io } from '../cli/commands';
import { checkMapping, type Mapping } from './mapping';
import { runImport } from './run';

/** The shipped mappings' names (their file names without .json). */
export function shippedMappings(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

export function loadMapping(source: string, dir: string): { ok: true; mapping: Mapping; file: string } | { ok: false; message: string } {
  const file = existsSync(source) ? source : join(dir, `${source}.json`);
  if (!existsSync(file)) {
    const names = shippedMappings(dir);
    return { ok: false, message: `no mapping "${source}": give a mapping file, or one of the shipped mappings: ${names.join(', ') || '(none found)'}` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, message: `the mapping ${file} is not JSON: ${(error as Error).message}` };
  }
  const problems = checkMapping(raw);
  if (problems.length) return { ok: false, message: `the mapping ${file} cannot be used:\n  ${problems.join('\n  ')}` };
  return { ok: true, mapping: raw as Mapping, file };
}

export async function importCommand(source: string, input: string, options: { out: string; report?: string; mappingsDir: string }, io: Io): Promise<number> {
  const loaded = loadMapping(source, options.mappingsDir);
  if (!loaded.ok) {
    io.err(loaded.message);
    return 2;
  }
  if (!existsSync(input)) {
    io.err(`cannot read ${input}: no such file`);
    return 2;
  }
  try {
    const { imported, skipped } = await runImport({ mapping: loaded.mapping, input, out: options.out, report: options.report });
    io.err(
      `${input}: ${imported} record${imported === 1 ? '' : 's'} imported into ${options.out}, ${skipped} skipped${options.report ? ` (reasons in ${options.report})` : skipped ? ' (run with --report <file> to see why)' : ''}`,
    );
    return skipped > 0 ? 1 : 0;
  } catch (error) {
    io.err(`import stopped, nothing was written: ${(error as Error).message}`);
    return 2;
  }
}
