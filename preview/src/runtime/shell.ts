/**
 * The page around the cards: the record list, the switches (locale, a user without access, load a
 * payload) and the two platform columns the cards mount into.
 */
import { contexts, guessKind, kinds, type Kind } from '@handoff-context/core';
import type { Dataset, PageSpec, RecordType } from './dataset';
import { h } from './dom';
import { locales, withSettings, type PreviewSettings } from './settings';

export const PAYLOAD_KEY = 'handoff-preview-payload';

const typeTitles: Record<RecordType, string> = { company: 'Companies', person: 'People', deal: 'Deals' };
const localeNames: Record<string, string> = { 'en-US': 'English (United States)', 'fr-FR': 'Français (France)' };

export function pageUrl(page: PageSpec): string {
  return `record.html?id=${encodeURIComponent(page.slug)}`;
}

/** Keeps the switches when following a link. */
function link(href: string, settings: PreviewSettings): string {
  const url = new URL(href, location.href);
  if (settings.locale !== 'en-US') url.searchParams.set('locale', settings.locale);
  if (settings.noAccess) url.searchParams.set('access', 'none');
  return url.pathname.split('/').pop() + url.search;
}

export function header(settings: PreviewSettings, current: string): HTMLElement {
  const nav = h(
    'nav',
    { 'aria-label': 'Preview' },
    h('a', { href: link('index.html', settings), 'aria-current': current === 'index' ? 'page' : undefined }, 'All sample records'),
    h('a', { href: link('payload.html', settings), 'aria-current': current === 'payload' ? 'page' : undefined }, 'Check a payload'),
  );
  return h('header', { class: 'preview-header' }, h('p', { class: 'preview-brand' }, 'Handoff Context — local preview'), nav);
}

/** Locale and access switches: each change reloads the page, as a platform does when the user changes them. */
export function switches(settings: PreviewSettings): HTMLElement {
  const select = h('select', { id: 'preview-locale' }) as HTMLSelectElement;
  for (const locale of locales) {
    const option = h('option', { value: locale }, localeNames[locale]) as HTMLOptionElement;
    option.selected = locale === settings.locale;
    select.append(option);
  }
  select.addEventListener('change', () => {
    location.assign(withSettings(location.href, { locale: select.value === 'en-US' ? null : select.value }));
  });
  const access = h('input', { type: 'checkbox', id: 'preview-no-access' }) as HTMLInputElement;
  access.checked = settings.noAccess;
  access.addEventListener('change', () => {
    location.assign(withSettings(location.href, { access: access.checked ? 'none' : null }));
  });
  return h(
    'section',
    { class: 'preview-switches', 'aria-label': 'Preview settings' },
    h('div', { class: 'preview-switch' }, h('label', { for: 'preview-locale' }, 'User locale'), select),
    h('div', { class: 'preview-switch' }, access, h('label', { for: 'preview-no-access' }, 'A user without access (no permission set, no property access)')),
  );
}

/** Paste or pick a payload file, then see it in every card of its kind. */
export function payloadForm(settings: PreviewSettings, initial?: { kind: Kind; text: string }): HTMLElement {
  const kind = h('select', { id: 'payload-kind', name: 'kind' }) as HTMLSelectElement;
  for (const k of kinds) {
    const option = h('option', { value: k }, `${contexts[k].title} (${k})`) as HTMLOptionElement;
    option.selected = k === initial?.kind;
    kind.append(option);
  }
  const file = h('input', { type: 'file', id: 'payload-file', accept: '.json,application/json,text/plain' }) as HTMLInputElement;
  const text = h('textarea', { id: 'payload-text', name: 'text', rows: '8', spellcheck: 'false' }) as HTMLTextAreaElement;
  text.value = initial?.text ?? '';
  const status = h('p', { id: 'payload-status', role: 'status' });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    text.value = await chosen.text();
    const guessed = guessKindOf(text.value);
    if (guessed) kind.value = guessed;
    status.textContent = `Read ${chosen.name} (${chosen.size} bytes).`;
  });
  const form = h(
    'form',
    { class: 'preview-payload', 'aria-labelledby': 'payload-heading' },
    h('h2', { id: 'payload-heading' }, 'Check a payload'),
    h(
      'p',
      {},
      'Paste the JSON your scoring job or pipeline writes, or pick a file: every card of that kind shows it, through the same parsing as on the platforms.',
    ),
    h('div', { class: 'preview-field' }, h('label', { for: 'payload-kind' }, 'Payload kind'), kind),
    h('div', { class: 'preview-field' }, h('label', { for: 'payload-file' }, 'Payload file'), file),
    h('div', { class: 'preview-field' }, h('label', { for: 'payload-text' }, 'Payload JSON'), text),
    h('button', { type: 'submit' }, 'Show in every card'),
    status,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(PAYLOAD_KEY, JSON.stringify({ kind: kind.value, text: text.value }));
    location.assign(link(`payload.html?kind=${encodeURIComponent(kind.value)}`, settings));
  });
  return form;
}

/** The kind the core reads the pasted text as best, if it is JSON. */
function guessKindOf(text: string): Kind | undefined {
  try {
    return guessKind(JSON.parse(text));
  } catch {
    return undefined; // Not JSON: the cards say so themselves.
  }
}

export function indexPage(dataset: Dataset, settings: PreviewSettings): HTMLElement {
  const groups = (['company', 'person', 'deal'] as RecordType[]).map((type) => {
    const pages = dataset.pages.filter((p) => p.type === type);
    return h(
      'section',
      { class: 'preview-group', 'aria-labelledby': `group-${type}` },
      h('h2', { id: `group-${type}` }, typeTitles[type]),
      h(
        'ul',
        {},
        ...pages.map((page) =>
          h(
            'li',
            {},
            h('a', { href: link(pageUrl(page), settings), dir: 'auto' }, page.name),
            page.summary ? h('span', { class: 'preview-summary' }, ` — ${page.summary}`) : null,
          ),
        ),
      ),
    );
  });
  return h(
    'main',
    { id: 'main' },
    h('h1', {}, 'Sample records'),
    h(
      'p',
      {},
      'Every card of both platforms on the sample book. Salesforce cards are the package’s real Lightning web components; HubSpot cards are the app’s real React cards in an approximation of HubSpot’s look.',
    ),
    ...groups,
  );
}

/** A platform column with one region per record the page shows on that platform. */
export function platformColumn(platform: 'salesforce' | 'hubspot'): HTMLElement {
  const title = platform === 'salesforce' ? 'Salesforce' : 'HubSpot';
  const note =
    platform === 'salesforce'
      ? 'The package’s Lightning web components, styled with the Lightning Design System.'
      : 'The app’s cards, rendered in an approximation of HubSpot’s look.';
  return h(
    'section',
    { class: `preview-platform preview-${platform}`, 'aria-labelledby': `${platform}-heading`, 'data-platform': platform },
    h('h2', { id: `${platform}-heading` }, title),
    h('p', { class: 'preview-note' }, note),
  );
}
