/**
 * Running the Salesforce CLI for the admin scripts: argument parsing, a clear message when `sf` is
 * missing or the org is not authorised, and `--json` results read back.
 */
import spawn from 'cross-spawn';

export class AdminError extends Error {}

export interface SfResult {
  status: number;
  result?: any;
  message?: string;
}

/** `--target-org x`, `--target-org=x` or `-o x` (the sf CLI's own spellings). */
export function optionValue(args: string[], long: string, short?: string): string | undefined {
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg.startsWith(`--${long}=`)) return arg.slice(long.length + 3) || undefined;
    if (arg === `--${long}` || (short && arg === `-${short}`)) {
      const value = args[i + 1];
      return value && !value.startsWith('-') ? value : undefined;
    }
  }
  return undefined;
}

export function requireOption(args: string[], long: string, short: string, command: string): string {
  const value = optionValue(args, long, short);
  if (!value) throw new AdminError(`Say which org to use: npm run ${command} -- --${long} <alias>`);
  return value;
}

/**
 * Runs `sf <args> --json`; never throws for a failed command, only for a missing CLI. Through
 * cross-spawn, which finds `sf.cmd` and quotes the arguments for cmd.exe on Windows (Node refuses to
 * start a .cmd without a shell, and a shell would split "Handoff Context" in two).
 */
export function sf(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): SfResult {
  const run = spawn.sync('sf', [...args, '--json'], { encoding: 'utf8', env: options.env ?? process.env, cwd: options.cwd, maxBuffer: 64 * 1024 * 1024 });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT')
    throw new AdminError(
      'The Salesforce CLI (sf) is not installed or not on PATH.\n' +
        'Install it (it needs Node.js 22 or later): npm install --global @salesforce/cli\n' +
        'then authorise your org: sf org login web --alias <alias>',
    );
  if (run.error) throw new AdminError(`Could not run sf: ${run.error.message}`);
  let parsed: any;
  try {
    parsed = JSON.parse(run.stdout);
  } catch {
    parsed = undefined;
  }
  return { status: run.status ?? 1, result: parsed?.result, message: parsed?.message ?? (run.stderr.trim() || run.stdout.trim() || undefined) };
}

/** Fails with the command that fixes it when sf does not know the org. */
export function requireAuthorisedOrg(alias: string, flag: 'target-org' | 'target-dev-hub', options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): SfResult {
  const display = sf(['org', 'display', '--target-org', alias], options);
  if (display.status !== 0)
    throw new AdminError(
      `sf cannot use the org "${alias}"${display.message ? ` (${display.message})` : ''}.\n` +
        `Authorise it first: sf org login web --alias ${alias}${flag === 'target-dev-hub' ? ' --set-default-dev-hub' : ''}`,
    );
  return display;
}

export function check(step: string, result: SfResult): SfResult {
  if (result.status !== 0) throw new AdminError(`${step} failed${result.message ? `: ${result.message}` : '.'}`);
  return result;
}

/** Runs a script's main and turns an AdminError into a message and exit code 1. */
export function runMain(main: (args: string[]) => Promise<void> | void): void {
  Promise.resolve()
    .then(() => main(process.argv.slice(2)))
    .catch((error: Error) => {
      console.error(error instanceof AdminError ? error.message : `Unexpected error: ${error.stack ?? error.message}`);
      process.exitCode = 1;
    });
}
