/** Reads a payload file for the CLI: the parsed JSON, or a sentence saying why it cannot be read. */
import { readFileSync } from 'node:fs';

export type ReadResult = { ok: true; value: unknown } | { ok: false; message: string };

const reasons: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

export function readJson(path: string, readStdin: () => string): ReadResult {
  let text: string;
  try {
    text = path === '-' ? readStdin() : readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return { ok: false, message: `cannot read ${path}: ${reasons[code] ?? (error as Error).message}` };
  }
  try {
    // A byte-order mark is invisible in editors but not JSON.
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const detail = text.trim() === '' ? 'the file is empty' : (error as Error).message;
    return { ok: false, message: `${path} is not JSON: ${detail}` };
  }
}
