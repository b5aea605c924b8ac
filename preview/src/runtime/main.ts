/**
 * The preview runtime: loads first on every page, builds the data services from the sample book (or
 * from a pasted payload), draws the page, and mounts the cards that the Salesforce and HubSpot
 * bundles register. Everything a test or the bench needs is on `window.__handoffPreview`.
 */
import { isKind, type Kind } from '@handoff-context/core';
import { sampleDataset } from './book';
import { startClockAt } from './clock';
import type { Dataset, PageSpec } from './dataset';
import { h } from './dom';
import { HubSpotService, type HubSpotObjectType } from './hubspot-service';
import { packageFields, packageProperties, packagePropertyOptions } from './package-fields';
import { payloadDataset } from './payload';
import { RequestLog } from './requests';
import { SalesforceService, type SalesforceObject } from './salesforce-service';
import { readSettings, withSettings } from './settings';
import { PAYLOAD_KEY, header, indexPage, payloadForm, platformColumn, switches } from './shell';

interface SalesforceCard {
  tag: string;
  label: string;
  objects: string[];
}
interface SalesforceBundle {
  cards: SalesforceCard[];
  mount(container: Element, card: SalesforceCard, props: Record<string, unknown>): Element;
  mountHighlights(container: Element, props: Record<string, unknown>): Element;
}
interface HubSpotCard {
  uid: string;
  label: string;
  objectTypes: string[];
}
interface HubSpotBundle {
  cards: HubSpotCard[];
  mount(container: Element, card: HubSpotCard, record: { objectType: HubSpotObjectType; objectId: number }): void;
}

const objectLabels: Record<SalesforceObject, string> = { Lead: 'Lead', Contact: 'Contact', Opportunity: 'Opportunity', Account: 'Account', User: 'User' };
const hubspotLabels: Record<HubSpotObjectType, string> = { contacts: 'Contact', companies: 'Company', deals: 'Deal' };

const settings = readSettings(location.search);
const pageKind = document.body.dataset.page ?? 'index';
const params = new URLSearchParams(location.search);

function loadedPayload(): { kind: Kind; text: string } | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(PAYLOAD_KEY) ?? 'null');
    const kind = params.get('kind') ?? stored?.kind;
    if (kind && isKind(kind)) return { kind, text: typeof stored?.text === 'string' && stored.kind === kind ? stored.text : '' };
  } catch {
    // Nothing usable stored: the form starts empty.
  }
  return undefined;
}

const payload = pageKind === 'payload' ? loadedPayload() : undefined;
const dataset: Dataset = payload ? payloadDataset(payload.kind, payload.text) : sampleDataset();
if (dataset.asOf && params.get('clock') !== 'real') startClockAt(dataset.asOf);
const requests = new RequestLog();
const writes: unknown[] = [];
const saved = h('p', { id: 'preview-saved', role: 'status', class: 'preview-saved' });

function noteWrite(write: unknown, text: string) {
  writes.push(write);
  saved.textContent = text;
}

const salesforce = new SalesforceService({
  seeds: dataset.salesforce,
  packageFields,
  settings,
  log: requests,
  onWrite: (w) => noteWrite(w, `Saved to the ${w.apiName} record: ${Object.keys(w.fields).join(', ')}.`),
});
const hubspot = new HubSpotService({
  seeds: dataset.hubspot.objects,
  associations: dataset.hubspot.associations,
  packageProperties,
  packagePropertyOptions,
  settings,
  log: requests,
  onWrite: (w) => noteWrite(w, `Saved to the HubSpot ${w.objectType} record ${w.id}.`),
});

let salesforceBundle: SalesforceBundle | undefined;
let hubspotBundle: HubSpotBundle | undefined;
const mounted = { salesforce: 0, hubspot: 0 };

const preview = {
  settings,
  page: pageKind,
  dataset,
  requests,
  writes,
  salesforce,
  hubspot,
  mounted,
  registerSalesforce(bundle: SalesforceBundle) {
    salesforceBundle = bundle;
    mountSalesforce();
  },
  registerHubSpot(bundle: HubSpotBundle) {
    hubspotBundle = bundle;
    mountHubSpot();
  },
};
(globalThis as unknown as { __handoffPreview: typeof preview }).__handoffPreview = preview;

// ---- the page ---------------------------------------------------------------------------------

const skip = h('a', { href: '#main', class: 'preview-skip' }, 'Skip to the cards');
const toasts = h('div', { id: 'preview-toasts', class: 'preview-toasts', role: 'status', 'aria-live': 'polite' });
document.documentElement.lang = settings.locale;
document.body.append(skip, header(settings, pageKind), switches(settings));

