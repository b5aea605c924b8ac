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

/** The message language and formatting locale for what a browser or platform says the user speaks. */
export function resolveLocale(requested: unknown): { language: Language; locale: string } {
  let canonical: string | undefined;
  try {
    if (typeof requested === 'string' && requested.trim() !== '') {
      // Salesforce gives `fr_CA`; BCP 47 wants `fr-CA`.
      canonical = Intl.getCanonicalLocales(requested.trim().replace(/_/g, '-'))[0];
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
    new Intl.DateTimeFormat('en', { timeZone }).format(0);
    return timeZone;
  } catch {
    return 'UTC';
  }
}

export function interpolate(message: string, params?: Params): string {
  if (!params) return message;
  return message.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    return value === undefined ? whole : String(value);
  });
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

function cleanOverrides(overrides: unknown): Map<MessageKey, string> {
  const out = new Map<MessageKey, string>();
  if (typeof overrides !== 'object' || overrides === null) return out;
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
export function translator(locale?: string, overrides?: Record<string, string>, timeZone?: string): Translator {
  const resolved = resolveLocale(locale);
  const zone = resolveTimeZone(timeZone);
  const table = catalog[resolved.language];
  const custom = cleanOverrides(overrides);
  const plurals = new Intl.PluralRules(resolved.locale);
  const formats = new Map<string, Intl.NumberFormat>();
  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  // Building an Intl formatter costs far more than using one: a card formats hundreds of values.
  const currencyFormats = new Map<string, Intl.NumberFormat>();
  let relativeFormat: Intl.RelativeTimeFormat | undefined;
  let listFormat: Intl.ListFormat | undefined;

  function message(key: string): string {
    if (isMessageKey(key)) return custom.get(key) ?? table[key] ?? catalog.en[key];
    return key;
  }

  function number(value: number, options: Intl.NumberFormatOptions = {}): string {
    if (typeof value !== 'number' || Number.isNaN(value)) return '';
    try {
      const id = JSON.stringify(options);
      let format = formats.get(id);
      if (!format) {
        format = new Intl.NumberFormat(resolved.locale, options);
        formats.set(id, format);
      }
      return format.format(value);
    } catch {
      return String(value);
    }
  }

  function dateTime(value: DateInput, options: Intl.DateTimeFormatOptions, dateOnly: boolean): string {
    const date = dateOf(value);
    if (!date) return typeof value === 'string' ? value : '';
    try {
      const zoneForValue = dateOnly && typeof value === 'string' && DATE_ONLY.test(value.trim()) ? 'UTC' : zone;
      const id = `${zoneForValue}|${JSON.stringify(options)}`;
      let format = dateFormats.get(id);
      if (!format) {
        format = new Intl.DateTimeFormat(resolved.locale, { ...options, timeZone: zoneForValue });
        dateFormats.set(id, format);
      }
      return format.format(date);
    } catch {
      return date.toISOString();
    }
  }

  const t = (key: MessageKey, params?: Params) => interpolate(message(key), params);

  return {
    language: resolved.language,
    locale: resolved.locale,
    timeZone: zone,
    t,
    tn(key, count, params) {
      let category: string = 'other';
      try {
        category = plurals.select(count);
      } catch {
        category = 'other';
      }
      const exact = `${key}.${category}`;
      const chosen = isMessageKey(exact) ? exact : (`${key}.other` as MessageKey);
      return interpolate(message(chosen), { ...params, count: params?.count ?? number(count) });
    },
    formatNumber: number,
    formatPercent(fraction, maximumFractionDigits = 0) {
      return number(fraction, { style: 'percent', maximumFractionDigits });
    },
    formatCurrency(amount, code) {
      if (typeof amount !== 'number' || Number.isNaN(amount)) return '';
      try {
        let format = currencyFormats.get(code);
        if (!format) {
          format = new Intl.NumberFormat(resolved.locale, { style: 'currency', currency: code });
          currencyFormats.set(code, format);
        }
        return format.format(amount);
      } catch {
        return `${number(amount)} ${typeof code === 'string' ? code : ''}`.trim();
      }
    },
    formatDate(value) {
      return dateTime(value, { dateStyle: 'medium' }, true);
    },
    formatDateTime(value) {
      const isDateOnly = typeof value === 'string' && DATE_ONLY.test(value.trim());
      return isDateOnly ? dateTime(value, { dateStyle: 'medium' }, true) : dateTime(value, { dateStyle: 'medium', timeStyle: 'short' }, false);
    },
    formatRelative(value, now) {
      const date = dateOf(value);
      const reference = dateOf(now) ?? new Date();
      if (!date) return typeof value === 'string' ? value : '';
      const seconds = (date.getTime() - reference.getTime()) / 1000;
      try {
        const format = (relativeFormat ??= new Intl.RelativeTimeFormat(resolved.locale, { numeric: 'auto' }));
        const [amount, unit] = relativeUnit(seconds);
        return format.format(amount, unit);
      } catch {
        // fall through to a plain date
      }
      return dateTime(date, { dateStyle: 'medium' }, false);
    },
    formatList(items) {
      const clean = Array.isArray(items) ? items.filter((s) => typeof s === 'string' && s !== '') : [];
      try {
        return (listFormat ??= new Intl.ListFormat(resolved.locale, { style: 'long', type: 'conjunction' })).format(clean);
      } catch {
        return clean.join(', ');
      }
    },
  };
}
