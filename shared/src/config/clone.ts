/**
 * A deep copy of settings data (plain objects, arrays and primitives, what JSON can hold).
 * Not `structuredClone`: Lightning Locker, still the default in older Salesforce orgs, has none.
 */
export function cloneData<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneData) as T;
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) copy[key] = cloneData(member);
    return copy as T;
  }
  return value;
}
