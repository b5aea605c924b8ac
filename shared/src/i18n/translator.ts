/**
 * A translator: messages in the user's language, and numbers, money and dates formatted through
 * Intl in the user's locale and time zone. Never throws, whatever it is given.
 */
import { catalog, isMessageKey, messageKeyOf, type Language, type MessageKey, type PluralKey } from './catalog';

export type Params = Record<string, string | number | undefined>;

export interface Translator {
  /** The message language: `en` or `fr`. */
  language: Language;
  /** The locale numbers and dates are formatted in, e.g. `fr-CA`, `en-US`. */
  locale: string;
  timeZone: string;
  t(key: MessageKey, params?: Params): string;
  /** A plural message: `tn('engagement.touches', 3)` picks `.one`/`.other`… with `{count}` set. */
  tn(key: PluralKey, count: number, params?: Params): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  /** A fraction (0.35) as a percent ("35%"). */
  formatPercent(fraction: number, maximumFractionDigits?: number): string;
  formatCurrency(amount: number, code: string): string;
  /** A calendar date. `YYYY-MM-DD` is read as that day wherever the user is. */
  formatDate(value: DateInput): string;
  formatDateTime(value: DateInput): string;
  /** "3 days ago", "in 2 hours", "yesterday". */
  formatRelative(value: DateInput, now: DateInput): string;
  /** "a, b and c" in the user's language. */
  formatList(items: string[]): string;
}

export type DateInput = Date | string | number;

const DEFAULT_LOCALE: Record<Language, string> = { en: 'en-US', fr: 'fr-FR' };
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const noOptions: Intl.NumberFormatOptions = {};
const percentOptionsByDigits = new Map<number, Intl.NumberFormatOptions>();
const percentOptionSet = new WeakSet<Intl.NumberFormatOptions>();

/** One options object per number of decimals, so that a translator finds its percent formatter by identity. */
function percentOptions(maximumFractionDigits: number): Intl.NumberFormatOptions {
  let options = percentOptionsByDigits.get(maximumFractionDigits);
  if (!options) {
    options = { style: 'percent', maximumFractionDigits };
    if (percentOptionsByDigits.size < 25) {
      percentOptionsByDigits.set(maximumFractionDigits, options);
      percentOptionSet.add(options);
    }
  }
  return options;
}

type DateStyle = 'date' | 'dateTime';
const dateStyles: Record<DateStyle, Intl.DateTimeFormatOptions> = { date: { dateStyle: 'medium' }, dateTime: { dateStyle: 'medium', timeStyle: 'short' } };

/**
 * Intl objects by what they were built from, shared by every translator: building one costs far
 * more than using it, and a page builds a view per card and per render. Bounded, so that a
 * long-lived process fed arbitrary locales or zones does not grow without end.
 */
const intlCache = new Map<string, unknown>();
const INTL_CACHE_LIMIT = 500;

function cachedIntl<T>(id: string, build: () => T): T {
  let made = intlCache.get(id) as T | undefined;
  if (made === undefined) {
    made = build();
    if (intlCache.size >= INTL_CACHE_LIMIT) intlCache.clear();
    intlCache.set(id, made);
  }
  return made;
}

/** `feedback.helpfulCount` + `one` → `feedback.helpfulCount.one`, or `.other` when the catalog has no such form; worked out once. */
const pluralKeys = new Map<string, Map<string, MessageKey>>();

function pluralMessageKey(key: PluralKey, category: string): MessageKey {
  let forms = pluralKeys.get(key);
  if (!forms) pluralKeys.set(key, (forms = new Map()));
  let chosen = forms.get(category);
  if (!chosen) {
    const exact = `${key}.${category}`;
    chosen = isMessageKey(exact) ? exact : (`${key}.other` as MessageKey);
    forms.set(category, chosen);
  }
  return chosen;
}

/** The message language and formatting locale for what a browser or platform says the user speaks. */
export function resolveLocale(requested: unknown): { language: Language; locale: string } {
  let canonical: string | undefined;
  try {
    if (typeof requested === 'string' && requested.trim() !== '') {
      // Salesforce gives `fr_CA`; BCP 47 wants `fr-CA`.
      const tag = requested.trim().replace(/_/g, '-');
      canonical = cachedIntl(`locale|${tag}`, () => Intl.getCanonicalLocales(tag)[0]);
    }
  } catch {
    canonical = undefined;
  }
  const language = canonical?.split('-')[0].toLowerCase();
  if (language === 'fr' || language === 'en') {
    // Format in the user's own region only when we speak its language: English text with German
    // dates would read as a mistake.
    return { language, locale: canonical!.includes('-') ? canonical! : DEFAULT_LOCALE[language] };
  }
  return { language: 'en', locale: DEFAULT_LOCALE.en };
}

