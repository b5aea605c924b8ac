/**
 * The user's language, time zone and name, from the extension context, plus the translator every
 * string of the card goes through. HubSpot gives `user.locale` (e.g. `fr-fr`); the portal's time
 * zone stands in for the user's.
 */
import { useMemo } from 'react';
import { useExtensionContext } from '@hubspot/ui-extensions';
import { translator, type Translator, type ViewOptions } from '@handoff-context/core';

export interface CardSettings {
  t: Translator;
  /** What every view builder is given. */
  viewOptions: ViewOptions;
  /** Who acts, as written into feedback and reviews. */
  userName: string;
  objectId: string;
}

function nameOf(user: { firstName?: string; lastName?: string; email?: string } | undefined): string {
  const name = [user?.firstName, user?.lastName].filter((part) => typeof part === 'string' && part.trim() !== '').join(' ');
  return name || user?.email || '';
}

export function useCardSettings(): CardSettings {
  const context = useExtensionContext<'crm.record.tab'>();
  const locale = context?.user?.locale;
  const timeZone = context?.portal?.timezone;
  const objectId = String(context?.crm?.objectId ?? '');
  const userName = nameOf(context?.user);
  return useMemo(
    () => ({ t: translator(locale, undefined, timeZone), viewOptions: { locale, timeZone }, userName, objectId }),
    [locale, timeZone, userName, objectId],
  );
}
