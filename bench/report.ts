/** The bench's output: a plain-text table for the terminal and the JSON written to bench/results.json. Pure. */
import type { Verdict } from './budgets';

/** A table with a header row and columns padded to their widest cell; numbers align right. */
export function table(headers: string[], rows: Array<Array<string | number>>): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const numeric = headers.map((_, c) => rows.length > 0 && rows.every((r) => typeof r[c] === 'number' || /^[\d.,]+( ?[a-zA-Z×%]+)?$/.test(String(r[c]))));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (numeric[c] ? (cell ?? '').padStart(widths[c]) : (cell ?? '').padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function verdictTable(verdicts: Verdict[]): string {
  return table(
    ['budget', 'measured', 'limit', 'verdict'],
    verdicts.map((v) => [v.budget, v.measured, v.limit, v.pass ? 'ok' : 'MISSED']),
  );
}

export function allPass(verdicts: Verdict[]): boolean {
  return verdicts.length > 0 && verdicts.every((v) => v.pass);
}

/** Stable JSON: two-space indent, numbers rounded so a diff of results.json shows real changes only. */
export function resultsJson(results: unknown): string {
  return `${JSON.stringify(results, (_key, value) => (typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(4)) : value), 2)}\n`;
}

export const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 0)} ms` : '—');
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 0)}×` : '—');
export const mb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024 ** 2).toFixed(1)} MB` : '—');
