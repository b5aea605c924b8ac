/**
 * npm run deploy:hubspot [-- extra hs options] — builds (npm run build: the core the cards depend on
 * and the app function's bundle), checks the project offline, then uploads hubspot-project with the
 * HubSpot CLI (`hs project upload`). The CLI is the repository's own, pinned in package.json
 * (@hubspot/cli 8.14.0, the version whose upload the tests reproduce; issue 13), never one from PATH:
 * `npm install` brings it, and `npx hs account auth` connects it to your portal.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectDir, repoRoot } from './project';

export type Run = (command: string, args: string[], options: { cwd: string }) => Pick<SpawnSyncReturns<string>, 'status' | 'error' | 'stdout' | 'stderr'>;

const realRun: Run = (command, args, { cwd }) => spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['inherit', 'pipe', 'pipe'] });

export const installHint =
  'Run `npm install` in the repository: it installs the HubSpot CLI this project pins (@hubspot/cli in package.json). Then run `npx hs account auth` to connect it to your portal.';
export const authHint = 'If the CLI is not connected to a portal yet, run `npx hs account auth` (or `npx hs init`) and try again.';

/** The `hs` script of the @hubspot/cli package installed here (what node_modules/.bin/hs links to); undefined when it is not installed. */
export function localCli(resolve: (request: string) => string = require.resolve): string | undefined {
  try {
    const manifestPath = resolve('@hubspot/cli/package.json');
    const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: string | Record<string, string> };
    const script = typeof bin === 'string' ? bin : bin.hs;
    return script ? path.join(path.dirname(manifestPath), script) : undefined;
  } catch {
    return undefined;
  }
}

/** Text the CLI prints when it has no account to act on. */
const unauthenticated = /(no account|not authenticated|hs account auth|hs init|personal access key|config file)/i;

export function deploy(
  extraArgs: string[],
  run: Run = realRun,
  log: (text: string) => void = (text) => void process.stdout.write(text),
  warn: (text: string) => void = (text) => void process.stderr.write(text),
  hs: string | null = localCli() ?? null,
): number {
  const version = hs ? run(process.execPath, [hs, '--version'], { cwd: projectDir }) : undefined;
  if (!hs || !version || version.error || version.status !== 0) {
    warn(`The HubSpot CLI (@hubspot/cli) is not installed in this repository.\n${installHint}\n`);
    return 127;
  }
  log(`HubSpot CLI ${version.stdout.trim()}\n`);

  // Always built first: the upload must carry the app function's bundle of the source as it is now.
  const build = run('npm', ['run', 'build'], { cwd: repoRoot });
  if (build.status !== 0) {
    warn(`${build.stderr ?? ''}npm run build failed (the core the cards depend on, the app function's bundle); nothing was uploaded.\n`);
    return 1;
  }
  const validate = run(process.execPath, ['scripts/validate.mjs'], { cwd: repoRoot });
  if (validate.status !== 0) {
    warn(`${validate.stdout ?? ''}${validate.stderr ?? ''}The project did not pass npm run validate; nothing was uploaded.\n`);
    return 1;
  }

  const upload = run(process.execPath, [hs, 'project', 'upload', ...extraArgs], { cwd: projectDir });
  log(upload.stdout ?? '');
  warn(upload.stderr ?? '');
  if (upload.status !== 0) {
    const output = `${upload.stdout ?? ''}${upload.stderr ?? ''}`;
    warn(unauthenticated.test(output) ? `${authHint}\n` : 'hs project upload failed; see its output above.\n');
    return upload.status ?? 1;
  }
  log('Uploaded. Add the cards to record views: see docs/hubspot.md ("Add the cards to record views").\n');
  return 0;
}

if (require.main === module) process.exitCode = deploy(process.argv.slice(2));
