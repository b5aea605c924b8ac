import fc from 'fast-check';
import {
  catalog,
  fieldHelpKey,
  fieldLabelKey,
  isMessageKey,
  LABEL_NAME_MAX,
  LABEL_NAME_RULE,
  labelName,
  languages,
  messageKeys,
  placeholdersOf,
  pluralBase,
  problemKeys,
  problemText,
  resolveLocale,
  translator,
} from '../src/i18n';
import type { Problem, ProblemCode } from '../src/parse/result';
import { fieldLabels } from '../src/i18n/field-labels';
import { fieldsOf } from '../src/registry';

const codes = Object.keys(problemKeys) as ProblemCode[];

describe('message catalog', () => {
  it('has every English key in French, and no other key', () => {
    for (const language of languages) {
      expect(Object.keys(catalog[language]).sort()).toEqual([...messageKeys].sort());
    }
  });

  it('gives each translation the same placeholders as the English message', () => {
    for (const key of messageKeys) {
      for (const language of languages) {
        expect({ key, language, placeholders: placeholdersOf(catalog[language][key]) }).toEqual({
          key,
          language,
          placeholders: placeholdersOf(catalog.en[key]),
        });
      }
    }
  });

  it('has no empty message and no markup', () => {
    for (const language of languages)
      for (const key of messageKeys) {
        expect(catalog[language][key].trim()).not.toBe('');
        expect(catalog[language][key]).not.toMatch(/<[a-z/]/i);
      }
  });

  it('keeps every key a valid, unique Salesforce custom label name', () => {
    const names = messageKeys.map(labelName);
    for (const name of names) {
      expect(name).toMatch(LABEL_NAME_RULE);
      expect(name.length).toBeLessThanOrEqual(LABEL_NAME_MAX);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it('pairs every plural form with an `.other` form', () => {
    for (const key of messageKeys) {
      const base = pluralBase(key);
      if (base) expect(isMessageKey(`${base}.other`)).toBe(true);
    }
  });

  it('labels the handoff editor fields with the registry titles and definitions (English)', () => {
    let labelled = 0;
    for (const field of fieldsOf('sales-to-cs')) {
      const label = fieldLabelKey('sales-to-cs', field.path);
      const help = fieldHelpKey('sales-to-cs', field.path);
      if (label) {
        labelled += 1;
        expect(catalog.en[label]).toBe(field.title);
      }
      if (help) expect(catalog.en[help]).toBe(field.description);
      if (field.mustHave) {
        expect(label).toBeDefined();
        expect(help).toBeDefined();
      }
    }
    expect(labelled).toBeGreaterThan(40);
  });

  it('has a French translation of every field label and help the registry gives English', () => {
    const keys = Object.keys(fieldLabels) as Array<keyof typeof fieldLabels>;
    expect(keys.length).toBeGreaterThan(100);
    const untranslated = keys.filter((key) => typeof catalog.fr[key] !== 'string' || catalog.fr[key].trim() === '');
    expect(untranslated).toEqual([]);
    for (const key of keys) expect(catalog.en[key]).toBe(fieldLabels[key]);
  });

  it('has a message for every problem code', () => {
    for (const code of codes) expect(isMessageKey(problemKeys[code])).toBe(true);
  });
});

describe('translator', () => {
  it('falls back to English for languages it does not ship, and serves regional French in French', () => {
    expect(resolveLocale('de-DE')).toEqual({ language: 'en', locale: 'en-US' });
    expect(resolveLocale('fr-CA')).toEqual({ language: 'fr', locale: 'fr-CA' });
    expect(resolveLocale('fr_FR')).toEqual({ language: 'fr', locale: 'fr-FR' });
    expect(resolveLocale('fr')).toEqual({ language: 'fr', locale: 'fr-FR' });
    expect(resolveLocale('en-GB')).toEqual({ language: 'en', locale: 'en-GB' });
    expect(resolveLocale('not a locale!!')).toEqual({ language: 'en', locale: 'en-US' });
    expect(resolveLocale(undefined)).toEqual({ language: 'en', locale: 'en-US' });
    expect(translator('de-DE').t('button.helpful')).toBe('Helpful');
    expect(translator('fr-CA').t('button.helpful')).toBe('Utile');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translator('en-US');
    expect(t.t('access.salesforce', { permissionSet: 'Handoff Context User' })).toBe(
      'You need the Handoff Context User permission set to see this. Ask your Salesforce admin.',
    );
    expect(t.t('state.saveFailed')).toBe('Could not save: {reason}');
  });

  it('picks plural forms by the language rules', () => {
    const en = translator('en-US');
    const fr = translator('fr-FR');
    expect(en.tn('engagement.touches', 1)).toBe('1 touch in the last 30 days');
    expect(en.tn('engagement.touches', 0)).toBe('0 touches in the last 30 days');
    // French counts 0 and 1 as singular.
    expect(fr.tn('engagement.touches', 0)).toBe('0 contact ces 30 derniers jours');
    expect(fr.tn('engagement.touches', 2)).toBe('2 contacts ces 30 derniers jours');
    // French has a `many` form for millions; without a message for it, `.other` is used.
    expect(fr.tn('engagement.touches', 1_000_000)).toMatch(/contacts/);
  });

  it('lets admins override messages by key or by custom label name; empty values fall back', () => {
    const t = translator('fr-FR', {
      'button.helpful': 'Pertinent',
      HC_button_notHelpful: 'Hors sujet',
      'button.cancel': '',
      HC_button_reload: 'HC_button_reload',
      'not.a.key': 'ignored',
    });
    expect(t.t('button.helpful')).toBe('Pertinent');
    expect(t.t('button.notHelpful')).toBe('Hors sujet');
    expect(t.t('button.cancel')).toBe('Annuler');
    expect(t.t('button.reload')).toBe('Recharger');
  });

  it('formats numbers, money and dates in the user locale', () => {
    const en = translator('en-US', undefined, 'UTC');
    const fr = translator('fr-FR', undefined, 'UTC');
    expect(en.formatNumber(1234.5)).toBe('1,234.5');
    expect(fr.formatNumber(1234.5)).toMatch(/^1\s234,5$/);
    expect(en.formatPercent(0.35)).toBe('35%');
    expect(fr.formatPercent(0.35)).toMatch(/^35\s%$/);
    expect(en.formatCurrency(120000, 'EUR')).toBe('€120,000.00');
    expect(fr.formatCurrency(120000, 'EUR')).toMatch(/^120\s000,00\s€$/);
    expect(en.formatDate('2026-11-23')).toBe('Nov 23, 2026');
    expect(fr.formatDate('2026-11-23')).toBe('23 nov. 2026');
    expect(en.formatDateTime('2026-11-23T10:00:00Z')).toBe('Nov 23, 2026, 10:00 AM');
    expect(fr.formatDateTime('2026-11-23T10:00:00Z')).toBe('23 nov. 2026, 10:00');
  });

  it('shows times in the user time zone but keeps calendar dates on their day', () => {
    const paris = translator('fr-FR', undefined, 'Europe/Paris');
    const hawaii = translator('en-US', undefined, 'Pacific/Honolulu');
    expect(paris.formatDateTime('2026-11-23T10:00:00Z')).toBe('23 nov. 2026, 11:00');
    expect(hawaii.formatDate('2026-11-23')).toBe('Nov 23, 2026');
    expect(hawaii.formatDate('2026-11-23T05:00:00Z')).toBe('Nov 22, 2026');
    expect(translator('en-US', undefined, 'Not/AZone').timeZone).toBe('UTC');
  });

  it('says how long ago in words', () => {
    const now = '2026-11-23T10:00:00Z';
    const en = translator('en-US');
    const fr = translator('fr-FR');
    expect(en.formatRelative('2026-11-20T10:00:00Z', now)).toBe('3 days ago');
    expect(fr.formatRelative('2026-11-20T10:00:00Z', now)).toBe('il y a 3 jours');
    expect(en.formatRelative('2026-11-22T10:00:00Z', now)).toBe('yesterday');
    expect(en.formatRelative('2026-11-23T07:00:00Z', now)).toBe('3 hours ago');
    expect(en.formatRelative('2026-11-23T12:00:00Z', now)).toBe('in 2 hours');
    expect(en.formatRelative('2026-05-23T10:00:00Z', now)).toBe('6 months ago');
    expect(en.formatRelative('2024-11-23T10:00:00Z', now)).toBe('2 years ago');
  });

  it('joins lists in the user language', () => {
    expect(translator('en-US').formatList(['a', 'b', 'c'])).toBe('a, b, and c');
    expect(translator('fr-FR').formatList(['a', 'b', 'c'])).toBe('a, b et c');
  });

  it('never throws on bad input', () => {
    const t = translator('en-US');
    expect(t.formatDate('not a date')).toBe('not a date');
    expect(t.formatDateTime(NaN)).toBe('');
    expect(t.formatCurrency(10, 'euros')).toBe('10 euros');
    expect(t.formatNumber(NaN)).toBe('');
    expect(t.formatRelative('nope', 'nope')).toBe('nope');
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, c) => {
        const any = translator(a as never, b as never, c as never);
        any.t('button.helpful', b as never);
        any.formatNumber(a as never);
        any.formatCurrency(a as never, b as never);
        any.formatDate(a as never);
        any.formatDateTime(b as never);
        any.formatRelative(a as never, c as never);
        any.formatList(a as never);
        any.tn('engagement.touches', a as never);
      }),
      { numRuns: 300 },
    );
  });
});

