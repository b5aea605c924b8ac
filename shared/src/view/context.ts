/** What every view builder needs: the translator, the settings and "now", from the caller's options. */
import { checkConfig, type HandoffConfig } from '../config';
import { translator, type Translator } from '../i18n';
import type { DeepPartial } from '../parse/result';
import type { Notice } from './types';

export interface ViewOptions {
  /** The user's locale, e.g. `fr-FR`, `en-GB` (Salesforce's `fr_FR` works too). Default `en-US`. */
  locale?: string;
  /** The user's IANA time zone, e.g. `Europe/Paris`. Default UTC. */
  timeZone?: string;
  /** The moment ages and deadlines are measured from. Default: the current time. */
  now?: Date;
  /** An admin's settings; invalid values fall back to the defaults and are reported as a notice. */
  config?: DeepPartial<HandoffConfig>;
  /** Messages by key (or custom label name) that replace the catalog's, e.g. Salesforce custom labels. */
  messages?: Record<string, string>;
}

export interface ViewContext {
  t: Translator;
  config: HandoffConfig;
  now: Date;
  /** Notices every card shows about its settings. */
  settingsNotices: Notice[];
}

function field<T>(options: unknown, key: string): T | undefined {
  try {
    if (typeof options !== 'object' || options === null) return undefined;
    return (options as Record<string, unknown>)[key] as T | undefined;
  } catch {
    return undefined;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const member of Object.values(value)) deepFreeze(member);
    Object.freeze(value);
  }
  return value;
}

/** `{}`: what a card passes when an admin set nothing. */
function isPlainEmpty(value: unknown): boolean {
  try {
    return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype && Reflect.ownKeys(value).length === 0;
  } catch {
    return false;
  }
}

let defaultSettings: ReturnType<typeof checkConfig> | undefined;

/** Most cards run on the default settings: resolved once, frozen, since views only read them. */
function defaults(): ReturnType<typeof checkConfig> {
  return (defaultSettings ??= deepFreeze(checkConfig(undefined)));
}

export function contextOf(options: unknown): ViewContext {
  const locale = field<unknown>(options, 'locale');
  const timeZone = field<unknown>(options, 'timeZone');
  const messages = field<unknown>(options, 'messages');
  const t = translator(
    typeof locale === 'string' ? locale : undefined,
    typeof messages === 'object' && messages !== null ? (messages as Record<string, string>) : undefined,
    typeof timeZone === 'string' ? timeZone : undefined,
  );
  const given = field<unknown>(options, 'now');
  const now = given instanceof Date && Number.isFinite(given.getTime()) ? given : new Date();
  const settings = field<unknown>(options, 'config');
  const none = settings === undefined || isPlainEmpty(settings);
  const { config, ignored } = none ? defaults() : checkConfig(settings);
  const settingsNotices: Notice[] = ignored.length
    ? [{ key: 'settings', tone: 'warning', text: t.t('state.configIgnored', { paths: t.formatList(ignored.map((i) => i.path || '—')) }) }]
    : [];
  return { t, config, now, settingsNotices };
}
