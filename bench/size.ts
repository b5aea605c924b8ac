/**
 * Size: what ships. The Salesforce core module and its catalog modules as committed (they are what
 * deploys), and each HubSpot card bundled the way HubSpot's build does it (React and
 * @hubspot/ui-extensions are provided by the platform), minified and gzipped.
 */
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lwcCatalogs, lwcCoreDir, root } from '../scripts/build';

export interface SizeEntry {
  /** What was measured, e.g. `c/handoffCore` or `HubSpot card DealCard`. */
  name: string;
  file: string;
  minifiedBytes: number;
  gzippedBytes: number;
}

function entry(name: string, file: string, content: string | Uint8Array): SizeEntry {
  const buffer = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
  return { name, file, minifiedBytes: buffer.length, gzippedBytes: gzipSync(buffer, { level: 9 }).length };
}

/** The committed LWC modules of the core (the build writes them minified). */
export function lwcSizes(): SizeEntry[] {
  const modules = [
    { module: 'handoffCore', dir: lwcCoreDir },
    ...lwcCatalogs.map((c) => ({ module: c.module, dir: `force-app/main/default/lwc/${c.module}` })),
  ];
  return modules.map(({ module, dir }) => {
    const file = `${dir}/${module}.js`;
    return entry(`c/${module}`, file, readFileSync(join(root, file)));
  });
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
export async function hubspotCardSize(card: { uid: string; file: string }): Promise<SizeEntry> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [card.file],
    bundle: true,
    write: false,
    minify: true,
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
  return entry(`HubSpot card ${card.uid}`, relative(root, join(root, card.file)), result.outputFiles[0].contents);
}

export async function measureSizes(): Promise<SizeEntry[]> {
  const cards = await Promise.all(hubspotCardEntries().map(hubspotCardSize));
  return [...lwcSizes(), ...cards];
}
