/**
 * npm run deploy:hubspot [-- extra hs options] — checks the project offline, builds the core the
 * cards depend on (shared/dist), then uploads hubspot-project with the HubSpot CLI (`hs project
 * upload`). The CLI comes from PATH: install it with `npm install -g @hubspot/cli@8.14.0` and
 * connect it to your portal with `hs account auth`.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { projectDir, repoRoot } from './project';

export type Run = (command: string, args: string[], options: { cwd: string }) => Pick<SpawnSyncReturns<string>, 'status' | 'error' | 'stdout' | 'stderr'>;

const realRun: Run = (command, args, { cwd }) => spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['inherit', 'pipe', 'pipe'] });

export const installHint = 'Install the HubSpot CLI with `npm install -g @hubspot/cli@8.14.0`, then run `hs account auth` to connect it to your portal.';
export const authHint = 'If the CLI is not connected to a portal yet, run `hs account auth` (or `hs init`) and try again.';

/** Text the CLI prints when it has no account to act on. */
const unauthenticated = /(no account|not authenticated|hs account auth|hs init|personal access key|config file)/i;

export function deploy(
  extraArgs: string[],
  run: Run = realRun,
  log: (text: string) => void = (text) => void process.stdout.write(text),
  warn: (text: string) => void = (text) => void process.stderr.write(text),
): number {
  const version = run('hs', ['--version'], { cwd: projectDir });
  if (version.error || version.status !== 0) {
    warn(`The HubSpot CLI (hs) was not found on PATH.\n${installHint}\n`);
    return 127;
  }
  log(`HubSpot CLI ${version.stdout.trim()}\n`);

  const validate = run(process.execPath, ['scripts/validate.mjs'], { cwd: repoRoot });
  if (validate.status !== 0) {
    warn(`${validate.stdout ?? ''}${validate.stderr ?? ''}The project did not pass npm run validate; nothing was uploaded.\n`);
    return 1;
  }
  const build = run('npm', ['run', 'build:dist'], { cwd: repoRoot });
  if (build.status !== 0) {
    warn(`${build.stderr ?? ''}Could not build shared/dist, which the cards and the app function depend on; nothing was uploaded.\n`);
    return 1;
  }

  const upload = run('hs', ['project', 'upload', ...extraArgs], { cwd: projectDir });
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
