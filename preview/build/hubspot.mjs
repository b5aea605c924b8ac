/**
 * Builds the HubSpot half of the preview: the app's real card modules, bundled with esbuild, with
 * `@hubspot/ui-extensions` (and /crm) answered by the preview host, which renders plain HTML.
 */
import path from 'node:path';
import * as esbuild from 'esbuild';
import { previewRoot, repoRoot } from './paths.mjs';

const hubspotSrc = path.join(previewRoot, 'src', 'hubspot');

export function hubspotEntry(cards, functions = []) {
  const lines = [`import { registerCards } from ${JSON.stringify(path.join(hubspotSrc, 'host.tsx'))};`];
  lines.push(`import { appFunctions } from ${JSON.stringify(path.join(hubspotSrc, 'app-functions.ts'))};`);
  functions.forEach((fn, i) => lines.push(`import * as Fn${i} from ${JSON.stringify(fn.entry)};`));
  // Card modules call hubspot.extend when they run, in this order.
  for (const card of cards) lines.push(`import ${JSON.stringify(card.entry)};`);
  functions.forEach((fn, i) => lines.push(`appFunctions.set(${JSON.stringify(fn.name)}, Fn${i}.main ?? Fn${i}.default);`));
  const specs = cards.map(({ uid, label, location, objectTypes }) => ({ uid, label, location, objectTypes }));
  lines.push(`registerCards(${JSON.stringify(specs)});`);
  return lines.join('\n');
}

export function aliases(extra = {}) {
  return {
    '@hubspot/ui-extensions/crm': path.join(hubspotSrc, 'crm.tsx'),
    '@hubspot/ui-extensions': path.join(hubspotSrc, 'ui-extensions.tsx'),
    '@hubspot/api-client': path.join(hubspotSrc, 'api-client.ts'),
    '@handoff-context/core': path.join(repoRoot, 'shared', 'src', 'index.ts'),
    // One React for the host and every card.
    react: path.join(repoRoot, 'node_modules', 'react'),
    'react-dom': path.join(repoRoot, 'node_modules', 'react-dom'),
    ...extra,
  };
}

export async function buildHubSpot({ cards, functions = [], outFile, minify = false, extraAliases }) {
  await esbuild.build({
    stdin: { contents: hubspotEntry(cards, functions), resolveDir: hubspotSrc, loader: 'ts', sourcefile: 'hubspot-entry.ts' },
    bundle: true,
    format: 'esm',
    outfile: outFile,
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify,
    alias: aliases(extraAliases),
    // The app function reads its token from the environment; in the page it talks to the preview's records.
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), 'process.env.PRIVATE_APP_ACCESS_TOKEN': JSON.stringify('preview') },
    logLevel: 'silent',
  });
}

export async function buildRuntime({ outFile, minify = false }) {
  await esbuild.build({
    entryPoints: [path.join(previewRoot, 'src', 'runtime', 'main.ts')],
    bundle: true,
    format: 'iife',
    outfile: outFile,
    platform: 'browser',
    target: 'es2022',
    minify,
    alias: aliases(),
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    logLevel: 'silent',
  });
}
