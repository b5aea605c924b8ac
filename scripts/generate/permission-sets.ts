/**
 * The two permission sets: Reader (the people who look at the cards) and Editor (the people and
 * integration users who write payloads, feedback and handoff reviews). Field permissions are
 * derived from the registry, so a new column is never forgotten.
 */
import { contexts, kinds, type SalesforceObject } from '../../shared/src/contexts';
import { platformColumns } from './columns';
import { generated, type GeneratedFile } from './output';
import { el, metadataXml, type XmlElement } from './xml';

export const permissionSetsDir = 'force-app/main/default/permissionsets';

export interface PermissionSetSpec {
  name: string;
  label: string;
  /** At most 255 characters (a Salesforce limit). */
  description: string;
  edit: boolean;
}

export const permissionSets: PermissionSetSpec[] = [
  {
    name: 'Handoff_Context_Reader',
    label: 'Handoff Context Reader',
    description:
      'See the Handoff Context cards: read on every Handoff Context field and on the Lead, Contact, Opportunity and Account records that carry them. Grants no edit.',
    edit: false,
  },
  {
    name: 'Handoff_Context_Editor',
    label: 'Handoff Context Editor',
    description:
      'Write Handoff Context data: rep feedback and disposition (Lead, Contact), the handoff and its CS review (Opportunity), and scoring or health jobs (all four). Edit on those records and the HC fields only.',
    edit: true,
  },
];

/** Every HC field as `Object.Field`, sorted, with the objects that carry them. */
export function salesforceFields(): { objects: SalesforceObject[]; fields: string[] } {
  const objects = new Set<SalesforceObject>();
  const fields = new Set<string>();
  for (const kind of kinds)
    for (const object of contexts[kind].storage.salesforce) {
      objects.add(object);
      for (const col of platformColumns(kind)) fields.add(`${object}.${col.salesforceField}`);
    }
  return { objects: [...objects].sort(), fields: [...fields].sort() };
}

export function permissionSetXml(spec: PermissionSetSpec): string {
  if (spec.description.length > 255) throw new Error(`${spec.name}: description longer than 255 characters`);
  const { objects, fields } = salesforceFields();
  const fieldPermissions: XmlElement[] = fields.map((field) =>
    el('fieldPermissions', [el('editable', spec.edit), el('field', field), el('readable', true)]),
  );
  const objectPermissions: XmlElement[] = objects.map((object) =>
    el('objectPermissions', [
      el('allowCreate', false),
      el('allowDelete', false),
      el('allowEdit', spec.edit),
      el('allowRead', true),
      el('modifyAllRecords', false),
      el('object', object),
      el('viewAllRecords', false),
    ]),
  );
  return metadataXml('PermissionSet', [
    el('description', spec.description),
    ...fieldPermissions,
    el('hasActivationRequired', false),
    el('label', spec.label),
    ...objectPermissions,
  ]);
}

export function permissionSetFiles(): GeneratedFile[] {
  return permissionSets.map((spec) =>
    generated(`${permissionSetsDir}/${spec.name}.permissionset-meta.xml`, permissionSetXml(spec)),
  );
}
