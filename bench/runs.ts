/**
 * Reported, not budgeted: how long the whole `npm test` takes, and how long `npm start` takes to
 * serve its first page. Each runs as a child process of the bench, which stops it by its own id.
 */
import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { join } from 'node:path';

const root = join(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export async function timeNpmTest(): Promise<{ seconds: number; exitCode: number | null }> {
  const started = Date.now();
  const child = spawn(npm, ['test', '--silent'], { cwd: root, stdio: 'ignore' });
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { seconds: (Date.now() - started) / 1000, exitCode };
}

function fetchStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const request = get(url, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', () => resolve(0));
  });
}

/** `npm start` on a free port: seconds until the index page answers 200, and whether it rebuilt. */
export async function timeNpmStart(timeoutMs = 300_000): Promise<{ seconds: number; rebuilt: boolean }> {
  const started = Date.now();
  const child = spawn(npm, ['start', '--silent'], { cwd: root, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start printed no address in ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /(http:\/\/127\.0\.0\.1:\d+\/?)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.on('close', (code) => reject(new Error(`npm start exited (${code}) before serving:\n${output}`)));
    });
    while ((await fetchStatus(url)) !== 200) {
      if (Date.now() - started > timeoutMs) throw new Error('npm start never served its first page');
      await new Promise((r) => setTimeout(r, 20));
    }
    return { seconds: (Date.now() - started) / 1000, rebuilt: !/up to date/.test(output) };
  } finally {
    stop();
  }
}
