/**
 * The allowed values of a canonical enum field (commitment type, return reason…), read from the
 * core's schema so a form never offers a value the core would refuse, and their labels.
 */
import { schemaAt, unwrap, type Kind, type MessageKey, type Translator } from '@handoff-context/core';

export function enumValues(kind: Kind, path: string): string[] {
  const schema = schemaAt(kind, path);
  if (!schema) return [];
  const def = unwrap(schema).inner._zod.def as { type: string; entries?: Record<string, string> };
  return def.type === 'enum' && def.entries ? Object.values(def.entries) : [];
}

/** `economic-buyer` in group `stakeholderRole` → the catalog's `enum.stakeholderRole.economicBuyer`. */
export function enumLabel(t: Translator, group: string, value: string): string {
  return t.t(`enum.${group}.${value.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}` as MessageKey);
}

export function choicesOf(t: Translator, kind: Kind, path: string, group: string): Array<{ value: string; label: string }> {
  return enumValues(kind, path).map((value) => ({ value, label: enumLabel(t, group, value) }));
}
