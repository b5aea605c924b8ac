/**
 * Reported, not budgeted: the framework's own floor. Each card's final DOM is rendered by a
 * template-only LWC component (synthetic shadow, as in the preview) and by a plain React component,
 * with no logic: "data arrival" flips one flag, and the time runs to the last DOM change, as for the
 * cards. Against the same DOM inserted as static HTML in the same page, this says how close to the
 * 2× budget LWC and React can come at all.
 *
 * Custom elements become <div>s (one component, no children to resolve), and the scoping attributes
 * of LWC (lwc-…) are left out; everything else of the final DOM is kept.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { median } from './timing';

const nodeRequire = createRequire(__filename);
const root = join(__dirname, '..');

export interface DomNode {
  tag: string;
  svg: boolean;
  attributes: Record<string, string>;
  children: Array<DomNode | string>;
}

export interface FrameworkFloor {
  card: string;
  object: string;
  framework: 'lwc' | 'react';
  /** Median over the loads: flag flipped → last DOM change. */
  renderMs: number;
  /** Median: the same DOM inserted as static HTML in the same page. */
  staticMs: number;
  ratio: number;
  loads: number;
}

const keptAttribute = (name: string) => !/^(lwc-|on)/.test(name) && !['id', 'for', 'tabindex', 'slot', 'is', 'key', 'xlink:href', 'href'].includes(name);
const blockTags = new Set([
  'div',
  'p',
  'ul',
  'ol',
  'dl',
  'section',
  'article',
  'header',
  'footer',
  'table',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'blockquote',
  'hr',
]);
const hasBlock = (node: DomNode): boolean => node.children.some((c) => typeof c !== 'string' && (blockTags.has(tagOf(c)) || hasBlock(c)));
/**
 * A custom element becomes a <div>. A <p> holding a block (a card's base component inside a
 * paragraph) becomes a <div> too: the DOM allows it, but a template is parsed as HTML, which closes
 * the paragraph there.
 */
function tagOf(node: DomNode): string {
  if (node.tag.includes('-')) return 'div';
  return node.tag === 'p' && !node.svg && hasBlock(node) ? 'div' : node.tag;
}
const voidTags = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'source', 'wbr', 'col', 'area']);

/** An LWC template: the tree inside one lwc:if. Braces would be expressions, so they become parentheses. */
export function lwcTemplate(tree: Array<DomNode | string>): string {
  const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/[{]/g, '(').replace(/[}]/g, ')');
  const attr = (s: string) => text(s).replace(/"/g, '&quot;');
  const render = (node: DomNode | string): string => {
    if (typeof node === 'string') return text(node);
    const tag = tagOf(node);
    const attributes = Object.entries(node.attributes)
      .filter(([name]) => keptAttribute(name))
      .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${attr(value)}"`))
      .join('');
    if (voidTags.has(tag) && !node.svg) return `<${tag}${attributes}>`;
    return `<${tag}${attributes}>${node.children.map(render).join('')}</${tag}>`;
  };
  return `<template><template lwc:if={ready}>${tree.map(render).join('')}</template></template>\n`;
}

const camel = (s: string) => s.replace(/[-:]([a-z])/g, (_, c: string) => c.toUpperCase());
const reactNames: Record<string, string> = {
  class: 'className',
  readonly: 'readOnly',
  maxlength: 'maxLength',
  value: 'defaultValue',
  checked: 'defaultChecked',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
};

/** A plain React component: the tree as JSX behind one flag. */
export function reactComponent(tree: Array<DomNode | string>, name: string): string {
  const render = (node: DomNode | string): string => {
    if (typeof node === 'string') return `{${JSON.stringify(node)}}`;
    const tag = tagOf(node);
    const props = Object.entries(node.attributes)
      .filter(([attribute]) => keptAttribute(attribute))
      .map(([attribute, value]) => {
        if (attribute === 'style') {
          const style = Object.fromEntries(
            value
              .split(';')
              .map((d) => d.split(':').map((p) => p.trim()))
              .filter(([k, v]) => k && v)
              .map(([k, v]) => [camel(k), v]),
          );
          return ` style={${JSON.stringify(style)}}`;
        }
        const prop =
          reactNames[attribute] ?? (attribute.startsWith('aria-') || attribute.startsWith('data-') ? attribute : node.svg ? camel(attribute) : attribute);
        return ` ${prop}={${JSON.stringify(value)}}`;
      })
      .join('');
    return `<${tag}${props}>${node.children.map(render).join('')}</${tag}>`;
  };
  return `export function ${name}({ ready }: { ready: boolean }) {\n  return ready ? <>${tree.map(render).join('')}</> : null;\n}\n`;
}

