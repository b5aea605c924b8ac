/**
 * npm run seed:salesforce -- --target-org <alias> [--out <dir>]
 *
 * Loads the sample book (shared/samples) into an org with `sf data import tree`: four accounts,
 * their contacts, leads and opportunities, with the Handoff Context fields filled in.
 * Deploy first (npm run deploy:salesforce), so the fields exist and you hold the permission sets
 * that let you write every one of them.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSeedPlan } from './seed-plan';
import { check, optionValue, requireAuthorisedOrg, requireOption, runMain, sf } from './sf';

export async function seed(args: string[]): Promise<void> {
  const org = requireOption(args, 'target-org', 'o', 'seed:salesforce');
  const dir = optionValue(args, 'out') ?? mkdtempSync(path.join(os.tmpdir(), 'handoff-context-seed-'));
  const plan = writeSeedPlan(path.resolve(dir));
  console.log(`Wrote the import plan: ${plan}`);
  requireAuthorisedOrg(org, 'target-org');
  const imported = check('Import', sf(['data', 'import', 'tree', '--plan', plan, '--target-org', org]));
  const count = Array.isArray(imported.result) ? imported.result.length : undefined;
  console.log(`Loaded the sample book into ${org}${count !== undefined ? `: ${count} records` : ''}.`);
}

if (require.main === module) runMain(seed);
