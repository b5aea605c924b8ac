/** Every file generated from the core registry, and how to tell which ones on disk are stale. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fieldDictionaryFiles } from './field-dictionary';
import { fieldLabelFiles } from './field-labels';
import { fieldTranslationFiles, objectTranslationsDir } from './field-translations';
import { connectorDir, connectorMappingFiles } from './connector-mapping';
import { customPermissionsDir, handoffEnforcementFiles } from './handoff-enforcement';
import { hubspotPropertyFiles } from './hubspot-properties';
import { jsonSchemaFiles, schemasDir } from './json-schema';
import { customLabelFiles, labelsDir, lwcLabelsDir, translationsDir } from './custom-labels';
import type { GeneratedFile } from './output';
import { permissionSetsDir, permissionSetFiles } from './permission-sets';
import { salesforceFieldFiles, salesforceFieldsDir } from './salesforce-fields';

export type { GeneratedFile } from './output';

export function registryFiles(): GeneratedFile[] {
  return [
    ...salesforceFieldFiles(),
    ...permissionSetFiles(),
    ...handoffEnforcementFiles(),
    ...fieldTranslationFiles(),
    ...customLabelFiles(),
    ...hubspotPropertyFiles(),
    ...jsonSchemaFiles(),
    ...fieldDictionaryFiles(),
    ...fieldLabelFiles(),
    ...connectorMappingFiles(),
  ];
}

/**
 * Files on disk that only generation may write: a file here that the registry no longer produces
 * (a removed field, a renamed label) is stale too.
 */
export function ownedFilesOnDisk(root: string): string[] {
  const found: string[] = [];
  const list = (dir: string, match: (name: string) => boolean) => {
    if (!existsSync(join(root, dir))) return;
    for (const name of readdirSync(join(root, dir))) if (match(name)) found.push(`${dir}/${name}`);
  };
  if (existsSync(join(root, salesforceFieldsDir)))
    for (const object of readdirSync(join(root, salesforceFieldsDir))) list(`${salesforceFieldsDir}/${object}/fields`, (name) => name.startsWith('HC_'));
  list(permissionSetsDir, (name) => name.startsWith('Handoff_Context_'));
  list(customPermissionsDir, (name) => name.startsWith('Handoff_Context_'));
  if (existsSync(join(root, objectTranslationsDir)))
    for (const object of readdirSync(join(root, objectTranslationsDir))) list(`${objectTranslationsDir}/${object}`, () => true);
  if (existsSync(join(root, salesforceFieldsDir)))
    for (const object of readdirSync(join(root, salesforceFieldsDir)))
      list(`${salesforceFieldsDir}/${object}/validationRules`, (name) => name.startsWith('HC_'));
  list(labelsDir, (name) => name.endsWith('.labels-meta.xml'));
  list(translationsDir, (name) => name.endsWith('.translation-meta.xml'));
  list(lwcLabelsDir, () => true);
  list(schemasDir, (name) => name.endsWith('.schema.json'));
  list(connectorDir, () => true);
  return found.sort();
}

export interface StaleReport {
  /** Missing or different from what the registry produces, with the command that fixes each. */
  stale: Array<{ path: string; reason: 'missing' | 'differs' | 'no longer generated'; fix: string }>;
}

export function compareWithDisk(root: string, expected: GeneratedFile[], owned: string[]): StaleReport {
  const stale: StaleReport['stale'] = [];
  const expectedPaths = new Set(expected.map((f) => f.path));
  for (const file of expected) {
    const full = join(root, file.path);
    if (!existsSync(full)) stale.push({ path: file.path, reason: 'missing', fix: file.regenerate });
    else if (readFileSync(full, 'utf8') !== file.content) stale.push({ path: file.path, reason: 'differs', fix: file.regenerate });
  }
  for (const path of owned) if (!expectedPaths.has(path)) stale.push({ path, reason: 'no longer generated', fix: `delete it (or run npm run generate)` });
  stale.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { stale };
}
