/** The admin scripts' arguments and messages, against a fake `sf` on PATH (no org is reachable here). */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');
let bin: string;
let log: string;

beforeAll(() => {
  bin = mkdtempSync(path.join(os.tmpdir(), 'hc-fake-sf-'));
  copyFileSync(path.join(__dirname, 'fake-sf.js'), path.join(bin, 'sf'));
  chmodSync(path.join(bin, 'sf'), 0o755);
});
afterAll(() => rmSync(bin, { recursive: true, force: true }));
beforeEach(() => {
  log = path.join(bin, `calls-${Date.now()}-${Math.random()}.log`);
});

function run(script: string, args: string[], options: { mode?: string; withSf?: boolean } = {}) {
  const nodeDir = path.dirname(process.execPath);
  const PATH = options.withSf === false ? nodeDir : `${bin}${path.delimiter}${nodeDir}`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/salesforce', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PATH, FAKE_SF_LOG: log, FAKE_SF_MODE: options.mode ?? 'ok' },
  });
  const calls: string[][] = existsSync(log)
    ? readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : [];
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls };
}

describe('npm run deploy:salesforce', () => {
  const mainDeploy = [
    'project deploy start',
    ...['customPermissions', 'labels', 'lwc', 'objects', 'permissionsets'].map((folder) => `--source-dir force-app/main/default/${folder}`),
    '--target-org myorg --wait 30 --json',
  ].join(' ');
  const translationDeploy =
    'project deploy start --source-dir force-app/main/default/objectTranslations --source-dir force-app/main/default/translations --target-org myorg --wait 30 --json';

  it('deploys force-app and assigns the deploying admin every permission set, after the deploy', () => {
    const { status, stdout, calls } = run('deploy.ts', ['--target-org', 'myorg']);
    expect(status).toBe(0);
    const deployAt = calls.findIndex((c) => c.join(' ') === mainDeploy);
    const assignAt = calls.findIndex((c) => c[1] === 'assign');
    expect(deployAt).toBeGreaterThanOrEqual(0);
    expect(assignAt).toBeGreaterThan(deployAt);
    expect(calls[assignAt]).toEqual([
      'org',
      'assign',
      'permset',
      '--name',
      'Handoff_Context_Reader',
      '--name',
      'Handoff_Context_Sales',
      '--name',
      'Handoff_Context_Customer_Success',
      '--name',
      'Handoff_Context_Integration',
      '--target-org',
      'myorg',
      '--json',
    ]);
    expect(calls.some((c) => c.includes('Handoff_Context_Editor'))).toBe(false);
    expect(calls.some((c) => c.includes('org-settings'))).toBe(false);
    expect(stdout).toContain('App Builder');
  });

  it('tells the admin which sets each role gets: Reader to see, one writer set per role', () => {
    const { stdout } = run('deploy.ts', ['--target-org', 'myorg']);
    expect(stdout).toContain('--name Handoff_Context_Reader --name Handoff_Context_Sales --on-behalf-of <username> --target-org myorg');
    expect(stdout).toContain('--name Handoff_Context_Reader --name Handoff_Context_Customer_Success --on-behalf-of <username> --target-org myorg');
    expect(stdout).toContain('--name Handoff_Context_Integration --on-behalf-of <username> --target-org myorg');
    expect(stdout).toMatch(/reps and account executives:\n.*Handoff_Context_Sales/);
    expect(stdout).toMatch(/CS managers who accept or return handoffs:\n.*Handoff_Context_Customer_Success/);
    expect(stdout).not.toContain('Editor');
  });

  it('deploys the translation apart, after everything else, and says so', () => {
    const { status, stdout, calls } = run('deploy.ts', ['--target-org', 'myorg']);
    expect(status).toBe(0);
    const lines = calls.map((c) => c.join(' '));
    expect(lines.indexOf(translationDeploy)).toBeGreaterThan(lines.indexOf(mainDeploy));
    expect(lines.filter((line) => /translations/i.test(line))).toEqual([translationDeploy]);
    expect(stdout).toContain('Deployed the French translation.');
  });

  it('still deploys the cards and assigns the sets in an org without Translation Workbench, and says how to turn it on', () => {
    const { status, stderr, calls } = run('deploy.ts', ['--target-org', 'myorg'], { mode: 'no-translation-workbench' });
    expect(status).toBe(0);
    expect(stderr).toContain('The French translation was not deployed (fr: Not available for deploy for this organization).');
    expect(stderr).toContain('Setup → Translation Language Settings → Enable');
    expect(stderr).toContain('npm run deploy:salesforce -- --target-org myorg');
    expect(calls.some((c) => c[1] === 'assign')).toBe(true);
  });

  it('leaves the translation out when asked', () => {
    const { status, calls } = run('deploy.ts', ['--target-org', 'myorg', '--skip-translations']);
    expect(status).toBe(0);
    expect(calls.some((c) => c.some((a) => /translations$/i.test(a)))).toBe(false);
  });

  it('runs again without error when the admin already has some of the sets', () => {
    const { status, stdout } = run('deploy.ts', ['--target-org', 'myorg'], { mode: 'already-assigned' });
    expect(status).toBe(0);
    expect(stdout).toContain('to you (2 of them you already had).');
  });

  it('reports an assignment that failed for another reason', () => {
    const { status, stderr } = run('deploy.ts', ['--target-org', 'myorg'], { mode: 'assign-fails' });
    expect(status).toBe(1);
    expect(stderr).toContain('Assigning the permission sets failed: INVALID_CROSS_REFERENCE_KEY: user license does not allow it');
  });

  it('deploys the lead conversion mapping only when asked', () => {
    const { status, calls } = run('deploy.ts', ['--target-org=myorg', '--map-lead-fields']);
    expect(status).toBe(0);
    expect(calls).toContainEqual(['project', 'deploy', 'start', '--source-dir', 'org-settings', '--target-org', 'myorg', '--wait', '30', '--json']);
  });

  it('says how to install sf when it is missing', () => {
    const { status, stderr } = run('deploy.ts', ['-o', 'myorg'], { withSf: false });
    expect(status).toBe(1);
    expect(stderr).toContain('The Salesforce CLI (sf) is not installed');
    expect(stderr).toContain('npm install --global @salesforce/cli');
  });

  it('says how to authorise an org sf does not know, and deploys nothing', () => {
    const { status, stderr, calls } = run('deploy.ts', ['--target-org', 'nope'], { mode: 'unauthorised' });
    expect(status).toBe(1);
    expect(stderr).toContain('sf org login web --alias nope');
    expect(calls.some((c) => c[0] === 'project')).toBe(false);
  });

  it('asks which org when none is given', () => {
    const { status, stderr, calls } = run('deploy.ts', []);
    expect(status).toBe(1);
    expect(stderr).toContain('npm run deploy:salesforce -- --target-org <alias>');
    expect(calls).toEqual([]);
  });

  it('reports a failed deploy and assigns nothing', () => {
    const { status, stderr, calls } = run('deploy.ts', ['--target-org', 'myorg'], { mode: 'deploy-fails' });
    expect(status).toBe(1);
    expect(stderr).toContain('Deploy failed: HC_Lead_Score__c: Field name already used');
    expect(calls.some((c) => c[1] === 'assign')).toBe(false);
  });
});

