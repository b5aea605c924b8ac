/**
 * The package build org can build what force-app holds: sfdx-project.json names a scratch-org
 * definition for the package, the file exists, and it turns Translation Workbench on when force-app
 * has translations (without it the French translation fails to build into a version).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Finding, type SalesforceProject, translationFolders } from '../project';

export function checkBuildOrg(project: SalesforceProject): { findings: Finding[]; definition?: string } {
  const findings: Finding[] = [];
  const found = (message: string) => findings.push({ check: 'build org', message });
  const sfdxProject = JSON.parse(readFileSync(path.join(project.root, 'sfdx-project.json'), 'utf8')) as {
    packageDirectories: Array<{ package?: string; definitionFile?: string }>;
  };
  const packaged = sfdxProject.packageDirectories.find((d) => d.package);
  const definition = packaged?.definitionFile;
  if (!definition) {
    found(
      `sfdx-project.json names no definitionFile for the package "${packaged?.package ?? '?'}": its versions would build in an org without Translation Workbench`,
    );
    return { findings };
  }
  const file = path.join(project.root, definition);
  if (!existsSync(file)) {
    found(`sfdx-project.json names ${definition} as the package's build org definition, which does not exist`);
    return { findings, definition };
  }
  const settings = (JSON.parse(readFileSync(file, 'utf8')) as { settings?: { languageSettings?: { enableTranslationWorkbench?: boolean } } }).settings;
  const hasTranslations = translationFolders.some((folder) => existsSync(path.join(project.defaultDir, folder)));
  if (hasTranslations && settings?.languageSettings?.enableTranslationWorkbench !== true)
    found(
      `${definition} does not set settings.languageSettings.enableTranslationWorkbench to true, and force-app has translations: the version build would fail`,
    );
  return { findings, definition };
}
