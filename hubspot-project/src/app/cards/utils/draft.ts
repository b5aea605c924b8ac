/**
 * Editing a handoff draft immutably. A cleared input removes its field rather than storing an
 * empty text, so the core sees a gap in the draft (allowed) rather than a malformed value.
 */
/** What DateInput gives and takes: months count from 0. */
export interface BaseDate {
  year: number;
  month: number;
  date: number;
}

export type Draft = Record<string, unknown>;
export type DraftPath = Array<string | number>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

export function getIn(draft: unknown, path: DraftPath): unknown {
  let current: unknown = draft;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isObject(current) && typeof key === 'string') current = current[key];
    else return undefined;
  }
  return current;
}

/** A copy of the draft with the value at the path set, or removed when blank. */
export function setIn(draft: unknown, path: DraftPath, value: unknown): Draft {
  const [key, ...rest] = path;
  const base: unknown = draft;
  if (typeof key === 'number') {
    const list = Array.isArray(base) ? [...base] : [];
    list[key] = rest.length === 0 ? value : setIn(list[key], rest, value);
    return list as unknown as Draft;
  }
  const object: Draft = isObject(base) ? { ...base } : {};
  const next = rest.length === 0 ? value : setIn(object[key], rest, value);
  if (isBlank(next) || (isObject(next) && Object.keys(next).length === 0)) delete object[key];
  else object[key] = next;
  return object;
}

/** A list entry removed; the list itself goes when it is empty. */
export function removeAt(draft: unknown, path: DraftPath, index: number): Draft {
  const list = getIn(draft, path);
  const next = Array.isArray(list) ? list.filter((_, i) => i !== index) : [];
  return setIn(draft, path, next);
}

/** A list entry added at the end. */
export function append(draft: unknown, path: DraftPath, entry: unknown): Draft {
  const list = getIn(draft, path);
  return setIn(draft, path, [...(Array.isArray(list) ? list : []), entry]);
}

/** One entry per non-empty line (use cases, products). */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function textOfLines(value: unknown): string {
  return Array.isArray(value) ? value.filter((v) => typeof v === 'string').join('\n') : '';
}

/** `2027-01-31` ↔ the DateInput value (months from 0). */
export function toIsoDate(value: BaseDate | null | undefined): string | undefined {
  if (!value) return undefined;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(value.year, 4)}-${pad(value.month + 1)}-${pad(value.date)}`;
}

export function fromIsoDate(value: unknown): BaseDate | undefined {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return match ? { year: Number(match[1]), month: Number(match[2]) - 1, date: Number(match[3]) } : undefined;
}

export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
