/**
 * Builds the whole preview into one folder: the pages, the runtime (sample book + data services),
 * the Salesforce bundle (LWC) and the HubSpot bundle (React). A build whose inputs have not changed
 * is reused, so `npm start` and the browser tests build once.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { hubspotCards, salesforceCards } from './discover.mjs';
import { appFunctions } from './functions.mjs';
import { buildHubSpot, buildRuntime } from './hubspot.mjs';
import { buildSalesforce } from './salesforce.mjs';
import { defaultOutDir, previewRoot, repoRoot } from './paths.mjs';

/** Everything the built preview depends on; a change anywhere here means a rebuild. */
const inputs = [
  'preview/src',
  'preview/build',
  'shared/src',
  'shared/samples',
  'force-app/main/default/lwc',
  'force-app/main/default/labels',
  'force-app/main/default/translations',
  'hubspot-project/src/app',
  'package-lock.json',
];

function* files(dir) {
  if (!fs.existsSync(dir)) return;
  const stat = fs.statSync(dir);
  if (stat.isFile()) {
    yield dir;
    return;
  }
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    yield* files(path.join(dir, entry.name));
  }
}

export function inputHash() {
  const hash = crypto.createHash('sha256');
  for (const input of inputs) {
    for (const file of files(path.join(repoRoot, input))) {
      hash.update(path.relative(repoRoot, file));
      hash.update(fs.readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

function page(kind, { cards }) {
  const scripts = [`<script src="runtime.js"></script>`];
  if (cards) scripts.push(`<script type="module" src="salesforce/salesforce.js"></script>`, `<script type="module" src="hubspot.js"></script>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Handoff Context preview</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="slds/styles/salesforce-lightning-design-system.min.css">
<link rel="stylesheet" href="preview.css">
<link rel="stylesheet" href="hubspot.css">
</head>
<body data-page="${kind}">
${scripts.join('\n')}
</body>
</html>
`;
}

function isRunning(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * Builds into outDir (default preview/dist) unless an identical build is already there.
 * Returns { outDir, built, manifest }.
 */
export async function buildPreview({ outDir = defaultOutDir, force = false, log = () => {} } = {}) {
  const hash = inputHash();
  const manifestFile = path.join(outDir, 'manifest.json');
  if (!force && fs.existsSync(manifestFile)) {
    try {
      const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
      if (manifest.hash === hash) return { outDir, built: false, manifest };
    } catch {
      // An unreadable manifest: build again.
    }
  }
  const started = Date.now();
  const sfCards = salesforceCards();
  const hsCards = hubspotCards();
  const functions = appFunctions();
  const staging = `${outDir}.tmp-${process.pid}`;
  // A build that was interrupted leaves its staging folder behind: clear those first.
  const parent = path.dirname(outDir);
  for (const entry of fs.existsSync(parent) ? fs.readdirSync(parent) : []) {
    const pid = Number(entry.slice(`${path.basename(outDir)}.tmp-`.length));
    if (entry.startsWith(`${path.basename(outDir)}.tmp-`) && !isRunning(pid)) fs.rmSync(path.join(parent, entry), { recursive: true, force: true });
  }
  fs.mkdirSync(path.join(staging, 'salesforce'), { recursive: true });

  log(`Building the preview: ${sfCards.length} Salesforce cards, ${hsCards.length} HubSpot cards…`);
  await Promise.all([
    buildRuntime({ outFile: path.join(staging, 'runtime.js') }),
    buildHubSpot({ cards: hsCards, functions, outFile: path.join(staging, 'hubspot.js') }),
    buildSalesforce({ cards: sfCards, outDir: path.join(staging, 'salesforce') }),
  ]);
  for (const name of ['preview.css', 'hubspot.css']) fs.copyFileSync(path.join(previewRoot, 'src', 'styles', name), path.join(staging, name));
  fs.writeFileSync(path.join(staging, 'index.html'), page('index', { cards: false }));
  fs.writeFileSync(path.join(staging, 'record.html'), page('record', { cards: true }));
  fs.writeFileSync(path.join(staging, 'payload.html'), page('payload', { cards: true }));
  const manifest = {
    hash,
    builtAt: new Date().toISOString(),
    seconds: Math.round((Date.now() - started) / 100) / 10,
    salesforce: sfCards.map(({ tag, label, objects }) => ({ tag, label, objects })),
    hubspot: hsCards.map(({ uid, label, objectTypes }) => ({ uid, label, objectTypes })),
  };
  fs.writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.renameSync(staging, outDir);
  log(`Built in ${manifest.seconds} s.`);
  return { outDir, built: true, manifest };
}
