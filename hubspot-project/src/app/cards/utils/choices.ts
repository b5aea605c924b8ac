/**
 * The allowed values of a canonical enum field (commitment type, return reason…), read from the
 * core's schema so a form never offers a value the core would refuse, and their labels.
 */
import { enumValues, type Kind, type MessageKey, type Translator } from '@handoff-context/core';

/** `economic-buyer` in group `stakeholderRole` → the catalog's `enum.stakeholderRole.economicBuyer`. */
export function enumLabel(t: Translator, group: string, value: string): string {
  return t.t(`enum.${group}.${value.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}` as MessageKey);
}

export function choicesOf(t: Translator, kind: Kind, path: string, group: string): Array<{ value: string; label: string }> {
  return enumValues(kind, path).map((value) => ({ value, label: enumLabel(t, group, value) }));
}
