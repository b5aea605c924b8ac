/**
 * "Check a payload": any JSON an integrator pastes goes through the cards' own parsing, on both
 * platforms, in every card of its kind: the facts of a valid payload, a clear message for a broken one.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { contexts, kinds, type Kind } from '@handoff-context/core';
import { axe, describeViolations, openBrowser, openPage } from './harness';
import { keyFacts, squash } from './facts';

jest.setTimeout(120_000);

const fixtures = path.join(__dirname, '..', '..', 'shared', 'test', 'data');
const PAYLOAD_KEY = 'handoff-preview-payload';

let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
});

function payloadPage(kind: Kind, text: string, query = '') {
  return openPage(browser, `payload.html?kind=${kind}${query}`, { storage: { [PAYLOAD_KEY]: JSON.stringify({ kind, text }) } });
}

/** The text of every mounted card that shows this kind, per platform. */
async function cardsOf(page: Page): Promise<Array<{ platform: string; card: string; object: string; text: string }>> {
  return page.$$eval('[data-platform-card]', (slots) =>
    slots.map((slot) => ({
      platform: (slot as HTMLElement).dataset.platformCard!,
      card: (slot as HTMLElement).dataset.card!,
      object: (slot.closest('[data-object]') as HTMLElement).dataset.object!,
      text: (slot as HTMLElement).innerText,
    })),
  );
}

/** The record pages a kind is shown on: where it is stored, and where it is read through (the Account, for the handoff). */
function recordPages(kind: Kind): string[] {
  const { storage } = contexts[kind];
  const objects: string[] = [...(storage.readThrough?.salesforce ?? []), ...storage.salesforce];
  return objects.map((o) => o.toLowerCase());
}

describe.each(kinds)('a valid %s payload', (kind) => {
  test.each(recordPages(kind))('shows its key facts on both platforms on the %s record page, with no accessibility violation', async (on) => {
    const text = fs.readFileSync(path.join(fixtures, `${kind}.json`), 'utf8');
    const facts = keyFacts(kind, JSON.parse(text));
    expect(facts.length).toBeGreaterThanOrEqual(3);
    const { page, errors } = await payloadPage(kind, text, `&on=${on}`);
    const cards = await cardsOf(page);
    expect(cards.map((c) => c.object.toLowerCase())).toContain(on);
    for (const platform of ['salesforce', 'hubspot']) {
      const all = squash(
        cards
          .filter((c) => c.platform === platform)
          .map((c) => c.text)
          .join(' '),
      );
      expect(all.length).toBeGreaterThan(0);
      for (const fact of facts) expect({ platform, fact, shown: all.includes(squash(fact)) }).toEqual({ platform, fact, shown: true });
    }
    expect(describeViolations(await axe(page))).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });
});

test('text that is not JSON gets a clear message in every card, and nothing crashes', async () => {
  const { page, errors } = await payloadPage('lead-score', '{"schemaVersion": 2, "score": {"value": 8');
  const cards = await cardsOf(page);
  const leadCards = cards.filter((c) => /lead.score/.test(c.card));
  expect(leadCards.map((c) => c.platform).sort()).toEqual(['hubspot', 'salesforce']);
  for (const card of leadCards) {
    expect(card.text).not.toContain('schemaVersion'); // never raw JSON
    expect(card.text.length).toBeGreaterThan(10);
  }
  expect(errors).toEqual([]);
  await page.close();
});

test('user text in a payload is shown as text, never run as HTML', async () => {
  const payload = JSON.parse(fs.readFileSync(path.join(fixtures, 'lead-score.json'), 'utf8'));
  payload.factors[0].label = '<img src=x onerror="window.__pwned=1">Pricing page';
  const { page, errors } = await payloadPage('lead-score', JSON.stringify(payload));
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('[data-platform-card] img[src="x"]').count()).toBe(0);
  const cards = await cardsOf(page);
  expect(cards.some((c) => c.text.includes('<img src=x'))).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});

test('the form on every page loads a file and opens the payload in every card of its kind', async () => {
  const { page } = await openPage(browser, 'index.html');
  await page.getByLabel('Payload file').setInputFiles(path.join(fixtures, 'deal-risk.json'));
  await page.waitForFunction(() => (document.getElementById('payload-kind') as HTMLSelectElement).value === 'deal-risk');
  await expect(page.getByLabel('Payload JSON').inputValue()).resolves.toContain('winProbability');
  await page.getByRole('button', { name: 'Show in every card' }).click();
  await page.waitForURL(/payload\.html\?kind=deal-risk/);
  const facts = keyFacts('deal-risk', JSON.parse(fs.readFileSync(path.join(fixtures, 'deal-risk.json'), 'utf8')));
  await page.waitForFunction(() => (window as any).__handoffPreview?.mounted.salesforce > 0 && (window as any).__handoffPreview?.mounted.hubspot > 0);
  await page.waitForFunction((fact) => document.body.innerText.includes(fact), facts[0]);
  await page.close();
});
