/**
 * The permission sets, split by the person who writes: Reader (everyone who sees the cards) reads
 * every HC field; Sales, Customer Success and Integration each edit only the columns their people
 * or jobs write, so a rep cannot overwrite CS's review of a handoff and a CS manager cannot rewrite
 * the AE's handoff. Field permissions are derived from the registry (who writes each context's
 * document, and the owning team of each `own` column), so a new column is never forgotten.
 * `scripts/salesforce/checks/writes.ts` checks the split against what the cards and the core's
 * actions really write.
 */
import { contexts, kinds, type Kind, type SalesforceObject, type Writer } from '../../shared/src/contexts';
import type { Team } from '../../shared/src/fields';
import { columnsOf, fieldsOf } from '../../shared/src/registry';
import { salesforceFieldName } from '../../shared/src/storage';
import { handoffPermissionOf } from './handoff-enforcement';
import { generated, type GeneratedFile } from './output';
import { el, metadataXml, type XmlElement } from './xml';

export const permissionSetsDir = 'force-app/main/default/permissionsets';

/** The people (or jobs) who write Handoff Context data, one permission set each. */
export type { Writer };

/**
 * Who writes each context's document, and with it the document's report (mirror) columns, its
 * frozen copy and its completeness: the context definition's `writer`. The AI payloads are written
 * by scoring and health jobs, whatever team owns them.
 */
export function documentWriter(kind: Kind): Writer {
  return contexts[kind].writer;
}

/** An `own` column is written by people of the team that owns its field. */
const teamWriter: Partial<Record<Team, Writer>> = { sales: 'sales', 'customer-success': 'customer-success' };

/**
 * Own columns that more than one team writes, beyond their owner: the handoff status is the
 * state both sides move (sales to draft and submitted, CS to accepted and returned).
 */
const alsoWrittenBy: Partial<Record<Kind, Record<string, Writer[]>>> = {
  'sales-to-cs': { 'review.status': ['customer-success'] },
};

type ColumnEntry = ReturnType<typeof columnsOf>[number];

/** The writers that need edit on a column of a context. */
export function writersOf(kind: Kind, entry: ColumnEntry): Writer[] {
  if (!entry.path || entry.column.role === 'mirror') return [documentWriter(kind)];
  const owner = fieldsOf(kind).find((f) => f.path === entry.path)!.owner;
  const writer = teamWriter[owner];
  if (!writer) throw new Error(`${kind}:${entry.path} is owned by ${owner}, and no permission set writes for that team`);
  return [writer, ...(alsoWrittenBy[kind]?.[entry.path] ?? [])];
}

export interface PermissionSetSpec {
  name: string;
  label: string;
  /** At most 255 characters (a Salesforce limit). */
  description: string;
  /** The writer whose columns the set edits; none: the set reads every HC field and edits nothing. */
  writer?: Writer;
  /** Who an admin gives it to (docs and deploy messages). */
  audience: string;
}

export const readerSet: PermissionSetSpec = {
  name: 'Handoff_Context_Reader',
  label: 'Handoff Context Reader',
  description:
    'See the Handoff Context cards: read on every Handoff Context field and on the Lead, Contact, Opportunity and Account records that carry them. Grants no edit.',
  audience: 'everyone who sees the cards',
};

export const writerSets: Record<Writer, PermissionSetSpec> = {
  sales: {
    name: 'Handoff_Context_Sales',
    label: 'Handoff Context Sales',
    description:
      'For reps and AEs, with Reader: edit rep feedback and disposition (Lead, Contact) and the sales-to-CS handoff, its frozen copy, completeness and status (Opportunity). Not the CS review, not AI scores.',
    writer: 'sales',
    audience: 'reps and account executives',
  },
  'customer-success': {
    name: 'Handoff_Context_Customer_Success',
    label: 'Handoff Context Customer Success',
    description:
      "For CS managers, with Reader: accept or return a handoff, i.e. edit its status, reviewer, review time, return reason and note (Opportunity). Not the AE's handoff, not AI scores.",
    writer: 'customer-success',
    audience: 'CS managers who accept or return handoffs',
  },
  integration: {
    name: 'Handoff_Context_Integration',
    label: 'Handoff Context Integration',
    description:
      'For the integration users of scoring and health jobs: edit the lead score (Lead, Contact), deal risk (Opportunity) and customer health (Account) documents and their report columns. Nothing people write.',
    writer: 'integration',
    audience: 'integration users of the scoring and health jobs',
  },
};

export const permissionSets: PermissionSetSpec[] = [readerSet, ...Object.values(writerSets)];

/** Every HC field as `Object.Field`, sorted, with the objects that carry them. */
export function salesforceFields(): { objects: SalesforceObject[]; fields: string[] } {
  return fieldsWhere(() => true);
}

/** The HC fields a writer edits, as `Object.Field`, sorted, with the objects that carry them. */
export function editableFields(writer: Writer): { objects: SalesforceObject[]; fields: string[] } {
  return fieldsWhere((kind, entry) => writersOf(kind, entry).includes(writer));
}

function fieldsWhere(keep: (kind: Kind, entry: ColumnEntry) => boolean): { objects: SalesforceObject[]; fields: string[] } {
  const objects = new Set<SalesforceObject>();
  const fields = new Set<string>();
  for (const kind of kinds)
    for (const entry of columnsOf(kind))
      if (keep(kind, entry))
        for (const object of contexts[kind].storage.salesforce) {
          objects.add(object);
          fields.add(`${object}.${salesforceFieldName(entry.column)}`);
        }
  return { objects: [...objects].sort(), fields: [...fields].sort() };
}

export function permissionSetXml(spec: PermissionSetSpec): string {
  if (spec.description.length > 255) throw new Error(`${spec.name}: description longer than 255 characters`);
  const edit = spec.writer !== undefined;
  // A writer set grants read beside edit only where it edits (Salesforce requires both); reading the
  // rest of the card comes from the Reader set, so the two add up and neither repeats the other.
  const { objects, fields } = spec.writer ? editableFields(spec.writer) : salesforceFields();
  const fieldPermissions: XmlElement[] = fields.map((field) => el('fieldPermissions', [el('editable', edit), el('field', field), el('readable', true)]));
  const objectPermissions: XmlElement[] = objects.map((object) =>
    el('objectPermissions', [
      el('allowCreate', false),
      el('allowDelete', false),
      el('allowEdit', edit),
      el('allowRead', true),
      el('modifyAllRecords', false),
      el('object', object),
      el('viewAllRecords', false),
    ]),
  );
  // The handoff roles' sets also carry the custom permission their status changes need (handoff-enforcement.ts).
  const custom = spec.writer === 'sales' || spec.writer === 'customer-success' ? [handoffPermissionOf[spec.writer]] : [];
  return metadataXml('PermissionSet', [
    ...custom.map((permission) => el('customPermissions', [el('enabled', true), el('name', permission.name)])),
    el('description', spec.description),
    ...fieldPermissions,
    el('hasActivationRequired', false),
    el('label', spec.label),
    ...objectPermissions,
  ]);
}

export function permissionSetFiles(): GeneratedFile[] {
  return permissionSets.map((spec) => generated(`${permissionSetsDir}/${spec.name}.permissionset-meta.xml`, permissionSetXml(spec)));
}
