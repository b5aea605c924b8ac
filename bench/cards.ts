/**
 * Card speed and data requests, in headless Chromium on the built preview.
 *
 * Requests: every record page of the sample book is opened once and each card's requests are counted
 * by the preview's data adapters (window.__handoffPreview.requests).
 *
 * Speed: each card is then timed alone on the page where its final DOM is largest (the other cards
 * are not mounted, so nothing else runs on the main thread). The card's time runs from the first
 * answer of its data to its last DOM change, less the time it spent waiting for any later request
 * (the adapters answer after `latency` ms, as a network would). Its floor is the same final DOM
 * rendered by its framework alone (bench/framework-floor.ts: a template-only LWC component, a plain
 * React component), measured in the same run; the static-HTML insert of that DOM is reported beside it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { measureFrameworkFloors, type DomNode, type FrameworkFloor } from './framework-floor';
import { median } from './timing';

const nodeRequire = createRequire(__filename);
const root = join(__dirname, '..');
const probeScript = readFileSync(join(__dirname, 'page-probe.js'), 'utf8');

export interface CardRequests {
  platform: 'salesforce' | 'hubspot';
  card: string;
  /** The record type the card sits on (Salesforce object or HubSpot object type). */
  object: string;
  /** The most requests the card made on any page of that record type. */
  requests: number;
  page: string;
}

export interface CardSpeed {
  platform: 'salesforce' | 'hubspot';
  card: string;
  object: string;
  page: string;
  /** Median over the loads: data arrival to rendered card. */
  renderMs: number;
  /** Median: the same final DOM from a template-only LWC component or a plain React component. */
  floorMs: number;
  /** renderMs / floorMs: the budgeted figure. */
  ratio: number;
  /** Median: the same final DOM inserted as static HTML (reported). */
  staticMs: number;
  htmlLength: number;
  loads: number;
}

interface Entry {
  platform: 'salesforce' | 'hubspot';
  card: string;
  at: number;
  answeredAt?: number;
}

interface Survey {
  slug: string;
  slots: Array<{ platform: 'salesforce' | 'hubspot'; card: string; object: string; htmlLength: number }>;
  requests: Entry[];
}

/** Every mounted card has all its answers, nothing shows a spinner, and the DOM has been quiet a while. */
async function settled(page: Page, quietMs = 400): Promise<void> {
  await page.waitForFunction(
    (quiet) => {
      const w = window as any;
      const preview = w.__handoffPreview;
      if (!preview) return false;
      if (preview.page !== 'index' && !document.querySelector('[data-platform] .preview-record')) return false;
      if (preview.requests.entries.some((e: Entry) => e.answeredAt === undefined)) return false;
      if (document.querySelector('lightning-spinner, .slds-spinner, .hs-loading')) return false;
      const last = w.__benchProbe.mutations.at(-1);
      return !last || performance.now() - last.at > quiet;
    },
    quietMs,
    { timeout: 60_000, polling: 100 },
  );
}

async function open(browser: Browser, url: string, card?: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, reducedMotion: 'reduce' });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript({ content: `window.__benchCard = ${JSON.stringify(card ?? null)};` });
  await page.addInitScript({ content: probeScript });
  await page.goto(url);
  await settled(page);
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  return page;
}

async function survey(browser: Browser, base: string, slug: string): Promise<Survey> {
  const page = await open(browser, `${base}record.html?id=${encodeURIComponent(slug)}`);
  const result = await page.evaluate(`(() => ({
    slots: [...document.querySelectorAll('[data-platform-card]')].map((slot) => ({
      platform: slot.getAttribute('data-platform-card'),
      card: slot.getAttribute('data-card'),
      object: slot.closest('[data-object]').getAttribute('data-object'),
      htmlLength: window.__benchProbe.staticInsert(slot.getAttribute('data-card'), 1).htmlLength,
    })),
    requests: window.__handoffPreview.requests.entries.map((e) => ({ platform: e.platform, card: e.card, at: e.at, answeredAt: e.answeredAt })),
  }))()`);
  await page.close();
  return { slug, ...(result as Omit<Survey, 'slug'>) };
}

/**
 * The card's own time from data arrival to rendered (pure: tested on fake timelines). Each answer
 * starts a stretch of work that ends with the card's last DOM change before the next answer; the
 * stretches are summed, so the time a card spends waiting for a later answer is the network's, not
 * the card's.
 */
export function renderTime(requests: Array<{ answeredAt?: number }>, mutations: number[]): number {
  const answers = requests
    .map((r) => r.answeredAt)
    .filter((t): t is number => t !== undefined)
    .sort((a, b) => a - b);
  if (!answers.length) return NaN;
  let total = 0;
  let rendered = false;
  answers.forEach((answer, i) => {
    const next = answers[i + 1] ?? Infinity;
    const within = mutations.filter((m) => m >= answer && m < next);
    if (within.length) {
      total += Math.max(...within) - answer;
      rendered = true;
    }
  });
  return rendered ? total : NaN;
}

