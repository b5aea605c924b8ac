/** The preview's own pages: the record list, the switches, the payload checker, on every record page. */
import type { Browser } from 'playwright-core';
import { axe, describeViolations, openBrowser, openPage, previewUrl } from './harness';

jest.setTimeout(120_000);

let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('the index lists companies, people and deals, with the switches and the payload checker', async () => {
  const { page, errors } = await openPage(browser, 'index.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Sample records' }).count()).resolves.toBe(1);
  for (const group of ['Companies', 'People', 'Deals']) await expect(page.getByRole('heading', { level: 2, name: group }).count()).resolves.toBe(1);
  await expect(page.getByLabel('User locale').count()).resolves.toBe(1);
  await expect(page.getByLabel(/A user without access/).count()).resolves.toBe(1);
  await expect(page.getByLabel('Payload JSON').count()).resolves.toBe(1);
  const violations = await axe(page);
  expect(describeViolations(violations)).toBe('');
  expect(errors).toEqual([]);
  await page.close();
});

test('the locale and access switches are kept in the address, so every state can be linked to', async () => {
  const { page } = await openPage(browser, 'index.html');
  await page.getByLabel('User locale').selectOption('fr-FR');
  await page.waitForURL(/locale=fr-FR/);
  await page.getByLabel(/A user without access/).check();
  await page.waitForURL(/access=none/);
  expect(new URL(page.url()).searchParams.get('locale')).toBe('fr-FR');
  expect(await page.evaluate(() => (window as any).__handoffPreview.settings)).toMatchObject({ locale: 'fr-FR', noAccess: true });
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('fr-FR');
  await page.close();
});

test('the server answers only inside the preview and its design-system assets', async () => {
  const escape = await fetch(previewUrl('/%2e%2e/%2e%2e/package.json'));
  expect(escape.status).toBeGreaterThanOrEqual(400);
  const missing = await fetch(previewUrl('/no-such-page.html'));
  expect(missing.status).toBe(404);
  const css = await fetch(previewUrl('/slds/styles/salesforce-lightning-design-system.min.css'));
  expect(css.status).toBe(200);
  expect(new URL(previewUrl('/')).hostname).toBe('127.0.0.1');
});
