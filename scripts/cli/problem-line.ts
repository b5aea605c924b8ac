/** How the CLI prints one problem: on its own line, as `path: message`. */
import type { Problem } from '../../shared/src/parse/result';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `path: message`; the core's messages already open with the path and title (which may hold parentheses), said once here. */
export function problemLine(problem: Problem): string {
  const where = problem.path === '' ? '(payload)' : problem.path;
  const message = problem.path
    ? problem.message.replace(new RegExp(`^${escapeRegExp(problem.path)}(?: \\((?:[^()]|\\([^()]*\\))*\\))?: `), '')
    : problem.message;
  return `${where}: ${problem.severity === 'warning' ? 'warning: ' : ''}${message}`;
}
