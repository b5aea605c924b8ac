/**
 * The app functions the HubSpot cards call, from their -hsmeta.json files: each at its entrypoint,
 * the file HubSpot runs (the function's bundle, built by npm run build), not its readable source.
 */
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.mjs';

const projectSrc = path.join(repoRoot, 'hubspot-project', 'src');
const functionsRoot = path.join(projectSrc, 'app', 'functions');

export function appFunctions(root = functionsRoot, src = projectSrc) {
  if (!fs.existsSync(root)) return [];
  const out = [];
  for (const file of fs.readdirSync(root).sort()) {
    if (!file.endsWith('-hsmeta.json')) continue;
    const meta = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
    if (meta.type !== 'app-function' || !meta.config?.entrypoint) continue;
    // `/app/functions/…` is relative to the project's src, as HubSpot reads it.
    const entry = path.join(src, ...meta.config.entrypoint.split('/').filter(Boolean));
    if (!fs.existsSync(entry)) throw new Error(`${file}: its entrypoint ${meta.config.entrypoint} does not exist (run npm run build)`);
    out.push({ name: meta.uid, entry });
  }
  return out;
}
