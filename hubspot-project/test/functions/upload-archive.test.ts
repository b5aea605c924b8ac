/**
 * The app function as HubSpot gets it (issue 13): the upload archive is laid out by the HubSpot CLI's
 * own code (upload-archive.mjs), in a folder outside the repository; the function's dependencies are
 * installed there as npm would from its package.json, without network (a `file:` dependency becomes a
 * link to where its path points, a registry one is copied from node_modules with what it depends on);
 * then a separate Node loads the hsmeta entrypoint with `require` and calls `exports.main` against the
 * CRM stand-in on 127.0.0.1. Nothing of the repository is reachable from there.
 */
import { acceptHandoff, toHubSpotProperties } from '@handoff-context/core';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { bookProperties, caseId } from '../book';
import { startCrmStandIn, type CrmStandIn } from './crm-stand-in';

const run = promisify(execFile);
const repoRoot = path.join(__dirname, '..', '..', '..');
const projectDir = path.join(repoRoot, 'hubspot-project');
const token = 'pat-stand-in';

type Manifest = { dependencies?: Record<string, string> };
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** The package folder Node would find for `name` from `from`, walking up the node_modules folders. */
function packageDir(name: string, from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dir === path.dirname(dir)) throw new Error(`${name} is not installed (looked from ${from})`);
  }
}

/** `npm install --omit=dev` in `dir`, offline: what HubSpot does with the function's package.json. */
function installLikeHubSpot(dir: string): void {
  const modules = path.join(dir, 'node_modules');
  const copy = (name: string, from: string) => {
    const target = path.join(modules, name);
    if (existsSync(target)) return;
    const source = packageDir(name, from);
    cpSync(source, target, { recursive: true, dereference: true });
    for (const dependency of Object.keys(readJson<Manifest>(path.join(source, 'package.json')).dependencies ?? {})) copy(dependency, source);
  };
  for (const [name, spec] of Object.entries(readJson<Manifest>(path.join(dir, 'package.json')).dependencies ?? {})) {
    const local = /^(file|link):(.*)$/.exec(spec);
    if (local) {
      // npm links a directory dependency to where its path points, inside the archive or not.
      mkdirSync(path.dirname(path.join(modules, name)), { recursive: true });
      symlinkSync(path.resolve(dir, local[2]), path.join(modules, name), 'dir');
    } else {
      const installed = readJson<{ version: string }>(path.join(packageDir(name, repoRoot), 'package.json')).version;
      if (installed !== spec) throw new Error(`the function pins ${name}@${spec}; node_modules has ${installed}`);
      copy(name, repoRoot);
    }
  }
}

/** The upload archive of a project, unpacked in a new folder outside the repository. */
async function uploadArchive(project: string): Promise<{ archive: string; functionsDir: string; entrypoint: string }> {
  const work = mkdtempSync(path.join(tmpdir(), 'hc-upload-'));
  const archive = path.join(work, 'archive');
  await run(process.execPath, [path.join(__dirname, 'upload-archive.mjs'), project, archive], { cwd: work });
  const functionsDir = path.join(archive, 'app', 'functions');
  const hsmeta = readdirSync(functionsDir)
    .filter((name) => name.endsWith('-hsmeta.json'))
    .map((name) => readJson<{ type: string; config: { entrypoint: string } }>(path.join(functionsDir, name)))
    .find((meta) => meta.type === 'app-function');
  if (!hsmeta) throw new Error('no app-function hsmeta in the archive');
  return { archive, functionsDir, entrypoint: path.join(archive, hsmeta.config.entrypoint) };
}

const mainScript = `
const fn = require(process.argv[1]);
fn.main({ parameters: JSON.parse(process.env.HC_PARAMETERS) }).then(
  (result) => process.stdout.write(JSON.stringify({ result })),
  (error) => process.stdout.write(JSON.stringify({ error: { code: error.code, message: error.message } })),
);`;

/** Calls exports.main of the entrypoint in a Node of its own, as HubSpot would, with only the archive around it. */
async function callMain(entrypoint: string, cwd: string, parameters: unknown, api: CrmStandIn) {
  const env = { PATH: process.env.PATH, PRIVATE_APP_ACCESS_TOKEN: token, HANDOFF_HUBSPOT_API_BASE: api.url, HC_PARAMETERS: JSON.stringify(parameters) };
  const { stdout } = await run(process.execPath, ['-e', mainScript, entrypoint], { cwd, env, timeout: 30_000 });
  return JSON.parse(stdout) as { result?: { ok: boolean; code?: string }; error?: { code?: string; message: string } };
}

