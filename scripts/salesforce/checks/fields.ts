/**
 * Every field a card reads exists in force-app and the Reader permission set grants read on it.
 * What a card reads is found statically: each context kind a component names reads that context's
 * columns from the core registry on every object that stores it, and each
 * `@salesforce/schema/Object.Field__c` import reads that field. Edit rights are checked against
 * what the cards write, in writes.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { contexts, kinds, type Kind } from '../../../shared/src/contexts';
import { columnsOf } from '../../../shared/src/registry';
import { salesforceFieldName } from '../../../shared/src/storage';
import { type Finding, type SalesforceProject, lwcBundles, relative } from '../project';

const reader = 'Handoff_Context_Reader';

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

export interface ObjectGrant {
  object: string;
  allowRead: boolean;
  allowEdit: boolean;
  allowCreate: boolean;
  allowDelete: boolean;
  viewAllRecords: boolean;
  modifyAllRecords: boolean;
}

/** A permission set as force-app holds it: its label, field grants and object grants. */
export function readPermissionSet(project: SalesforceProject, name: string): { label: string; fields: Map<string, Grant>; objects: ObjectGrant[] } | undefined {
  const file = path.join(project.defaultDir, 'permissionsets', `${name}.permissionset-meta.xml`);
  if (!existsSync(file)) return undefined;
  const parsed = new XMLParser({ isArray: (tag) => tag === 'fieldPermissions' || tag === 'objectPermissions' }).parse(readFileSync(file, 'utf8'));
  const set = parsed?.PermissionSet ?? {};
  const fields = new Map<string, Grant>();
  for (const entry of set.fieldPermissions ?? []) fields.set(String(entry.field), { readable: entry.readable === true, editable: entry.editable === true });
  const objects: ObjectGrant[] = (set.objectPermissions ?? []).map((entry: Record<string, unknown>) => ({
    object: String(entry.object),
    allowRead: entry.allowRead === true,
    allowEdit: entry.allowEdit === true,
    allowCreate: entry.allowCreate === true,
    allowDelete: entry.allowDelete === true,
    viewAllRecords: entry.viewAllRecords === true,
    modifyAllRecords: entry.modifyAllRecords === true,
  }));
  return { label: String(set.label ?? ''), fields, objects };
}

export function permissionSetGrants(project: SalesforceProject, name: string): Map<string, Grant> | undefined {
  return readPermissionSet(project, name)?.fields;
}

export function checkFields(project: SalesforceProject): { findings: Finding[]; fields: number } {
  const findings: Finding[] = [];
  const reads = fieldsCardsRead(project);
  const byField = new Map<string, string[]>();
  for (const read of reads) byField.set(read.field, [...(byField.get(read.field) ?? []), read.by]);
  const grants = permissionSetGrants(project, reader);
  if (!grants) findings.push({ check: 'fields', message: `the ${reader} permission set is missing` });
  for (const [field, readers] of [...byField].sort(([a], [b]) => a.localeCompare(b))) {
    const [object, name] = field.split('.');
    const who = [...new Set(readers)].join(', ');
    if (!existsSync(path.join(project.defaultDir, 'objects', object, 'fields', `${name}.field-meta.xml`)))
      findings.push({ check: 'fields', message: `${field} is read by ${who} but does not exist in force-app (run npm run generate)` });
    if (grants && !grants.get(field)?.readable) findings.push({ check: 'fields', message: `${field} is read by ${who} but ${reader} does not grant read` });
  }
  return { findings, fields: byField.size };
}
