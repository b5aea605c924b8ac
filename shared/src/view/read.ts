/**
 * Defensive readers for (possibly partial, possibly hostile) payload values. A view reads a parsed
 * payload by its type (`value.commercialTerms.arr`), so a misspelt field does not compile; these
 * still check each value it reads, because a JavaScript caller can hand a view anything.
 */

export type Bag = Record<string, unknown>;

export function bag(value: unknown): Bag | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Bag) : undefined;
}

/** A member of an object, or undefined (also when reading it throws). */
export function at(value: unknown, key: string): unknown {
  const object = bag(value);
  if (!object) return undefined;
  try {
    return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
  } catch {
    return undefined;
  }
}

/** A group of a parsed payload (`value.timeline`), or undefined when it is not an object after all. */
export function group<T>(value: T | undefined): (T & object) | undefined {
  return bag(value) ? (value as T & object) : undefined;
}

/** Non-blank text, trimmed. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function list(value: unknown): unknown[] {
  try {
    return Array.isArray(value) ? Array.from(value) : [];
  } catch {
    return [];
  }
}

/** The entries of a parsed list, each still to be checked (`group`, `text`…): a caller may hand anything. */
export function items<T>(value: readonly T[] | undefined): Array<T | undefined> {
  return list(value) as Array<T | undefined>;
}

export function texts(value: unknown): string[] {
  return list(value)
    .map(text)
    .filter((s): s is string => s !== undefined);
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Only web links: a stored `javascript:` or `data:` link is never handed to a card. */
export function webUrl(value: unknown): string | undefined {
  const candidate = text(value);
  if (!candidate || !/^https?:\/\//i.test(candidate)) return undefined;
  try {
    const parsed = new URL(candidate);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/** Sorts by a number, keeping the original order between equals (Array.prototype.sort is stable). */
/**
 * A list whose entries past the first `eager` are built when first read, once: a card shows a few
 * and builds the rest when "Show more" opens them (issue 18). It reads like any array (length,
 * map, slice, JSON), so nothing that reads a view model needs to know.
 */
export function lazyList<T, R>(items: readonly T[], build: (item: T) => R, eager: number): R[] {
  const out: R[] = new Array(items.length);
  items.forEach((item, index) => {
    if (index < eager) out[index] = build(item);
    else
      Object.defineProperty(out, index, {
        configurable: true,
        enumerable: true,
        get() {
          const value = build(item);
          Object.defineProperty(out, index, { value, writable: true, enumerable: true, configurable: true });
          return value;
        },
      });
  });
  return out;
}

export function rankBy<T>(items: T[], score: (item: T) => number): T[] {
  return [...items].sort((a, b) => score(b) - score(a));
}