function page(script: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="slds/styles/salesforce-lightning-design-system.min.css"></head>
<body><div class="slds-scope" style="width: 640px"><div id="slot"></div></div>
<script>window.__native = { MutationObserver, innerHTML: Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML') };</script>
<script type="module" src="${script}"></script></body></html>\n`;
}

/** Builds one page per framework with a floor component per card: `window.__floor.mount(i, slot)` returns the flag's setter. */
async function buildFloors(cards: Array<{ tree: Array<DomNode | string> }>, dir: string): Promise<void> {
  const lwcDir = join(dir, 'modules', 'floor');
  cards.forEach(({ tree }, i) => {
    mkdirSync(join(lwcDir, `card${i}`), { recursive: true });
    writeFileSync(join(lwcDir, `card${i}`, `card${i}.html`), lwcTemplate(tree));
    writeFileSync(
      join(lwcDir, `card${i}`, `card${i}.js`),
      `import { LightningElement, api } from 'lwc';\nexport default class extends LightningElement { @api ready = false; }\n`,
    );
  });
  const lwcEntry = [
    `import '@lwc/synthetic-shadow';`,
    `import { createElement } from 'lwc';`,
    ...cards.map((_, i) => `import Card${i} from 'floor/card${i}';`),
    `const floors = [${cards.map((_, i) => `Card${i}`).join(', ')}];`,
    `window.__floor = { mount(i, slot) { const el = createElement('floor-card' + i, { is: floors[i] }); slot.appendChild(el); return () => { el.ready = true; }; } };`,
  ].join('\n');
  const { rollup } = nodeRequire('rollup');
  const lwc = nodeRequire('@lwc/rollup-plugin');
  const replace = nodeRequire('@rollup/plugin-replace');
  const { nodeResolve } = nodeRequire('@rollup/plugin-node-resolve');
  const ENTRY = '\0floor-entry';
  const bundle = await rollup({
    input: ENTRY,
    onwarn: () => {},
    plugins: [
      { name: 'floor-entry', resolveId: (id: string) => (id === ENTRY ? ENTRY : null), load: (id: string) => (id === ENTRY ? lwcEntry : null) },
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      (lwc.default ?? lwc)({ modules: [{ dir: join(dir, 'modules') }], exclude: ['\0*'] }),
      nodeResolve(),
    ],
  });
  await bundle.write({ file: join(dir, 'lwc.js'), format: 'es' });
  await bundle.close();

  const reactSource = [
    `import { useState } from 'react';`,
    `import { createRoot } from 'react-dom/client';`,
    ...cards.map(({ tree }, i) => reactComponent(tree, `Card${i}`)),
    `const floors = [${cards.map((_, i) => `Card${i}`).join(', ')}];`,
    `let setReady: (ready: boolean) => void = () => {};`,
    `function Host({ index }: { index: number }) { const [ready, set] = useState(false); setReady = set; const Floor = floors[index]; return <Floor ready={ready} />; }`,
    `(window as any).__floor = { mount(i: number, slot: Element) { createRoot(slot).render(<Host index={i} />); return () => setReady(true); } };`,
  ].join('\n');
  const esbuild = nodeRequire('esbuild');
  await esbuild.build({
    stdin: { contents: reactSource, resolveDir: root, loader: 'tsx', sourcefile: 'react-floor.tsx' },
    bundle: true,
    format: 'esm',
    outfile: join(dir, 'react.js'),
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    logLevel: 'silent',
  });
  writeFileSync(join(dir, 'lwc.html'), page('lwc.js'));
  writeFileSync(join(dir, 'react.html'), page('react.js'));
}

/**
 * One cold page load, as each card is timed: mount, flip the flag in its own task, time to the last DOM
 * change; then the static floor. The browser's own MutationObserver and innerHTML are used, taken before
 * synthetic shadow patches them to hide shadow trees.
 */
const measureInPage = `async (index) => {
  const slot = document.getElementById('slot');
  const mutations = [];
  new window.__native.MutationObserver(() => mutations.push(performance.now())).observe(slot, { childList: true, subtree: true, attributes: true, characterData: true });
  const setReady = window.__floor.mount(index, slot);
  await new Promise((r) => setTimeout(r, 300));
  const start = await new Promise((r) => setTimeout(() => { const at = performance.now(); setReady(); r(at); }, 0));
  await new Promise((r) => setTimeout(r, 500));
  const renderMs = Math.max(...mutations.filter((m) => m >= start)) - start;
  const html = window.__native.innerHTML.get.call(slot);
  const durations = [];
  for (let i = 0; i < 21; i++) {
    const copies = [];
    const t0 = performance.now();
    for (let j = 0; j < 10; j++) { const copy = document.createElement('div'); window.__native.innerHTML.set.call(copy, html); slot.parentNode.appendChild(copy); copies.push(copy); }
    durations.push((performance.now() - t0) / 10);
    for (const copy of copies) copy.remove();
  }
  durations.sort((a, b) => a - b);
  return { renderMs, staticMs: durations[10] };
}`;

/** Each card in its own platform's framework: LWC for Salesforce, React for HubSpot. */
export async function measureFrameworkFloors(
  browser: Browser,
  cards: Array<{ card: string; object: string; framework: 'lwc' | 'react'; tree: Array<DomNode | string> }>,
  { dir, loads = 5, log = () => {} }: { dir: string; loads?: number; log?: (line: string) => void },
): Promise<FrameworkFloor[]> {
  await buildFloors(cards, dir);
  const { serve } = nodeRequire(join(root, 'preview/server.cjs'));
  const { server, url } = await serve({ root: dir, port: 0 });
  const floors: FrameworkFloor[] = [];
  try {
    {
      for (const [index, { card, object, framework }] of cards.entries()) {
        const runs: Array<{ renderMs: number; staticMs: number }> = [];
        for (let i = 0; i < loads; i++) {
          const p = await browser.newPage({ viewport: { width: 1400, height: 1000 }, reducedMotion: 'reduce' });
          await p.goto(`${url}${framework}.html`);
          await p.waitForFunction('!!window.__floor');
          runs.push((await p.evaluate(`(${measureInPage})(${index})`)) as { renderMs: number; staticMs: number });
          await p.close();
        }
        const renderMs = median(runs.map((r) => r.renderMs));
        const staticMs = median(runs.map((r) => r.staticMs));
        floors.push({ card, object, framework, renderMs, staticMs, ratio: renderMs / staticMs, loads });
        log(`  ${framework} floor for ${card}: ${renderMs.toFixed(2)} ms vs ${staticMs.toFixed(2)} ms static`);
      }
    }
  } finally {
    server.close();
  }
  return floors;
}
