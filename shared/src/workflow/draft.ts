/**
 * Editing a handoff draft through the form, immutably. A cleared input removes its key rather
 * than storing an empty text, so the core sees a gap in the draft (allowed while drafting) rather
 * than a malformed value.
 */
import type { HandoffInputKind } from './form';

export type Draft = Record<string, unknown>;
/** A path into a draft: keys and row indexes, e.g. `['successCriteria', 0, 'metric']`. */
export type DraftPath = ReadonlyArray<string | number>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** A form field's registry path at a row: `successCriteria[].metric`, 2 → `['successCriteria', 2, 'metric']`. */
export function draftPathOf(registryPath: string, row?: number): Array<string | number> {
  const out: Array<string | number> = [];
  for (const part of registryPath.split('.')) {
    if (part.endsWith('[]')) {
      out.push(part.slice(0, -2));
      if (row !== undefined) out.push(row);
    } else out.push(part);
  }
  return out;
}

/** The value at a path, or undefined; never throws on whatever the draft holds. */
export function draftValueAt(draft: unknown, path: DraftPath): unknown {
  let current: unknown = draft;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isObject(current) && typeof key === 'string' && Object.prototype.hasOwnProperty.call(current, key)) current = current[key];
    else return undefined;
  }
  return current;
}

/** A copy of the draft with the value at the path set, or removed when blank (an object left empty goes too). */
export function withDraftValue(draft: unknown, path: DraftPath, value: unknown): Draft {
  return setIn(draft, path, value) as Draft;
}

function setIn(base: unknown, path: DraftPath, value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  if (typeof key === 'number') {
    const list = Array.isArray(base) ? [...base] : [];
    // A row keeps its place even when emptied: removing a row is its own action.
    list[key] = rest.length === 0 ? value : setIn(list[key], rest, value);
    return list;
  }
  const object: Record<string, unknown> = isObject(base) ? { ...base } : {};
  const next = rest.length === 0 ? value : setIn(object[key], rest, value);
  if (isBlank(next) || (isObject(next) && Object.keys(next).length === 0)) delete object[key];
  else object[key] = next;
  return object;
}

/** A row added at the end of the list at the path. */
export function withDraftRowAdded(draft: unknown, listPath: DraftPath, row: unknown): Draft {
  const list = draftValueAt(draft, listPath);
  return withDraftValue(draft, listPath, [...(Array.isArray(list) ? list : []), row]);
}

/** A row removed; the list itself goes when it is empty. */
export function withDraftRowRemoved(draft: unknown, listPath: DraftPath, index: number): Draft {
  const list = draftValueAt(draft, listPath);
  return withDraftValue(draft, listPath, Array.isArray(list) ? list.filter((_, i) => i !== index) : []);
}

/** One entry per non-empty line (use cases, products). */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** What an input shows for a stored value: text for every kind but a toggle, which shows a flag. */
export function inputTextOf(input: HandoffInputKind, value: unknown): string {
  if (input === 'lines') return Array.isArray(value) ? value.filter((v) => typeof v === 'string').join('\n') : '';
  if (input === 'number' || input === 'integer')
    return typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value : '';
  if (input === 'toggle') return value === true ? 'true' : '';
  return typeof value === 'string' ? value : '';
}

/** Whether a toggle shows as on. */
export function inputCheckedOf(value: unknown): boolean {
  return value === true;
}

/**
 * What an input's content means in the draft; undefined when it is cleared (the key is removed).
 * A number that does not read as one is kept as typed, so the core names what is wrong with it.
 */
export function inputValueOf(input: HandoffInputKind, raw: unknown): unknown {
  if (input === 'toggle') return raw === true || raw === 'true';
  if ((input === 'number' || input === 'integer') && typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  const text = typeof raw === 'string' ? raw : raw === undefined || raw === null ? '' : String(raw);
  if (input === 'lines') {
    const lines = linesOf(text);
    return lines.length > 0 ? lines : undefined;
  }
  if (text.trim() === '') return undefined;
  if (input === 'number' || input === 'integer') {
    const number = Number(text.trim());
    return Number.isFinite(number) ? number : text;
  }
  return text;
}
