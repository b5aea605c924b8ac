#!/usr/bin/env node
// npm run validate: runs each platform's offline validator that exists, one after another, and fails
// when any of them does. A platform adds itself by adding a line to `validators`.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const validators = [
  { name: 'HubSpot', script: 'scripts/hubspot/validate.ts', tsconfig: 'scripts/hubspot/tsconfig.json' },
  { name: 'Salesforce', script: 'scripts/salesforce/validate.ts' },
  { name: 'Salesforce', script: 'scripts/salesforce/validate.mjs' },
  { name: 'Connector', script: 'scripts/connector/validate.ts' },
];

let failed = 0;
let ran = 0;
for (const { name, script, tsconfig } of validators) {
  if (!existsSync(path.join(root, script))) continue;
  ran += 1;
  process.stdout.write(`▸ ${name} (${script})\n`);
  const tsx = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const env = tsconfig ? { ...process.env, TSX_TSCONFIG_PATH: path.join(root, tsconfig) } : process.env;
  const result = spawnSync(process.execPath, [...tsx, path.join(root, script)], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) failed += 1;
}
if (ran === 0) {
  process.stderr.write('No validator found.\n');
  process.exit(1);
}
process.stdout.write(failed === 0 ? `All ${ran} validator(s) passed.\n` : `${failed} of ${ran} validator(s) failed.\n`);
process.exit(failed === 0 ? 0 : 1);
