/**
 * The two things a user does in the cards, with the keyboard alone (Tab to move, Enter or Space to
 * press, typing in fields): a rep's feedback on a lead score, and an AE submitting the handoff. On
 * both platforms, and each must reach the record (the preview's adapters log every write).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { contexts, fieldsOf, hubspotPropertyName, salesforceFieldName, translator } from '@handoff-context/core';
import { sampleBook } from '../../shared/src/samples';
import { openBrowser, openPage, tabTo, trackFocus, waitForCards } from './harness';

jest.setTimeout(180_000);

const t = translator('en-US');
// The column rep feedback lives in, as the registry names it.
const feedbackColumn = fieldsOf('lead-score').find((f) => f.path === 'feedback')!.column!;
const hotLead = sampleBook.people.find((p) => p.cases.includes('hot-lead'))!;
const fixtures = path.join(__dirname, '..', '..', 'shared', 'test', 'data');

let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
});

function writes(page: Page): Promise<any[]> {
  return page.evaluate(() => JSON.parse(JSON.stringify((window as any).__handoffPreview.writes)));
}

async function waitForText(page: Page, scope: string, text: string) {
  await page.waitForFunction(
    ({ scope, text }) => (document.querySelector(scope) as HTMLElement | null)?.innerText.includes(text),
    { scope, text },
    { timeout: 15_000 },
  );
}

const platforms = [
  ['salesforce', '[data-platform-card="salesforce"][data-card="c-handoff-lead-score"]'],
  ['hubspot', '[data-platform-card="hubspot"][data-card="hc_lead_score_card"]'],
] as const;

describe.each(platforms)('on %s, a rep gives feedback on a lead score by keyboard', (platform, card) => {
  test('"Helpful" with Enter', async () => {
    const { page, errors } = await openPage(browser, `record.html?id=${hotLead.id}`);
    await trackFocus(page);
    await tabTo(page, card, t.t('button.helpful'));
    await page.keyboard.press('Enter');
    await waitForText(page, card, t.t('feedback.sent'));
    const written = await writes(page);
    if (platform === 'salesforce') expect(written.some((w) => w.fields && salesforceFieldName(feedbackColumn) in w.fields)).toBe(true);
    else expect(written.some((w) => w.serverless && hubspotPropertyName(feedbackColumn) in (w.serverless.parameters?.properties ?? {}))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('"I disagree" with Space, a typed reason, and Enter to send', async () => {
    const { page, errors } = await openPage(browser, `record.html?id=${hotLead.id}`);
    await trackFocus(page);
    await tabTo(page, card, t.t('button.disagree'));
    await page.keyboard.press('Space');
    // The reason field sits just before the send button: reach the button, step back into the field.
    await tabTo(page, card, t.t('button.sendFeedback'), 10);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('The lead already bought from a reseller.');
    await tabTo(page, card, t.t('button.sendFeedback'), 10);
    await page.keyboard.press('Enter');
    await waitForText(page, card, t.t('feedback.sent'));
    const written = JSON.stringify(await writes(page));
    expect(written).toContain('The lead already bought from a reseller.');
    expect(written).toContain('disagree');
    expect(errors).toEqual([]);
    await page.close();
  });
});

const handoffCards = [
  ['salesforce', '[data-platform-card="salesforce"][data-card="c-handoff-sales-to-cs"]'],
  ['hubspot', '[data-platform-card="hubspot"][data-card="hc_deal_card"]'],
] as const;

test.each(handoffCards)('on %s, an AE opens and submits a complete handoff by keyboard', async (_platform, card) => {
  const text = fs.readFileSync(path.join(fixtures, 'sales-to-cs.json'), 'utf8');
  const { page, errors } = await openPage(browser, 'payload.html?kind=sales-to-cs&on=opportunity', {
    storage: { 'handoff-preview-payload': JSON.stringify({ kind: 'sales-to-cs', text }) },
  });
  await trackFocus(page);
  await tabTo(page, card, t.t('button.editHandoff'));
  await page.keyboard.press('Enter');
  await tabTo(page, card, t.t('button.submitHandoff'), 400);
  await page.keyboard.press('Space');
  const snapshot = contexts['sales-to-cs'].storage.snapshot!;
  await page.waitForFunction(
    ({ sf, hs }) =>
      (window as any).__handoffPreview.writes.some(
        (w: any) => (w.fields && sf in w.fields) || (w.serverless && hs in (w.serverless.parameters?.properties ?? {})),
      ),
    { sf: salesforceFieldName(snapshot), hs: hubspotPropertyName(snapshot) },
    { timeout: 15_000 },
  );
  await waitForCards(page);
  // The card now reads the handoff as submitted.
  await waitForText(page, card, t.t('enum.handoffStatus.submitted'));
  expect(errors).toEqual([]);
  await page.close();
});
