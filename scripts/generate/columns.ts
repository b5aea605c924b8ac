/**
 * The platform columns of every context, with the label, description and help text both platforms
 * show. Labels say which context a column belongs to, because the Opportunity carries two contexts
 * and report builders list every field of an object together.
 */
import { contexts, kinds, type Kind } from '../../shared/src/contexts';
import type { ColumnSpec } from '../../shared/src/fields';
import { columnsOf, fieldsOf } from '../../shared/src/registry';
import { hubspotPropertyName, salesforceFieldName } from '../../shared/src/storage';

/** Salesforce's limit for a field label; HubSpot takes the same label. */
export const labelLimit = 40;
/** Admins reading a field in Setup should know not to edit it there. */
const generatedByNote = 'Defined by Handoff Context (generated from its field registry).';
const teamNames = { marketing: 'Marketing', sales: 'Sales', 'customer-success': 'Customer Success', revops: 'RevOps' };

export interface PlatformColumn {
  kind: Kind;
  column: ColumnSpec;
  salesforceField: string;
  hubspotProperty: string;
  label: string;
  /** For admins: what the column holds and how it relates to the payload document. */
  description: string;
  /** For the people who see the field on a page: the glossary definition. */
  helpText: string;
  /** The registry path of the value (with the mirrored member), when the column holds one field. */
  valuePath?: string;
}

function labelFor(kind: Kind, entry: ReturnType<typeof columnsOf>[number]): string {
  const { title, storage } = contexts[kind];
  if (entry.column === storage.document) return `${title} payload`;
  if (!entry.path || entry.title.toLowerCase().includes(title.toLowerCase())) return entry.title;
  return `${entry.title} (${title})`;
}

function storageNote(kind: Kind, entry: ReturnType<typeof columnsOf>[number], valuePath?: string): string {
  const { storage, title } = contexts[kind];
  if (entry.column === storage.document) return `Schema version ${contexts[kind].version}; the ${title} cards validate it on every read and never show it raw.`;
  if (entry.column === storage.snapshot) return 'Written once when the handoff is submitted.';
  if (entry.column === storage.completeness) return 'Written beside the payload document whenever it is saved.';
  if (entry.column.role === 'mirror')
    return `Copied from the payload document (${valuePath}) for reports and list views; when they differ the document wins and the cards flag a metric contradiction.`;
  return 'Lives only in this column, because someone other than the payload writer records it.';
}

export function platformColumns(kind: Kind): PlatformColumn[] {
  const ownerOf = new Map(fieldsOf(kind).map((f) => [f.path, f.owner]));
  return columnsOf(kind).map((entry) => {
    const valuePath = entry.path && (entry.column.member ? `${entry.path}.${entry.column.member}` : entry.path);
    const label = labelFor(kind, entry);
    if (label.length > labelLimit) throw new Error(`label "${label}" is longer than ${labelLimit} characters`);
    const owner = teamNames[(entry.path && ownerOf.get(entry.path)) || contexts[kind].owner];
    return {
      kind,
      column: entry.column,
      salesforceField: salesforceFieldName(entry.column),
      hubspotProperty: hubspotPropertyName(entry.column),
      label,
      description: `${entry.description} ${storageNote(kind, entry, valuePath)} Owner: ${owner}. ${generatedByNote}`,
      helpText: entry.description,
      ...(valuePath && { valuePath }),
    };
  });
}

export function allPlatformColumns(): PlatformColumn[] {
  return kinds.flatMap(platformColumns);
}