const submitted = caseId('handoff-submitted');
const accepted = () => {
  const result = acceptHandoff({ by: 'Priya Raman', now: '2026-11-20T09:00:00Z', currentStatus: 'submitted' });
  if (!result.ok) throw new Error('accept does not prepare');
  return toHubSpotProperties(result.columns);
};

let api: CrmStandIn;
const made: string[] = [];
beforeAll(async () => {
  api = await startCrmStandIn(token);
});
afterAll(async () => {
  await api.close();
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const track = <T extends { archive: string }>(built: T) => (made.push(path.dirname(built.archive)), built);

describe('the upload archive of the app function', () => {
  it('lies outside the repository, where nothing of it can be resolved', () => {
    expect(path.relative(repoRoot, tmpdir()).startsWith('..')).toBe(true);
  });

  it('runs from the archive alone: the hsmeta entrypoint loads, and a save writes the properties', async () => {
    const { archive, functionsDir, entrypoint } = track(await uploadArchive(projectDir));
    installLikeHubSpot(functionsDir);
    // Only what HubSpot installs from the function's package.json: the core travels inside the bundle.
    expect(readdirSync(path.join(functionsDir, 'node_modules')).filter((name) => name.startsWith('@handoff-context'))).toEqual([]);
    expect(path.relative(archive, entrypoint)).toBe(path.join('app', 'functions', 'dist', 'saveProperties.js'));

    api.put('deals', '42', bookProperties(submitted));
    const properties = accepted();
    const outcome = await callMain(entrypoint, functionsDir, { objectType: 'deals', objectId: '42', properties, seen: bookProperties(submitted) }, api);
    expect(outcome).toEqual({ result: { ok: true } });
    expect(api.get('deals', '42')).toMatchObject({ ...properties, hc_handoff_status: 'accepted', hc_handoff_reviewed_by: 'Priya Raman' });
    expect(api.requests.filter((r) => r.method === 'PATCH')).toEqual([{ method: 'PATCH', path: '/crm/v3/objects/deals/42', body: { properties } }]);
  }, 60_000);

  it('failed with the former layout, a file: dependency on the core in the function’s package.json', async () => {
    // The project as it was: both package.json files name the core with file:, the entrypoint is the source.
    const old = mkdtempSync(path.join(tmpdir(), 'hc-old-layout-'));
    made.push(old);
    cpSync(projectDir, path.join(old, 'hubspot-project'), { recursive: true, filter: (source) => !source.includes('node_modules') });
    cpSync(path.join(repoRoot, 'shared', 'package.json'), path.join(old, 'shared', 'package.json'));
    const functions = path.join(old, 'hubspot-project', 'src', 'app', 'functions');
    rmSync(path.join(functions, 'dist'), { recursive: true });
    const manifest = readJson<Manifest>(path.join(functions, 'package.json'));
    manifest.dependencies = { '@handoff-context/core': 'file:../../../../shared', ...manifest.dependencies };
    writeFileSync(path.join(functions, 'package.json'), JSON.stringify(manifest, null, 2));
    const meta = path.join(functions, 'save-properties-hsmeta.json');
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('/app/functions/dist/saveProperties.js', '/app/functions/saveProperties.js'));

    const { functionsDir, entrypoint } = track(await uploadArchive(path.join(old, 'hubspot-project')));
    // The CLI copies the core once, for the cards, and leaves the function's path pointing outside.
    expect(readJson<Manifest>(path.join(functionsDir, '..', 'cards', 'package.json')).dependencies!['@handoff-context/core']).toMatch(
      /^file:\.\.\/\.\.\/_workspaces\//,
    );
    expect(readJson<Manifest>(path.join(functionsDir, 'package.json')).dependencies!['@handoff-context/core']).toBe('file:../../../../shared');
    installLikeHubSpot(functionsDir);
    api.put('deals', '43', bookProperties(submitted));
    const outcome = await callMain(
      entrypoint,
      functionsDir,
      { objectType: 'deals', objectId: '43', properties: accepted(), seen: bookProperties(submitted) },
      api,
    );
    expect(outcome.error).toEqual({ code: 'ERR_MODULE_NOT_FOUND', message: expect.stringContaining("'@handoff-context/core'") });
    expect(api.requests.some((r) => r.path.startsWith('/crm/v3/objects/deals/43'))).toBe(false);
  }, 60_000);
});
