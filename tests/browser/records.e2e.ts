/**
 * Every sample record's page: each card of both platforms shows the record's key facts (computed by
 * the core's view models from the sample book), loads within its data-request budget, axe-core finds
 * nothing, nothing errors; then the French locale, and a user without access.
 */
import type { Browser, Page } from 'playwright-core';
import { catalog, translator, type Kind } from '@handoff-context/core';
import { sampleBook, sampleNow, sampleRecords } from '../../shared/src/samples';
import { requestBudgets, type Platform } from '../../bench/budgets';
import { axe, describeViolations, openBrowser, openPage } from './harness';
import { keyFacts, squash } from './facts';
import { readmeScreenshots } from './readme-screenshots';

jest.setTimeout(180_000);

let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function columnText(page: Page, platform: 'salesforce' | 'hubspot'): Promise<string> {
  const texts = await page.$$eval(`[data-platform-card="${platform}"]`, (slots) => slots.map((s) => (s as HTMLElement).innerText));
  return squash(texts.join(' '));
}

/** The payloads a record's page shows: its own, and for a company its latest won deal's handoff. */
function shownPayloads(type: string, record: { id: string; payloads: Record<string, unknown> }): Array<[Kind, unknown]> {
  const own = Object.entries(record.payloads).filter(([, p]) => p !== undefined) as Array<[Kind, unknown]>;
  if (type !== 'company') return own;
  const won = sampleBook.deals
    .filter((d) => d.companyId === record.id && d.stage === 'closed-won' && d.payloads['sales-to-cs'])
    .sort((a, b) => b.closeDate.localeCompare(a.closeDate))[0];
  return won ? [...own, ['sales-to-cs', won.payloads['sales-to-cs']]] : own;
}

/** The README's screenshots (written by npm run screenshots, never by a test): each still has its card. */
async function expectScreenshotCards(page: Page, id: string) {
  for (const [file, selector] of readmeScreenshots[id] ?? [])
    expect({ file, shown: (await page.locator(selector).count()) > 0 }).toEqual({ file, shown: true });
}

const records = sampleRecords().map(({ type, record }) => [`${type} ${record.id}`, type, record] as const);

/** Each card on the page, the record type it sits on, and the data requests it made to load. */
async function requestsAtLoad(page: Page): Promise<Array<{ platform: Platform; card: string; object: string; requests: number }>> {
  return page.evaluate(() => {
    const entries: Array<{ card: string }> = (window as any).__handoffPreview.requests.entries;
    return [...document.querySelectorAll('[data-platform-card]')].map((slot) => {
      const card = slot.getAttribute('data-card')!;
      return {
        platform: slot.getAttribute('data-platform-card') as Platform,
        card,
        object: slot.closest('[data-object]')!.getAttribute('data-object')!,
        requests: entries.filter((e) => e.card === card).length,
      };
    });
  });
}
// The bench's request budgets, checked on every page as it loads; each platform's must meet its cards somewhere.
const budgetsMet = new Set<Platform>();

test.each(records)('%s: every card loads within its request budget and shows its key facts, with no accessibility violation', async (_name, type, record) => {
  const { page, errors } = await openPage(browser, `record.html?id=${encodeURIComponent(record.id)}`);
  const mounted = await page.evaluate(() => (window as any).__handoffPreview.mounted);
  expect(mounted.salesforce).toBeGreaterThan(0);
  expect(mounted.hubspot).toBeGreaterThan(0);
  for (const slot of await requestsAtLoad(page)) {
    const max = requestBudgets[slot.platform];
    expect({ ...slot, max, within: slot.requests <= max }).toEqual({ ...slot, max, within: true });
    budgetsMet.add(slot.platform);
  }
  const shown = { salesforce: await columnText(page, 'salesforce'), hubspot: await columnText(page, 'hubspot') };
  for (const [kind, payload] of shownPayloads(type, record as never)) {
    const facts = keyFacts(kind, payload, 'en-US', sampleNow());
    expect(facts.length).toBeGreaterThan(0);
    for (const platform of ['salesforce', 'hubspot'] as const) {
      for (const fact of facts) expect({ platform, kind, fact, shown: shown[platform].includes(squash(fact)) }).toEqual({ platform, kind, fact, shown: true });
    }
  }
  await expectScreenshotCards(page, record.id);
  expect(describeViolations(await axe(page))).toBe('');
  expect(errors).toEqual([]);
  await page.close();
});

test("every platform's request budget was checked on some page", () => {
  expect(Object.keys(requestBudgets).filter((platform) => !budgetsMet.has(platform as Platform))).toEqual([]);
});

const hotLead = sampleBook.people.find((p) => p.cases.includes('hot-lead'))!;
const dealWithHandoff = sampleBook.deals.find((d) => d.cases.includes('handoff-submitted'))!;

test('in French, both platforms speak French: the cards, their dates and their numbers', async () => {
  const { page, errors } = await openPage(browser, `record.html?id=${hotLead.id}&locale=fr-FR`);
  const fr = translator('fr-FR');
  for (const platform of ['salesforce', 'hubspot'] as const) {
    const text = await columnText(page, platform);
    expect(text).toContain(fr.t('button.helpful'));
    expect(text).toContain(fr.t('button.disagree'));
    for (const fact of keyFacts('lead-score', hotLead.payloads['lead-score'], 'fr-FR', sampleNow()).slice(0, 3)) expect(text).toContain(squash(fact));
    expect(text).not.toContain(translator('en-US').t('button.disagree'));
  }
  expect(describeViolations(await axe(page))).toBe('');
  expect(errors).toEqual([]);
  await page.close();
});

/** The constant part of a catalog message (the text after its last placeholder). */
function tail(key: string): string {
  const message = catalog.en[key as keyof typeof catalog.en] as string;
  return squash(message.slice(message.lastIndexOf('}') + 1));
}

test.each([
  ['person', hotLead.id],
  ['deal', dealWithHandoff.id],
  ['company', dealWithHandoff.companyId],
])('a user without access sees, on a %s page, what to ask for instead of the data', async (_type, id) => {
  const { page, errors } = await openPage(browser, `record.html?id=${id}&access=none`);
  const salesforce = await columnText(page, 'salesforce');
  const hubspot = await columnText(page, 'hubspot');
  expect(salesforce).toContain(tail('access.salesforce'));
  expect(hubspot).toContain(tail('access.hubspot'));
  // None of the record's AI facts leak through.
  const record = sampleRecords().find((r) => r.record.id === id)!.record as { payloads: Record<string, unknown> };
  for (const [kind, payload] of Object.entries(record.payloads)) {
    const facts = keyFacts(kind as Kind, payload, 'en-US', sampleNow()).filter((f) => f.length > 12);
    for (const fact of facts) {
      expect(salesforce).not.toContain(squash(fact));
      expect(hubspot).not.toContain(squash(fact));
    }
  }
  expect(describeViolations(await axe(page))).toBe('');
  expect(errors).toEqual([]);
  await page.close();
});
