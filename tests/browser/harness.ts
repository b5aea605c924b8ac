/** Shared by the browser tests: one Chromium per file, pages of the served preview, axe-core. */
import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const { launchArgs } = require('./chromium.cjs') as { launchArgs: string[] };

export async function openBrowser(): Promise<Browser> {
  if (process.env.HANDOFF_PREVIEW_ERROR) throw new Error(process.env.HANDOFF_PREVIEW_ERROR);
  return chromium.launch({ executablePath: process.env.HANDOFF_PREVIEW_CHROMIUM, args: launchArgs, headless: true });
}

export function previewUrl(path: string): string {
  return new URL(path, process.env.HANDOFF_PREVIEW_URL).href;
}

export interface OpenedPage {
  page: Page;
  /** Uncaught errors and console errors seen on the page: a healthy page has none. */
  errors: string[];
}

export async function openPage(browser: Browser, path: string, options: { width?: number; storage?: Record<string, string> } = {}): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1400, height: 1000 }, reducedMotion: 'reduce' });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  if (options.storage) {
    await page.addInitScript((entries) => {
      for (const [key, value] of Object.entries(entries)) sessionStorage.setItem(key, value);
    }, options.storage);
  }
  await page.goto(previewUrl(path));
  await waitForCards(page);
  return { page, errors };
}

/** Every mounted card has its data and nothing is still loading. */
export async function waitForCards(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const preview = (window as unknown as { __handoffPreview?: any }).__handoffPreview;
      if (!preview) return false;
      if (preview.page !== 'index') {
        const columns = document.querySelectorAll('[data-platform]').length;
        const regions = document.querySelectorAll('[data-platform] .preview-record').length;
        if (columns && !regions) return false; // the card bundles have not registered yet
      }
      if (preview.requests.entries.some((e: { answeredAt?: number }) => e.answeredAt === undefined)) return false;
      return !document.querySelector('lightning-spinner, .slds-spinner, .hs-loading');
    },
    undefined,
    { timeout: 30_000, polling: 100 },
  );
  // Let the last answers render.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** axe-core on the whole page (WCAG 2.x A and AA, and best practices). */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: any }).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n: any) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** A readable list of violations for a failing assertion. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
}

/** The visible text of one mounted card. */
export async function cardText(page: Page, platform: 'salesforce' | 'hubspot', card: string, recordId?: string): Promise<string> {
  const scope = recordId ? `[data-record-id="${recordId}"] ` : '';
  const locator = page.locator(`${scope}[data-platform-card="${platform}"][data-card="${card}"]`).first();
  return (await locator.innerText()).replace(/\s+/g, ' ');
}

/** Remembers the element that really has focus, inside (synthetic) shadow trees too. */
export async function trackFocus(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.addEventListener(
      'focusin',
      (event) => {
        (window as unknown as { __focused?: EventTarget }).__focused = event.composedPath()[0];
      },
      true,
    );
  });
}

/**
 * Presses Tab (only Tab) until a control named `name` inside `scope` has focus. Fails after `max`
 * presses: the control cannot be reached by keyboard.
 */
export async function tabTo(page: Page, scope: string, name: string, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      ({ scope, name }) => {
        const el = (window as unknown as { __focused?: Element }).__focused;
        if (!el || !(el instanceof Element)) return false;
        const inScope = (() => {
          let node: Node | null = el;
          while (node) {
            if (node instanceof Element && node.matches(scope)) return true;
            node = node.parentNode ?? (node as ShadowRoot).host ?? null;
          }
          return false;
        })();
        const label = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim();
        return inScope && label === name;
      },
      { scope, name },
    );
    if (found) return;
  }
  throw new Error(`"${name}" in ${scope} could not be reached with the Tab key`);
}

/** The name of the element that has focus now. */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = (window as unknown as { __focused?: HTMLElement }).__focused;
    return el ? (el.getAttribute('aria-label') ?? el.innerText ?? el.tagName).replace(/\s+/g, ' ').trim() : '';
  });
}
