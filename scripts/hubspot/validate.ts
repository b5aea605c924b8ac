/**
 * Offline checks of the HubSpot project (what `hs project validate` would need an account for):
 *   - HubSpot's project parser translates it with no skipped hsmeta file;
 *   - every hsmeta file passes the schema, placement and entrypoint checks;
 *   - every property a card reads exists (built in, or created by setup:hubspot);
 *   - the cards' and function's package versions match what the tests ran against;
 *   - ESLint with HubSpot's UI-extension rules is clean.
 * Run through scripts/validate.mjs (npm run validate); exits 1 when anything is found.
 */
import path from 'node:path';
import { checkHsMeta } from './checks/hsmeta';
import { checkLint } from './checks/lint';
import { checkProperties, type PropertyDefinitions } from './checks/properties';
import { checkTranslate, loadTranslate } from './checks/translate';
import { checkVersions } from './checks/versions';
import { type Finding, projectDir, readJson, readProjectConfig, repoRoot } from './project';

export async function validateHubSpotProject(dir = projectDir): Promise<Finding[]> {
  const config = readProjectConfig(dir);
  const srcDir = path.join(dir, config.srcDir);
  const findings: Finding[] = [];
  if (config.platformVersion !== '2026.03')
    findings.push({ check: 'project', message: `platformVersion is ${config.platformVersion}; this app is built for 2026.03` });

  const translated = await checkTranslate(srcDir, config, await loadTranslate());
  findings.push(...translated.findings);

  const hsmeta = checkHsMeta(srcDir);
  findings.push(...hsmeta.findings);

  const cardUids = hsmeta.files.filter((f) => f.meta.type === 'card').map((f) => f.meta.uid);
  // Imported here, not at the top: it loads the core, which only this check needs.
  const { cardReads } = await import('../../hubspot-project/src/app/cards/utils/properties');
  findings.push(...checkProperties(cardReads, readJson<PropertyDefinitions>(path.join(dir, 'setup', 'properties.json')), cardUids));

  findings.push(
    ...checkVersions(readJson(path.join(repoRoot, 'package.json')), [
      { name: 'cards/package.json', manifest: readJson(path.join(srcDir, 'app', 'cards', 'package.json')) },
      { name: 'functions/package.json', manifest: readJson(path.join(srcDir, 'app', 'functions', 'package.json')) },
    ]),
  );

  findings.push(...(await checkLint(srcDir)));
  return findings;
}

async function main(): Promise<void> {
  const findings = await validateHubSpotProject();
  for (const finding of findings) process.stderr.write(`  ✗ ${finding.check}: ${finding.message}\n`);
  process.stdout.write(
    findings.length === 0
      ? 'HubSpot project: parser, hsmeta schema, card properties, package versions and ESLint all pass.\n'
      : `HubSpot project: ${findings.length} problem(s).\n`,
  );
  process.exitCode = findings.length === 0 ? 0 : 1;
}

if (require.main === module) void main();