async function timeCard(browser: Browser, base: string, target: { slug: string; card: string }, latency: number) {
  const page = await open(browser, `${base}record.html?id=${encodeURIComponent(target.slug)}&latency=${latency}`, target.card);
  const measured = (await page.evaluate(`(() => {
    const card = ${JSON.stringify(target.card)};
    const requests = window.__handoffPreview.requests.entries.filter((e) => e.card === card);
    const mutations = window.__benchProbe.mutations.filter((m) => m.card === card);
    const floor = window.__benchProbe.staticInsert(card, 21);
    return { requests: requests.map((e) => ({ at: e.at, answeredAt: e.answeredAt })), mutations: mutations.map((m) => m.at), floor, tree: window.__benchProbe.tree(card) };
  })()`)) as { requests: Entry[]; mutations: number[]; floor: { ms: number; htmlLength: number }; tree: Array<DomNode | string> };
  await page.close();
  return {
    renderMs: renderTime(measured.requests, measured.mutations),
    staticMs: measured.floor.ms,
    htmlLength: measured.floor.htmlLength,
    tree: measured.tree,
  };
}

export interface CardBenchOptions {
  /** Page loads per card (the median is kept). */
  loads?: number;
  /** The adapters' simulated network delay, so the answer never lands while the page is still loading. */
  latency?: number;
  log?: (line: string) => void;
}

export async function measureCards(
  options: CardBenchOptions = {},
): Promise<{ requests: CardRequests[]; speed: CardSpeed[]; frameworkFloors: FrameworkFloor[]; chromium: string }> {
  const { loads = 5, latency = 500, log = () => {} } = options;
  const { chromium } = nodeRequire('playwright-core') as typeof import('playwright-core');
  const { findChromium, launchArgs, missingMessage } = nodeRequire(join(root, 'tests/browser/chromium.cjs'));
  const executablePath = findChromium();
  if (!executablePath) throw new Error(missingMessage);
  const { buildPreview } = await import(join(root, 'preview/build/index.mjs'));
  const { serve } = nodeRequire(join(root, 'preview/server.cjs'));
  const { outDir } = await buildPreview({});
  const { server, url } = await serve({ root: outDir, port: 0 });
  const browser = await chromium.launch({ executablePath, args: launchArgs, headless: true });
  try {
    const index = await open(browser, `${url}index.html`);
    const slugs = (await index.evaluate(`window.__handoffPreview.dataset.pages.map((p) => p.slug)`)) as string[];
    await index.close();

    const surveys: Survey[] = [];
    for (const slug of slugs) {
      surveys.push(await survey(browser, url, slug));
      log(`  surveyed ${slug}`);
    }

    const byCard = new Map<string, { requests: CardRequests; richest: { slug: string; htmlLength: number } }>();
    for (const s of surveys) {
      for (const slot of s.slots) {
        const key = `${slot.card}@${slot.object}`;
        const count = s.requests.filter((r) => r.card === slot.card).length;
        const known = byCard.get(key);
        if (!known) {
          byCard.set(key, {
            requests: { platform: slot.platform, card: slot.card, object: slot.object, requests: count, page: s.slug },
            richest: { slug: s.slug, htmlLength: slot.htmlLength },
          });
          continue;
        }
        if (count > known.requests.requests) known.requests = { ...known.requests, requests: count, page: s.slug };
        if (slot.htmlLength > known.richest.htmlLength) known.richest = { slug: s.slug, htmlLength: slot.htmlLength };
      }
    }

    const timed: Array<Omit<CardSpeed, 'floorMs' | 'ratio'>> = [];
    const trees: Array<{ card: string; object: string; framework: 'lwc' | 'react'; tree: Array<DomNode | string> }> = [];
    for (const { requests, richest } of byCard.values()) {
      const runs = [];
      for (let i = 0; i < loads; i++) runs.push(await timeCard(browser, url, { slug: richest.slug, card: requests.card }, latency));
      const renderMs = median(runs.map((r) => r.renderMs));
      const staticMs = median(runs.map((r) => r.staticMs));
      timed.push({
        platform: requests.platform,
        card: requests.card,
        object: requests.object,
        page: richest.slug,
        renderMs,
        staticMs,
        htmlLength: runs[0].htmlLength,
        loads,
      });
      trees.push({ card: requests.card, object: requests.object, framework: requests.platform === 'salesforce' ? 'lwc' : 'react', tree: runs[0].tree });
      log(`  timed ${requests.card} on ${richest.slug}: ${renderMs.toFixed(1)} ms vs ${staticMs.toFixed(2)} ms static`);
    }
    // A floor that cannot be built or timed is logged; its cards' ratios are then not measured, which fails their budget.
    let frameworkFloors: FrameworkFloor[] = [];
    try {
      frameworkFloors = await measureFrameworkFloors(browser, trees, { dir: join(__dirname, 'tmp', 'framework-floor'), loads, log });
    } catch (error) {
      // The LWC compiler throws plain objects with a message.
      log(`  framework floor not measured: ${error instanceof Error ? error.stack : String((error as { message?: unknown } | undefined)?.message ?? error)}`);
    }
    const speed = timed.map((row): CardSpeed => {
      const floorMs = frameworkFloors.find((f) => f.card === row.card && f.object === row.object)?.renderMs ?? NaN;
      return { ...row, floorMs, ratio: row.renderMs / floorMs };
    });
    return { requests: [...byCard.values()].map((c) => c.requests), speed, frameworkFloors, chromium: browser.version() };
  } finally {
    await browser.close();
    server.close();
  }
}
