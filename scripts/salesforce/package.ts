/**
 * npm run package:salesforce -- --target-dev-hub <alias> [--installation-key <key>]
 *
 * Creates a version of the unlocked package "Handoff Context" (creating the package itself the first
 * time, which records its id in sfdx-project.json) and prints how an admin installs it. Versions are
 * created with --code-coverage, without which none can be promoted for production, in a build org made
 * from config/project-scratch-def.json (named by sfdx-project.json), which turns Translation Workbench
 * on so that the French translation builds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AdminError, check, optionValue, requireAuthorisedOrg, requireOption, runMain, sf } from './sf';

const root = path.resolve(__dirname, '..', '..');
export const packageName = 'Handoff Context';

export function installLinks(versionId: string): string[] {
  return [
    `Production or Developer Edition: https://login.salesforce.com/packaging/installPackage.apexp?p0=${versionId}`,
    `Sandbox: https://test.salesforce.com/packaging/installPackage.apexp?p0=${versionId}`,
    `Salesforce CLI: sf package install --package ${versionId} --wait 20 --security-type AdminsOnly --target-org <alias>`,
  ];
}

function packageAliases(cwd: string): Record<string, string> {
  const project = JSON.parse(readFileSync(path.join(cwd, 'sfdx-project.json'), 'utf8'));
  return project.packageAliases ?? {};
}

export async function createPackageVersion(args: string[], cwd = root): Promise<string> {
  const hub = requireOption(args, 'target-dev-hub', 'v', 'package:salesforce');
  requireAuthorisedOrg(hub, 'target-dev-hub', { cwd });
  if (!packageAliases(cwd)[packageName]) {
    console.log(`Creating the unlocked package "${packageName}" in ${hub}…`);
    check(
      'Creating the package',
      sf(['package', 'create', '--name', packageName, '--package-type', 'Unlocked', '--path', 'force-app', '--no-namespace', '--target-dev-hub', hub], { cwd }),
    );
  }
  const key = optionValue(args, 'installation-key', 'k');
  console.log(`Creating a version of "${packageName}" (this takes a few minutes)…`);
  const created = check(
    'Creating the package version',
    sf(
      [
        'package',
        'version',
        'create',
        '--package',
        packageName,
        ...(key ? ['--installation-key', key] : ['--installation-key-bypass']),
        '--code-coverage',
        '--wait',
        '30',
        '--target-dev-hub',
        hub,
      ],
      { cwd },
    ),
  );
  const versionId = created.result?.SubscriberPackageVersionId;
  if (typeof versionId !== 'string' || !versionId.startsWith('04t'))
    throw new AdminError(
      `The version was requested but sf gave no version id (04t…). Check it with: sf package version create report --package-create-request-id ${created.result?.Id ?? '<id>'} --target-dev-hub ${hub}`,
    );
  console.log([`Created ${packageName} ${versionId}. Install it with:`, ...installLinks(versionId).map((line) => `  ${line}`)].join('\n'));
  return versionId;
}

if (require.main === module)
  runMain(async (args) => {
    await createPackageVersion(args);
  });
