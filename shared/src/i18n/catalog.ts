/** The shipped languages, and the key rules that keep every key a valid Salesforce custom label name. */
import { en, type MessageKey } from './en';
import { fr } from './fr';

export type { MessageKey } from './en';
export type Language = 'en' | 'fr';

export const catalog: Record<Language, Record<MessageKey, string>> = { en, fr };
export const languages = Object.keys(catalog) as Language[];
export const messageKeys = Object.keys(en) as MessageKey[];

const PLURAL_SUFFIX = /\.(zero|one|two|few|many|other)$/;

/** `feedback.helpfulCount.other` → `feedback.helpfulCount`: the keys `tn` takes. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

// Views look up hundreds of keys built at run time: a Set answers faster than the catalog object.
const keySet = new Set<string>(messageKeys);

export function isMessageKey(key: string): key is MessageKey {
  return keySet.has(key);
}

export function isPluralKey(key: string): key is PluralKey {
  return isMessageKey(`${key}.other`);
}

/** `leadScore.title` → `HC_leadScore_title`: the Salesforce custom label of a message. */
export function labelName(key: string): string {
  return `HC_${key.replace(/\./g, '_')}`;
}

/** Rules for a Salesforce custom label name (API name), checked on every key by the tests. */
export const LABEL_NAME_RULE = /^HC_[A-Za-z](?:[A-Za-z0-9]|_(?!_))*[A-Za-z0-9]$/;
export const LABEL_NAME_MAX = 3 + 75;

const byLabelName = new Map<string, MessageKey>(messageKeys.map((k) => [labelName(k), k]));

/** The message key of a label name (`HC_leadScore_title`), or the key itself; undefined if unknown. */
export function messageKeyOf(name: string): MessageKey | undefined {
  if (isMessageKey(name)) return name;
  return byLabelName.get(name);
}

/** The placeholders of a message, e.g. `{count}` → `count`. */
export function placeholdersOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1]))].sort();
}

export function pluralBase(key: string): string | undefined {
  return PLURAL_SUFFIX.test(key) ? key.replace(PLURAL_SUFFIX, '') : undefined;
}
