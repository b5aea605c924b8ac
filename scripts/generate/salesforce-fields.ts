/** Salesforce custom field metadata for every column of every context, on each object that stores it. */
import { contexts, kinds } from '../../shared/src/contexts';
import { textLimits } from '../../shared/src/storage';
import { platformColumns, type PlatformColumn } from './columns';
import { generated, type GeneratedFile } from './output';
import { enumValues, isWholeNumber } from './schema-at';
import { el, metadataXml, type XmlElement } from './xml';

export const salesforceFieldsDir = 'force-app/main/default/objects';

// Salesforce limits: description 1000 characters, inline help 510.
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** "missing-success-criteria" → "Missing success criteria" (the cards show translated labels). */
export function picklistLabel(value: string): string {
  const words = value.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function typeElements(col: PlatformColumn): XmlElement[] {
  switch (col.column.type) {
    case 'longtext':
      return [el('length', textLimits.salesforce), el('type', 'LongTextArea'), el('visibleLines', 5)];
    case 'text':
      return [el('externalId', false), el('length', 255), el('required', false), el('type', 'Text'), el('unique', false)];
    case 'number': {
      // Whole numbers need no decimals; scores may be probabilities (0–1), so keep four decimals,
      // which still leaves 14 digits for an ARR up to 10^12.
      const whole = col.valuePath !== undefined && isWholeNumber(col.kind, col.valuePath);
      return [el('externalId', false), el('precision', 18), el('required', false), el('scale', whole ? 0 : 4), el('type', 'Number'), el('unique', false)];
    }
    case 'percent':
      return [el('precision', 5), el('required', false), el('scale', 2), el('type', 'Percent')];
    case 'datetime':
      return [el('required', false), el('type', 'DateTime')];
    case 'date':
      return [el('required', false), el('type', 'Date')];
    case 'picklist': {
      if (!col.valuePath) throw new Error(`${col.salesforceField}: a picklist needs a field`);
      const values = enumValues(col.kind, col.valuePath).map((value) =>
        el('value', [el('fullName', value), el('default', false), el('label', picklistLabel(value))]),
      );
      return [
        el('required', false),
        el('type', 'Picklist'),
        el('valueSet', [el('restricted', true), el('valueSetDefinition', [el('sorted', false), ...values])]),
      ];
    }
  }
}

/**
 * Columns whose every change Salesforce records with who made it (Field History): the handoff's
 * status and reviewer, so an audit shows the real user behind each step, whatever name the row says.
 * Few on purpose: an object tracks at most 20 fields, and an org may already use most of them.
 */
export const historyTracked: ReadonlyArray<{ kind: PlatformColumn['kind']; path: string }> = [
  { kind: 'sales-to-cs', path: 'review.status' },
  { kind: 'sales-to-cs', path: 'review.reviewedBy' },
];

export function fieldXml(col: PlatformColumn): string {
  const tracked = historyTracked.some((t) => t.kind === col.kind && t.path === col.valuePath);
  // Elements in the order the Metadata API retrieves them (alphabetical after fullName).
  const elements: XmlElement[] = [
    el('fullName', col.salesforceField),
    el('description', clip(col.description, 1000)),
    el('inlineHelpText', clip(col.helpText, 510)),
    el('label', col.label),
    el('trackHistory', tracked),
    el('trackTrending', false),
    ...typeElements(col),
  ];
  const order = (e: XmlElement) => (e.name === 'fullName' ? '' : e.name);
  elements.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  // A field is merged into its object on conversion: the marker must sit inside the root.
  return metadataXml('CustomField', elements, undefined, true);
}

export function salesforceFieldFiles(): GeneratedFile[] {
  return kinds.flatMap((kind) =>
    contexts[kind].storage.salesforce.flatMap((object) =>
      platformColumns(kind).map((col) => generated(`${salesforceFieldsDir}/${object}/fields/${col.salesforceField}.field-meta.xml`, fieldXml(col))),
    ),
  );
}
