/** The app functions the HubSpot cards call, from their -hsmeta.json files. */
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.mjs';

const functionsRoot = path.join(repoRoot, 'hubspot-project', 'src', 'app', 'functions');

export function appFunctions(root = functionsRoot) {
  if (!fs.existsSync(root)) return [];
  const out = [];
  for (const file of fs.readdirSync(root).sort()) {
    if (!file.endsWith('-hsmeta.json')) continue;
    const meta = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
    if (meta.type !== 'app-function' || !meta.config?.entrypoint) continue;
    const entry = path.join(root, path.basename(meta.config.entrypoint));
    if (fs.existsSync(entry)) out.push({ name: meta.uid, entry });
  }
  return out;
}