describe('npm run seed:salesforce', () => {
  it('writes the tree plan from the sample book and imports it', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'hc-seed-'));
    try {
      const { status, calls } = run('seed.ts', ['--target-org', 'myorg', '--out', out]);
      expect(status).toBe(0);
      const plan = path.join(out, 'handoff-context-plan.json');
      expect(calls).toContainEqual(['data', 'import', 'tree', '--plan', plan, '--target-org', 'myorg', '--json']);
      expect(JSON.parse(readFileSync(plan, 'utf8')).map((entry: { sobject: string }) => entry.sobject)).toEqual(['Account', 'Contact', 'Lead', 'Opportunity']);
      expect(existsSync(path.join(out, 'Opportunity.json'))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('says how to install sf when it is missing', () => {
    const { status, stderr } = run('seed.ts', ['--target-org', 'myorg'], { withSf: false });
    expect(status).toBe(1);
    expect(stderr).toContain('The Salesforce CLI (sf) is not installed');
  });
});

describe('npm run package:salesforce', () => {
  it('creates the unlocked package and a version, and prints the install links', () => {
    const { status, stdout, calls } = run('package.ts', ['--target-dev-hub', 'hub']);
    expect(status).toBe(0);
    expect(calls).toContainEqual([
      'package',
      'create',
      '--name',
      'Handoff Context',
      '--package-type',
      'Unlocked',
      '--path',
      'force-app',
      '--no-namespace',
      '--target-dev-hub',
      'hub',
      '--json',
    ]);
    expect(calls).toContainEqual([
      'package',
      'version',
      'create',
      '--package',
      'Handoff Context',
      '--installation-key-bypass',
      '--code-coverage',
      '--wait',
      '30',
      '--target-dev-hub',
      'hub',
      '--json',
    ]);
    expect(stdout).toContain('https://login.salesforce.com/packaging/installPackage.apexp?p0=04t000000000001AAA');
    expect(stdout).toContain('https://test.salesforce.com/packaging/installPackage.apexp?p0=04t000000000001AAA');
    expect(stdout).toContain('sf package install --package 04t000000000001AAA');
  });

  it('asks for the Dev Hub when none is given', () => {
    const { status, stderr } = run('package.ts', ['--target-org', 'x']);
    expect(status).toBe(1);
    expect(stderr).toContain('--target-dev-hub <alias>');
  });
});
