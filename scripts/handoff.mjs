#!/usr/bin/env node
// The `handoff` command: loads the CLI that `npm install` (prepare) and `npm run build` bundle from scripts/cli.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/handoff-cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('handoff is not built yet: run "npm install" or "npm run build" in the repository first.\n');
  process.exit(2);
}
const { run } = await import(pathToFileURL(bundle).href);
// The shipped import mappings sit beside scripts/, whichever way the command was started.
run({ mappingsDir: fileURLToPath(new URL('../mappings/', import.meta.url)) });