let currentPage: PageSpec | undefined;
if (pageKind === 'record') {
  currentPage = dataset.pages.find((p) => p.slug === params.get('id'));
  document.body.append(currentPage ? recordMain(currentPage) : notFoundMain());
} else if (pageKind === 'payload') {
  currentPage = dataset.pages.find((p) => p.slug === params.get('on')) ?? dataset.pages[0];
  const main = recordMain(currentPage, payloadForm(settings, payload), recordPicker(dataset.pages, currentPage));
  document.body.append(main);
} else {
  document.body.append(indexPage(dataset, settings));
}
if (pageKind !== 'payload') document.body.append(h('aside', { class: 'preview-aside', 'aria-label': 'Check a payload' }, payloadForm(settings)));
document.body.append(saved, toasts);
document.title = `${currentPage && pageKind === 'record' ? `${currentPage.name} — ` : ''}Handoff Context preview`;

function notFoundMain(): HTMLElement {
  return h('main', { id: 'main' }, h('h1', {}, 'No such sample record'), h('p', {}, h('a', { href: 'index.html' }, 'See every sample record.')));
}

/** The payload page shows one record page at a time (Lead or Contact, Opportunity or Account). */
function recordPicker(pages: PageSpec[], current: PageSpec): HTMLElement | undefined {
  if (pages.length < 2) return undefined;
  const select = h('select', { id: 'preview-record-page' }) as HTMLSelectElement;
  for (const p of pages) {
    const option = h('option', { value: p.slug }, p.summary ?? p.slug) as HTMLOptionElement;
    option.selected = p === current;
    select.append(option);
  }
  select.addEventListener('change', () => location.assign(withSettings(location.href, { on: select.value })));
  return h('div', { class: 'preview-switch preview-record-picker' }, h('label', { for: 'preview-record-page' }, 'Show the cards of'), select);
}

function recordMain(page: PageSpec, before?: HTMLElement, picker?: HTMLElement): HTMLElement {
  const columns = h('div', { class: 'preview-columns' }, platformColumn('salesforce'), platformColumn('hubspot'));
  return h(
    'main',
    { id: 'main', 'data-record': page.slug },
    h('h1', { dir: 'auto' }, page.name),
    page.summary ? h('p', { class: 'preview-summary' }, page.summary) : null,
    before,
    picker,
    columns,
  );
}

function column(platform: 'salesforce' | 'hubspot'): Element | null {
  return document.querySelector(`[data-platform="${platform}"]`);
}

function mountSalesforce() {
  const target = column('salesforce');
  if (!salesforceBundle || !target || !currentPage) return;
  for (const record of currentPage.salesforce) {
    const region = h(
      'section',
      {
        class: 'preview-record slds-scope',
        'aria-label': `${objectLabels[record.apiName]} record`,
        'data-object': record.apiName,
        'data-record-id': record.id,
      },
      h('h3', { class: 'preview-object' }, `${objectLabels[record.apiName]} record page`),
    );
    target.append(region);
    const props = { recordId: record.id, objectApiName: record.apiName };
    salesforceBundle.mountHighlights(region, { ...props, objectLabel: objectLabels[record.apiName] });
    const cards = salesforceBundle.cards.filter((c) => c.objects.includes(record.apiName));
    if (!cards.length) region.append(h('p', { class: 'preview-note' }, `The package has no card for the ${record.apiName} record page.`));
    for (const card of cards) {
      const slot = h('div', { class: 'preview-card slds-m-top_small', 'data-card': card.tag, 'data-platform-card': 'salesforce' });
      region.append(slot);
      salesforceBundle.mount(slot, card, props);
      mounted.salesforce++;
    }
  }
}

function mountHubSpot() {
  const target = column('hubspot');
  if (!hubspotBundle || !target || !currentPage) return;
  for (const record of currentPage.hubspot) {
    const region = h(
      'section',
      {
        class: 'preview-record hs-record',
        'aria-label': `HubSpot ${hubspotLabels[record.objectType].toLowerCase()} record`,
        'data-object': record.objectType,
        'data-record-id': String(record.id),
      },
      h('h3', { class: 'preview-object' }, `${hubspotLabels[record.objectType]} record`),
    );
    target.append(region);
    const cards = hubspotBundle.cards.filter((c) => c.objectTypes.includes(record.objectType));
    if (!cards.length) region.append(h('p', { class: 'preview-note' }, `The app has no card for ${record.objectType}.`));
    for (const card of cards) {
      const slot = h('div', { class: 'preview-card', 'data-card': card.uid, 'data-platform-card': 'hubspot' });
      region.append(slot);
      hubspotBundle.mount(slot, card, { objectType: record.objectType, objectId: record.id });
      mounted.hubspot++;
    }
  }
}

// Salesforce toasts (ShowToastEvent) appear in the page's live region.
document.addEventListener('lightning__showtoast', (event) => {
  const detail = (event as CustomEvent<{ title?: string; message?: string; variant?: string }>).detail ?? {};
  const toast = h('div', { class: `preview-toast preview-toast-${detail.variant ?? 'info'}` }, h('strong', {}, detail.title ?? ''), ' ', detail.message ?? '');
  toasts.replaceChildren(toast);
});