function resolveTimeZone(timeZone: unknown): string {
  if (typeof timeZone !== 'string' || timeZone === '') return 'UTC';
  try {
    return cachedIntl(`zone|${timeZone}`, () => {
      new Intl.DateTimeFormat('en', { timeZone }).format(0);
      return timeZone;
    });
  } catch {
    return 'UTC';
  }
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/;
/** Messages split at their placeholders once: literal, name, literal, name, …, literal. */
const templates = new Map<string, string[]>();
const TEMPLATE_CACHE_LIMIT = 2000;

export function interpolate(message: string, params?: Params): string {
  if (!params) return message;
  let parts = templates.get(message);
  if (!parts) {
    parts = message.split(PLACEHOLDER);
    if (templates.size >= TEMPLATE_CACHE_LIMIT) templates.clear();
    templates.set(message, parts);
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    out += (value === undefined ? `{${name}}` : String(value)) + parts[i + 1];
  }
  return out;
}

/** A Date from a Date, an ISO text or epoch milliseconds; undefined when it is not a real date. */
export function dateOf(value: unknown): Date | undefined {
  let date: Date | undefined;
  if (value instanceof Date) date = value;
  else if (typeof value === 'number') date = new Date(value);
  else if (typeof value === 'string' && value.trim() !== '') {
    const only = DATE_ONLY.exec(value.trim());
    date = only ? new Date(Date.UTC(+only[1], +only[2] - 1, +only[3])) : new Date(value);
  }
  return date && Number.isFinite(date.getTime()) ? date : undefined;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The largest unit that keeps the number readable: 45 seconds, 3 hours, 12 days, 5 months, 2 years. */
function relativeUnit(seconds: number): [number, Intl.RelativeTimeFormatUnit] {
  const size = Math.abs(seconds);
  if (size < MINUTE) return [Math.round(seconds), 'second'];
  if (size < HOUR) return [Math.round(seconds / MINUTE), 'minute'];
  if (size < DAY) return [Math.round(seconds / HOUR), 'hour'];
  if (size < 30 * DAY) return [Math.round(seconds / DAY), 'day'];
  if (size < 365 * DAY) return [Math.round(seconds / (30.4375 * DAY)), 'month'];
  return [Math.round(seconds / (365.25 * DAY)), 'year'];
}

// A Salesforce card hands the same label object to every view it builds: read it once.
const cleanedOverrides = new WeakMap<object, Map<MessageKey, string>>();

function cleanOverrides(overrides: unknown): Map<MessageKey, string> {
  if (typeof overrides !== 'object' || overrides === null) return new Map();
  let cleaned = cleanedOverrides.get(overrides);
  if (!cleaned) {
    cleaned = readOverrides(overrides);
    // Only a frozen object cannot change after it was read.
    if (Object.isFrozen(overrides)) cleanedOverrides.set(overrides, cleaned);
  }
  return cleaned;
}

function readOverrides(overrides: object): Map<MessageKey, string> {
  const out = new Map<MessageKey, string>();
  try {
    for (const [name, value] of Object.entries(overrides as Record<string, unknown>)) {
      const key = messageKeyOf(name);
      // Salesforce returns a label's own name when it has no value in the user's language.
      if (key && typeof value === 'string' && value.trim() !== '' && value !== name) out.set(key, value);
    }
  } catch {
    // An object whose entries cannot be read gives no overrides.
  }
  return out;
}

/**
 * `overrides`: messages by key (or by custom label name), e.g. Salesforce custom labels an admin
 * retranslated. Empty values fall back to the catalog.
 */
export function translator(requestedLocale?: string, overrides?: Record<string, string>, timeZone?: string): Translator {
  const resolved = resolveLocale(requestedLocale);
  const zone = resolveTimeZone(timeZone);
  const table = catalog[resolved.language];
  const custom = cleanOverrides(overrides);
  const locale = resolved.locale;
  const plurals = cachedIntl(`plural|${locale}`, () => new Intl.PluralRules(locale));
  // Choosing a plural form is an Intl call: a card's counts and weights repeat.
  const categories = new Map<number, string>();

  function message(key: string): string {
    if (!isMessageKey(key)) return key;
    if (custom.size) {
      const own = custom.get(key);
      if (own !== undefined) return own;
    }
    return table[key] ?? catalog.en[key];
  }

  // Number formatters by their options: views mostly ask for a number of decimals.
  const numberFormats = new Map<unknown, Intl.NumberFormat>();

  function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
    let id: unknown = options;
    if (options !== noOptions && !percentOptionSet.has(options)) {
      const keys = Object.keys(options);
      id = keys.length === 1 && keys[0] === 'maximumFractionDigits' ? options.maximumFractionDigits : JSON.stringify(options);
    }
    let format = numberFormats.get(id);
    if (!format) {
      format = cachedIntl(`number|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
      numberFormats.set(id, format);
    }
    return format;
  }

  function number(value: number, options: Intl.NumberFormatOptions = noOptions): string {
    if (typeof value !== 'number' || Number.isNaN(value)) return '';
    try {
      return numberFormat(options).format(value);
    } catch {
      return String(value);
    }
  }

  // A card shows the same day many times (feedback, signals, commitments): format each once.
  const formattedDates = { date: [new Map<string, string>(), new Map<string, string>()], dateTime: [new Map<string, string>(), new Map<string, string>()] };

  function dateTime(value: DateInput, style: DateStyle, dateOnly: boolean): string {
    const memo = typeof value === 'string' ? formattedDates[style][dateOnly ? 1 : 0] : undefined;
    const known = memo?.get(value as string);
    if (known !== undefined) return known;
    const date = dateOf(value);
    if (!date) return typeof value === 'string' ? value : '';
    let out: string;
    try {
      const zoneForValue = dateOnly && typeof value === 'string' && DATE_ONLY.test(value.trim()) ? 'UTC' : zone;
      out = cachedIntl(
        `date|${locale}|${zoneForValue}|${style}`,
        () => new Intl.DateTimeFormat(locale, { ...dateStyles[style], timeZone: zoneForValue }),
      ).format(date);
    } catch {
      out = date.toISOString();
    }
    if (memo !== undefined) {
      if (memo.size >= TEMPLATE_CACHE_LIMIT) memo.clear();
      memo.set(value as string, out);
    }
    return out;
  }

  const t = (key: MessageKey, params?: Params) => interpolate(message(key), params);

  return {
    language: resolved.language,
    locale: resolved.locale,
    timeZone: zone,
    t,
    tn(key, count, params) {
      let category = categories.get(count);
      if (category === undefined) {
        try {
          category = plurals.select(count);
        } catch {
          category = 'other';
        }
        if (categories.size >= TEMPLATE_CACHE_LIMIT) categories.clear();
        categories.set(count, category);
      }
      const text = message(pluralMessageKey(key, category));
      // Formatting the count costs an Intl call: only when the message shows it.
      if (params?.count !== undefined || !text.includes('{count}')) return interpolate(text, params ?? {});
      return interpolate(text, { ...params, count: number(count) });
    },
    formatNumber: number,
    formatPercent(fraction, maximumFractionDigits = 0) {
      return number(fraction, percentOptions(maximumFractionDigits));
    },
    formatCurrency(amount, code) {
      if (typeof amount !== 'number' || Number.isNaN(amount)) return '';
      try {
        return cachedIntl(`currency|${locale}|${code}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency: code })).format(amount);
      } catch {
        return `${number(amount)} ${typeof code === 'string' ? code : ''}`.trim();
      }
    },
    formatDate(value) {
      return dateTime(value, 'date', true);
    },
    formatDateTime(value) {
      const isDateOnly = typeof value === 'string' && DATE_ONLY.test(value.trim());
      return isDateOnly ? dateTime(value, 'date', true) : dateTime(value, 'dateTime', false);
    },
    formatRelative(value, now) {
      const date = dateOf(value);
      const reference = dateOf(now) ?? new Date();
      if (!date) return typeof value === 'string' ? value : '';
      const seconds = (date.getTime() - reference.getTime()) / 1000;
      try {
        const format = cachedIntl(`relative|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
        const [amount, unit] = relativeUnit(seconds);
        return format.format(amount, unit);
      } catch {
        // fall through to a plain date
      }
      return dateTime(date, 'date', false);
    },
    formatList(items) {
      const clean = Array.isArray(items) ? items.filter((s) => typeof s === 'string' && s !== '') : [];
      try {
        const format = cachedIntl(`list|${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
        // English and French join any words the same way, so the separators for n entries are
        // worked out once; long lists (products, integrations) are slow to format otherwise.
        const separators = cachedIntl(`list|${locale}|${clean.length}`, () =>
          format.formatToParts(clean.map((_, i) => String(i))).map((part) => (part.type === 'literal' ? part.value : undefined)),
        );
        let out = '';
        let next = 0;
        for (const separator of separators) out += separator ?? clean[next++];
        return out;
      } catch {
        return clean.join(', ');
      }
    },
  };
}
