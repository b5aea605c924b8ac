/** deploy:hubspot with a fake process runner: missing CLI, failed validation, unauthenticated, success. */
import path from 'node:path';
import { authHint, deploy, installHint, localCli, type Run } from '../deploy';

const hs = '/repo/node_modules/@hubspot/cli/bin/hs.js';

type Answer = { status: number | null; stdout?: string; stderr?: string; error?: Error };

function runner(answers: Record<string, Answer>) {
  const calls: Array<{ line: string; cwd: string }> = [];
  const run: Run = (command, args, { cwd }) => {
    const line = [path.basename(command) === path.basename(process.execPath) ? 'node' : command, ...args].join(' ').replace(hs, 'hs');
    calls.push({ line, cwd });
    const key = Object.keys(answers).find((k) => line.startsWith(k));
    const answer = key ? answers[key] : { status: 0 };
    return { status: answer.status, stdout: answer.stdout ?? '', stderr: answer.stderr ?? '', error: answer.error };
  };
  return { run, calls };
}

function capture() {
  const text = { out: '', err: '' };
  return { text, log: (t: string) => void (text.out += t), warn: (t: string) => void (text.err += t) };
}

describe('deploy', () => {
  it('says how to install the CLI when the repository has none installed, and runs nothing', () => {
    const { run, calls } = runner({});
    const { text, log, warn } = capture();
    expect(deploy([], run, log, warn, null)).toBe(127);
    expect(text.err).toContain(installHint);
    expect(calls).toHaveLength(0);
  });

  it('says so too when the installed CLI does not start, and runs nothing else', () => {
    const { run, calls } = runner({ 'node hs --version': { status: 1, stderr: 'Error: Cannot find module' } });
    const { text, log, warn } = capture();
    expect(deploy([], run, log, warn, hs)).toBe(127);
    expect(text.err).toContain(installHint);
    expect(calls).toHaveLength(1);
  });

  it('uses the CLI this repository pins, never one from PATH', () => {
    const script = localCli();
    expect(script).toBe(require.resolve('@hubspot/cli/bin/hs.js'));
    expect(require('@hubspot/cli/package.json').version).toBe(require('../../../package.json').devDependencies['@hubspot/cli']);
    expect(
      localCli(() => {
        throw new Error('Cannot find module');
      }),
    ).toBeUndefined();
  });

  it('uploads nothing when the project does not validate', () => {
    const { run, calls } = runner({
      'node hs --version': { status: 0, stdout: '8.14.0' },
      'node scripts/validate.mjs': { status: 1, stderr: '✗ hsmeta: bad' },
    });
    const { text, log, warn } = capture();
    expect(deploy([], run, log, warn, hs)).toBe(1);
    expect(text.err).toContain('did not pass npm run validate');
    expect(calls.some((c) => c.line.startsWith('node hs project upload'))).toBe(false);
  });

  it('uploads nothing when the build fails', () => {
    const { run, calls } = runner({ 'node hs --version': { status: 0, stdout: '8.14.0' }, 'npm run build': { status: 1, stderr: 'build failed: x' } });
    const { text, log, warn } = capture();
    expect(deploy([], run, log, warn, hs)).toBe(1);
    expect(text.err).toContain('npm run build failed');
    expect(calls.map((c) => c.line)).toEqual(['node hs --version', 'npm run build']);
  });

  it('explains how to authenticate when the CLI has no account', () => {
    const { run } = runner({
      'node hs --version': { status: 0, stdout: '8.14.0' },
      'node hs project upload': { status: 1, stderr: 'Error: No account was found. Run hs account auth to add one.' },
    });
    const { text, log, warn } = capture();
    expect(deploy([], run, log, warn, hs)).toBe(1);
    expect(text.err).toContain(authHint);
  });

  it('builds first, validates, then uploads from hubspot-project with the extra options', () => {
    const { run, calls } = runner({
      'node hs --version': { status: 0, stdout: '8.14.0\n' },
      'node hs project upload': { status: 0, stdout: 'Build #3 succeeded' },
    });
    const { text, log, warn } = capture();
    expect(deploy(['--account', 'sandbox'], run, log, warn, hs)).toBe(0);
    const lines = calls.map((c) => c.line);
    expect(lines).toEqual(['node hs --version', 'npm run build', 'node scripts/validate.mjs', 'node hs project upload --account sandbox']);
    expect(path.basename(calls[3].cwd)).toBe('hubspot-project');
    expect(text.out).toContain('Build #3 succeeded');
    expect(text.out).toContain('docs/hubspot.md');
  });
});
