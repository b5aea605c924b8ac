/**
 * Size: what each card loads of the core. A Salesforce card loads the core modules its component tree
 * reaches (followed through the committed LWC sources, which are what deploys); a HubSpot card is
 * bundled the way HubSpot's build does it (React and @hubspot/ui-extensions are provided by the
 * platform), and its core share is the core's and zod's bytes in that bundle.
 */
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lwcBuildDirs, lwcCatalogs, root } from '../scripts/build';
import type { Platform } from './budgets';

export interface CardLoad {
  platform: Platform;
  /** The card: its LWC bundle name (`c/handoffLeadScore`) or HubSpot card uid. */
  card: string;
  /** The core code it loads, minified (zod included; message catalogs apart). */
  coreMinifiedBytes: number;
  /** The message catalogs it loads, minified. */
  catalogMinifiedBytes: number;
  /** Salesforce: every core module it loads. HubSpot: the card's whole bundle, minified. */
  modules: string[];
  bundleMinifiedBytes?: number;
}

const lwcDir = 'force-app/main/default/lwc';
const lwcPath = (module: string) => join(root, lwcDir, module, `${module}.js`);
const camel = (kebab: string) => kebab.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The LWC modules one module uses: its `c/` imports and the `c-` components of its templates. */
export function lwcDependencies(module: string): string[] {
  const dir = join(root, lwcDir, module);
  const uses = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => /\.(js|html)$/.test(f))) {
    const text = readFileSync(join(dir, file), 'utf8');
    if (file.endsWith('.js')) for (const [, name] of text.matchAll(/from\s*['"]c\/(\w+)['"]/g)) uses.add(name);
    if (file.endsWith('.html')) for (const [, tag] of text.matchAll(/<c-([a-z0-9-]+)/g)) uses.add(camel(tag));
  }
  uses.delete(module);
  return [...uses].sort();
}

/** Every module a card loads, itself included. */
export function lwcClosure(card: string): string[] {
  const seen = new Set<string>();
  const visit = (module: string) => {
    if (seen.has(module) || !existsSync(lwcPath(module))) return;
    seen.add(module);
    lwcDependencies(module).forEach(visit);
  };
  visit(card);
  return [...seen].sort();
}

/** The cards an admin places: the LWC bundles exposed to App Builder. */
export function salesforceCards(): string[] {
  return readdirSync(join(root, lwcDir))
    .filter((module) => /<isExposed>true<\/isExposed>/.test(readFileSync(join(root, lwcDir, module, `${module}.js-meta.xml`), 'utf8')))
    .sort();
}

const builtModules = new Set(lwcBuildDirs.map((dir) => dir.split('/').at(-1)!));
const catalogModules = new Set<string>(lwcCatalogs.map((c) => c.module));

export function salesforceCardLoad(card: string): CardLoad {
  const modules = lwcClosure(card).filter((m) => builtModules.has(m));
  const bytes = (m: string) => readFileSync(lwcPath(m)).length;
  const sum = (list: string[]) => list.reduce((total, m) => total + bytes(m), 0);
  return {
    platform: 'salesforce',
    card: `c/${card}`,
    coreMinifiedBytes: sum(modules.filter((m) => !catalogModules.has(m))),
    catalogMinifiedBytes: sum(modules.filter((m) => catalogModules.has(m))),
    modules: modules.map((m) => `c/${m}`),
  };
}

const cardsDir = 'hubspot-project/src/app/cards';

/** The card entry points, from their *-hsmeta.json (`/app/cards/X.tsx` is relative to the project's src). */
export function hubspotCardEntries(): Array<{ uid: string; file: string }> {
  return readdirSync(join(root, cardsDir))
    .filter((f) => f.endsWith('-hsmeta.json'))
    .sort()
    .map((f) => {
      const meta = JSON.parse(readFileSync(join(root, cardsDir, f), 'utf8'));
      return { uid: meta.uid as string, file: `hubspot-project/src${meta.config.entrypoint as string}` };
    });
}

/**
 * One card as HubSpot's build would ship it. The core comes from its source, bundled as shared/dist
 * would be, so that a stale shared/dist never skews the figure.
 */
export async function hubspotCardLoad(card: { uid: string; file: string }): Promise<CardLoad> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [card.file],
    bundle: true,
    write: false,
    minify: true,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    legalComments: 'none',
    logLevel: 'silent',
    external: ['react', 'react/*', 'react-dom', '@hubspot/ui-extensions', '@hubspot/ui-extensions/*'],
    alias: { '@handoff-context/core': './shared/src/index.ts' },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  const catalogSources = new Set<string>(lwcCatalogs.map((c) => c.source));
  const isCore = (file: string) => file.startsWith('shared/src/') || file.includes('node_modules/zod/');
  const bytesOf = (keep: (file: string) => boolean) =>
    Object.entries(inputs).reduce((total, [file, input]) => total + (keep(file) ? input.bytesInOutput : 0), 0);
  return {
    platform: 'hubspot',
    card: card.uid,
    coreMinifiedBytes: bytesOf((file) => isCore(file) && !catalogSources.has(file)),
    catalogMinifiedBytes: bytesOf((file) => catalogSources.has(file)),
    modules: [],
    bundleMinifiedBytes: result.outputFiles[0].contents.length,
  };
}

export async function measureCardLoads(): Promise<CardLoad[]> {
  const hubspot = await Promise.all(hubspotCardEntries().map(hubspotCardLoad));
  return [...salesforceCards().map(salesforceCardLoad), ...hubspot];
}
