/**
 * The AE's handoff form on Salesforce with the keyboard alone: adding a row to a list (its button
 * names the list), typing into the new row, ticking a checkbox, choosing a value and saving the
 * draft, which must reach the record with what was typed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { contexts, salesforceFieldName, translator } from '@handoff-context/core';
import { openBrowser, openPage, tabTo, trackFocus } from './harness';

jest.setTimeout(180_000);

const t = translator('en-US');
const card = '[data-platform-card="salesforce"][data-card="c-handoff-sales-to-cs"]';
const fixtures = path.join(__dirname, '..', '..', 'shared', 'test', 'data');
const documentField = salesforceFieldName(contexts['sales-to-cs'].storage.document);

let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The label of the focused form control (its <label>, through synthetic shadow), or ''. */
function focusedControlLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = (window as unknown as { __focused?: HTMLElement }).__focused;
    if (!el || !/^(INPUT|TEXTAREA|BUTTON)$/.test(el.tagName)) return '';
    const own = (el as HTMLInputElement).labels?.[0]?.innerText ?? el.getAttribute('aria-label') ?? '';
    return own
      .replace(/\s+/g, ' ')
      .replace(/^\*\s*/, '')
      .trim();
  });
}

/** Presses Shift+Tab until the control labelled `name` has focus (the new row sits before its add button). */
async function backTo(page: Page, name: string, max = 20): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Shift+Tab');
    if ((await focusedControlLabel(page)) === name) return;
  }
  throw new Error(`"${name}" could not be reached with Shift+Tab`);
}

test('on salesforce, an AE adds a risk, ticks SSO and saves the draft by keyboard', async () => {
  const text = fs.readFileSync(path.join(fixtures, 'sales-to-cs.json'), 'utf8');
  const { page, errors } = await openPage(browser, 'payload.html?kind=sales-to-cs&on=opportunity', {
    storage: { 'handoff-preview-payload': JSON.stringify({ kind: 'sales-to-cs', text }) },
  });
  await trackFocus(page);
  await tabTo(page, card, t.t('button.editHandoff'));
  await page.keyboard.press('Enter');

  const risks = t.t('field.handoff.risks');
  await tabTo(page, card, t.t('button.addEntry', { field: risks }), 400);
  await page.keyboard.press('Enter');
  await backTo(page, t.t('field.handoff.risks.risk'));
  await page.keyboard.type('Data migration slips past go-live');
  // The row's remove button names the entry.
  await tabTo(page, card, t.t('button.removeEntry', { entry: t.t('field.common.entry', { field: risks, index: 1 }) }), 20);

  // The next section's checkbox, with Space.
  for (let i = 0; i < 20 && (await focusedControlLabel(page)) !== t.t('field.handoff.technicalNeeds.sso'); i++) await page.keyboard.press('Tab');
  expect(await focusedControlLabel(page)).toBe(t.t('field.handoff.technicalNeeds.sso'));
  await page.keyboard.press('Space');

  await tabTo(page, card, t.t('button.saveDraft'), 100);
  await page.keyboard.press('Enter');
  const saved = await page.waitForFunction(
    (field) => {
      const write = (window as any).__handoffPreview.writes.find((w: any) => w.fields && field in w.fields);
      return write ? write.fields[field] : false;
    },
    documentField,
    { timeout: 15_000 },
  );
  const document = JSON.parse((await saved.jsonValue()) as string);
  expect(document.risks).toEqual([expect.objectContaining({ risk: 'Data migration slips past go-live', severity: 'low', likelihood: 'low' })]);
  expect(document.technicalNeeds).toEqual(expect.objectContaining({ sso: true }));
  expect(errors).toEqual([]);
  await page.close();
});
