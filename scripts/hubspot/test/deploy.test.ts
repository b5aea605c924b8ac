/** deploy:hubspot with a fake process runner: missing CLI, failed validation, unauthenticated, success. */
import path from 'node:path';
import { authHint, deploy, installHint, type Run } from '../deploy';

type Answer = { status: number | null; stdout?: string; stderr?: string; error?: Error };

function runner(answers: Record<string, Answer>) {
  const calls: Array<{ line: string; cwd: string }> = [];
  const run: Run = (command, args, { cwd }) => {
    const line = [path.basename(command) === path.basename(process.execPath) ? 'node' : command, ...args].join(' ');
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
  it('says how to install the CLI when hs is not on PATH, and runs nothing else', () => {
    const { run, calls } = runner({ 'hs --version': { status: null, error: Object.assign(new Error('spawn hs ENOENT'), { code: 'ENOENT' }) } });
    const { text, log, warn } = capture();
    expect(deploy([], run, log, warn)).toBe(127);
    expect(text.err).toContain(installHint);
    expect(calls).toHaveLength(1);
  });

  it('uploads nothing when the project does not validate', () => {
    const { run, calls } = runner({ 'hs --version': { status: 0, stdout: '8.14.0' }, 'node scripts/validate.mjs': { status: 1, stderr: '✗ hsmeta: bad' } });
    const { text, log, warn } = capture();
    expect(deploy([], run, log, warn)).toBe(1);
    expect(text.err).toContain('did not pass npm run validate');
    expect(calls.some((c) => c.line.startsWith('hs project upload'))).toBe(false);
  });

  it('explains how to authenticate when the CLI has no account', () => {
    const { run } = runner({
      'hs --version': { status: 0, stdout: '8.14.0' },
      'hs project upload': { status: 1, stderr: 'Error: No account was found. Run hs account auth to add one.' },
    });
    const { text, log, warn } = capture();
    expect(deploy([], run, log, warn)).toBe(1);
    expect(text.err).toContain(authHint);
  });

  it('builds the core, then uploads from hubspot-project with the extra options', () => {
    const { run, calls } = runner({ 'hs --version': { status: 0, stdout: '8.14.0\n' }, 'hs project upload': { status: 0, stdout: 'Build #3 succeeded' } });
    const { text, log, warn } = capture();
    expect(deploy(['--account', 'sandbox'], run, log, warn)).toBe(0);
    const lines = calls.map((c) => c.line);
    expect(lines).toEqual(['hs --version', 'node scripts/validate.mjs', 'npm run build:dist', 'hs project upload --account sandbox']);
    expect(path.basename(calls[3].cwd)).toBe('hubspot-project');
    expect(text.out).toContain('Build #3 succeeded');
    expect(text.out).toContain('docs/hubspot.md');
  });
});
