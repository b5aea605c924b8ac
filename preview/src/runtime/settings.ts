/** The page's switches, read from its address so every state of the preview can be linked to. */
export const locales = ['en-US', 'fr-FR'] as const;
export type PreviewLocale = (typeof locales)[number];

export interface PreviewSettings {
  locale: PreviewLocale;
  /** The user has neither the permission sets (Salesforce) nor access to the properties (HubSpot). */
  noAccess: boolean;
  timeZone: string;
  /** Milliseconds each data answer waits, to see loading states; 0 by default. */
  latency: number;
}

export function readSettings(search: string): PreviewSettings {
  const params = new URLSearchParams(search);
  const locale = (locales as readonly string[]).includes(params.get('locale') ?? '') ? (params.get('locale') as PreviewLocale) : 'en-US';
  const latency = Math.min(Math.max(Number(params.get('latency')) || 0, 0), 10_000);
  return { locale, noAccess: params.get('access') === 'none', timeZone: 'UTC', latency };
}

/** The same page with some switches changed, keeping the others. */
export function withSettings(href: string, change: Partial<Record<'locale' | 'access' | 'on', string | null>>): string {
  const url = new URL(href);
  for (const [key, value] of Object.entries(change)) {
    if (value === null || value === undefined) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  return url.pathname + url.search;
}
