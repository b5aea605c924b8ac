/**
 * Every field a card reads exists in force-app and both permission sets grant it (read in the Reader
 * set; read and edit in the Editor set). What a card reads is found statically: each context kind a
 * component names reads that context's columns from the core registry on every object that stores
 * it, and each `@salesforce/schema/Object.Field__c` import reads that field.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { contexts, kinds, type Kind } from '../../../shared/src/contexts';
import { columnsOf } from '../../../shared/src/registry';
import { salesforceFieldName } from '../../../shared/src/storage';
import { type Finding, type SalesforceProject, lwcBundles, relative } from '../project';

export const permissionSets = { reader: 'Handoff_Context_Reader', editor: 'Handoff_Context_Editor' } as const;

export interface FieldRead {
  /** `Object.Field__c` */
  field: string;
  /** The component file that reads it. */
  by: string;
}

/** The fields each component reads, from its source. */
export function fieldsCardsRead(project: SalesforceProject): FieldRead[] {
  const reads: FieldRead[] = [];
  for (const bundle of lwcBundles(project)) {
    if (bundle.name === 'handoffCore' || bundle.name.startsWith('handoffCatalog') || bundle.name === 'handoffLabels') continue;
    for (const file of bundle.files.filter((f) => f.endsWith('.js'))) {
      const source = readFileSync(file, 'utf8');
      const by = relative(project, file);
      for (const kind of kinds)
        if (source.includes(`'${kind}'`))
          for (const object of contexts[kind as Kind].storage.salesforce)
            for (const { column } of columnsOf(kind as Kind)) reads.push({ field: `${object}.${salesforceFieldName(column)}`, by });
      for (const match of source.matchAll(/@salesforce\/schema\/([A-Za-z0-9_]+\.[A-Za-z0-9_]+__c)['"]/g)) reads.push({ field: match[1], by });
    }
  }
  return reads;
}

interface Grant {
  readable: boolean;
  editable: boolean;
}

export function permissionSetGrants(project: SalesforceProject, name: string): Map<string, Grant> | undefined {
  const file = path.join(project.defaultDir, 'permissionsets', `${name}.permissionset-meta.xml`);
  if (!existsSync(file)) return undefined;
  const parsed = new XMLParser({ isArray: (tag) => tag === 'fieldPermissions' }).parse(readFileSync(file, 'utf8'));
  const grants = new Map<string, Grant>();
  for (const entry of parsed?.PermissionSet?.fieldPermissions ?? [])
    grants.set(String(entry.field), { readable: entry.readable === true, editable: entry.editable === true });
  return grants;
}

export function checkFields(project: SalesforceProject): { findings: Finding[]; fields: number } {
  const findings: Finding[] = [];
  const reads = fieldsCardsRead(project);
  const byField = new Map<string, string[]>();
  for (const read of reads) byField.set(read.field, [...(byField.get(read.field) ?? []), read.by]);
  const reader = permissionSetGrants(project, permissionSets.reader);
  const editor = permissionSetGrants(project, permissionSets.editor);
  if (!reader) findings.push({ check: 'fields', message: `the ${permissionSets.reader} permission set is missing` });
  if (!editor) findings.push({ check: 'fields', message: `the ${permissionSets.editor} permission set is missing` });
  for (const [field, readers] of [...byField].sort(([a], [b]) => a.localeCompare(b))) {
    const [object, name] = field.split('.');
    const who = [...new Set(readers)].join(', ');
    if (!existsSync(path.join(project.defaultDir, 'objects', object, 'fields', `${name}.field-meta.xml`)))
      findings.push({ check: 'fields', message: `${field} is read by ${who} but does not exist in force-app (run npm run generate)` });
    const read = reader?.get(field);
    if (reader && !read?.readable) findings.push({ check: 'fields', message: `${field} is read by ${who} but ${permissionSets.reader} does not grant read` });
    const edit = editor?.get(field);
    if (editor && !(edit?.readable && edit.editable)) findings.push({ check: 'fields', message: `${field} is read by ${who} but ${permissionSets.editor} does not grant read and edit` });
  }
  return { findings, fields: byField.size };
}