describe('problemText', () => {
  const problem = (code: ProblemCode, path = '', params?: Problem['params']): Problem => ({
    code,
    path,
    severity: 'error',
    message: 'English text for logs',
    ...(params && { params }),
  });

  it('has a sentence for every problem code, in both languages, with nothing left unfilled', () => {
    for (const code of codes)
      for (const locale of ['en-US', 'fr-FR']) {
        const text = problemText(problem(code, 'factors[2].weight'), translator(locale), 'lead-score');
        expect(text).not.toMatch(/[{}]/);
        expect(text).not.toBe('');
      }
  });

  it('names the field by its label, and the list entry it is in', () => {
    const en = translator('en-US');
    const fr = translator('fr-FR');
    expect(problemText(problem('missing', 'commercialTerms.renewalDate'), en, 'sales-to-cs')).toBe('Renewal date is missing.');
    expect(problemText(problem('missing', 'commercialTerms.renewalDate'), fr, 'sales-to-cs')).toBe('Date de renouvellement : manquant.');
    expect(problemText(problem('missing', 'successCriteria[1].metric'), en, 'sales-to-cs')).toBe('Metric (Success criteria, entry 2) is missing.');
    expect(problemText(problem('dropped_item', 'factors[0]'), en, 'lead-score')).toBe('Factors, entry 1 could not be read and was left out.');
    expect(problemText(problem('invalid_type', 'score.value'), en, 'lead-score')).toBe('Value (Lead score) has the wrong kind of value and is not shown.');
  });

  it('uses the detailed sentence when the problem carries its numbers, localised', () => {
    const tooLong = problem('too_long', '', { length: 140000, limit: 131072 });
    expect(problemText(tooLong, translator('en-US'), 'lead-score')).toBe(
      'Lead score: the text is 140,000 characters long, but the platform keeps only 131,072; it may have been cut.',
    );
    expect(problemText(tooLong, translator('fr-FR'), 'lead-score')).toMatch(/le texte fait 140\s000 caractères/);
    expect(problemText(problem('too_long'), translator('en-US'), 'lead-score')).toBe(
      'Lead score: the text is longer than the platform keeps; it may have been cut.',
    );
    expect(problemText(problem('newer_version', '', { found: 3, current: 2 }), translator('en-US'), 'lead-score')).toMatch(
      /version 3 of the payload, but this card knows version 2/,
    );
    expect(problemText(problem('too_small', 'successCriteria', { minimum: 1, empty: 1 }), translator('en-US'), 'sales-to-cs')).toBe(
      'Success criteria is empty.',
    );
  });

  it('never throws, even for a problem that is not one', () => {
    const t = translator('en-US');
    fc.assert(
      fc.property(fc.anything(), (garbage) => {
        expect(typeof problemText(garbage as never, t, 'deal-risk')).toBe('string');
        expect(typeof problemText(garbage as never, t)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
