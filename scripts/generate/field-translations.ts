/**
 * The French translation of what an admin and a user see of the package outside the cards: every HC
 * field's label and picklist values, its help where the catalog has French help (the handoff form's
 * fields; elsewhere Salesforce shows the English glossary), and the handoff validation rules'
 * messages, as Translation Workbench object translations (objectTranslations/<Object>-fr). The words
 * come from the core's French catalog; the few wordings only metadata needs are below.
 */
import { contexts, kinds, type Kind } from '../../shared/src/contexts';
import { catalog } from '../../shared/src/i18n/catalog';
import { fieldHelpKey, fieldLabel, keySegment, kindKey } from '../../shared/src/i18n/fields';
import { platformColumns, type PlatformColumn } from './columns';
import { handoffValidationRules } from './handoff-enforcement';
import { generated, type GeneratedFile } from './output';
import { picklistLabel } from './salesforce-fields';
import { enumValues } from './schema-at';
import { el, metadataXml, type XmlElement } from './xml';

export const objectTranslationsDir = 'force-app/main/default/objectTranslations';

/** Salesforce's limits on a translated field label and help. */
const labelLimit = 40;
const helpLimit = 510;

const french = catalog.fr as Record<string, string>;
const say = (key: string): string => {
  const text = french[key];
  if (text === undefined) throw new Error(`the French catalog lacks ${key}`);
  return text;
};

/** French for the columns that hold a whole document rather than one field. */
const documentColumns = {
  document: { label: (context: string) => `${context} (données)`, help: (context: string) => `Le document complet « ${context} », en JSON validé.` },
  snapshot: {
    label: (context: string) => `${context} soumise`,
    help: (context: string) => `« ${context} » telle qu’elle a été soumise ; les modifications ultérieures ne la changent pas.`,
  },
  completeness: {
    label: (context: string) => `Complétude : ${context}`,
    help: () => 'La part des champs indispensables remplis, pour les rapports et les vues de liste.',
  },
};

/** The catalog's enum group of each picklist column (`enum.<group>.<value>`). */
const picklistGroups: Record<string, string> = {
  'sales-to-cs:review.status': 'handoffStatus',
  'sales-to-cs:review.returnReason': 'returnReason',
};

/** The French validation rule messages, by rule. */
export const validationRuleMessagesFr: Record<string, string> = {
  HC_Handoff_Status_Change:
    'Ce changement de statut de la passation n’est pas permis : les ventes enregistrent et soumettent (Handoff Context Sales), le CS accepte ou renvoie ce qui a été soumis (Handoff Context Customer Success).',
  HC_Handoff_Frozen_Copy: 'La copie soumise de la passation ne change que lorsque la passation est soumise.',
  HC_Handoff_Locked_In_Review:
    'Cette passation est entre les mains du CS (soumise ou acceptée) : elle pourra de nouveau être modifiée quand le CS l’aura renvoyée.',
};

function fitted(text: string, limit: number, what: string): string {
  if (text.length > limit) throw new Error(`the French ${what} "${text}" is longer than ${limit} characters`);
  return text;
}

export function frenchLabelAndHelp(col: PlatformColumn): { label: string; help?: string } {
  const context = say(`${kindKey[col.kind]}.title`);
  const { storage } = contexts[col.kind];
  const whole =
    col.column === storage.document
      ? 'document'
      : col.column === storage.snapshot
        ? 'snapshot'
        : col.column === storage.completeness
          ? 'completeness'
          : undefined;
  if (whole) {
    const wording = documentColumns[whole];
    return { label: fitted(wording.label(context), labelLimit, 'label'), help: fitted(wording.help(context), helpLimit, 'help') };
  }
  const path = col.valuePath!.replace(/\.(value|min|max)$/, '');
  const helpKey = fieldHelpKey(col.kind, path) ?? fieldHelpKey(col.kind, col.valuePath!);
  const field = fieldLabel(col.kind, path, { t: (key: string) => say(key) } as never);
  // As in English, the field names its context unless it already does, or the label would pass the limit.
  const named = field.toLowerCase().includes(context.toLowerCase()) ? field : `${field} (${context})`;
  return { label: fitted(named.length <= labelLimit ? named : field, labelLimit, 'label'), ...(helpKey && { help: fitted(say(helpKey), helpLimit, 'help') }) };
}

function picklistTranslations(col: PlatformColumn): XmlElement[] {
  if (col.column.type !== 'picklist') return [];
  const group = picklistGroups[`${col.kind}:${col.valuePath}`];
  if (!group) throw new Error(`${col.salesforceField}: say which catalog enum group translates its picklist values`);
  return enumValues(col.kind, col.valuePath!).map((value) =>
    el('picklistValues', [el('masterLabel', picklistLabel(value)), el('translation', say(`enum.${group}.${keySegment(value)}`))]),
  );
}

export function fieldTranslationXml(col: PlatformColumn): string {
  const { label, help } = frenchLabelAndHelp(col);
  return metadataXml(
    'CustomFieldTranslation',
    [...(help ? [el('help', help)] : []), el('label', label), el('name', col.salesforceField), ...picklistTranslations(col)],
    undefined,
    true,
  );
}

export function objectTranslationXml(object: string): string {
  const rules = contexts['sales-to-cs'].storage.salesforce.includes(object as never) ? handoffValidationRules() : [];
  return metadataXml(
    'CustomObjectTranslation',
    rules.map((rule) => {
      const message = validationRuleMessagesFr[rule.name];
      if (!message) throw new Error(`${rule.name}: its message has no French translation`);
      return el('validationRules', [el('errorMessage', fitted(message, 255, 'validation rule message')), el('name', rule.name)]);
    }),
    undefined,
    true,
  );
}

export function fieldTranslationFiles(): GeneratedFile[] {
  const byObject = new Map<string, PlatformColumn[]>();
  for (const kind of kinds as Kind[])
    for (const object of contexts[kind].storage.salesforce) byObject.set(object, [...(byObject.get(object) ?? []), ...platformColumns(kind)]);
  return [...byObject.keys()].sort().flatMap((object) => {
    const dir = `${objectTranslationsDir}/${object}-fr`;
    return [
      generated(`${dir}/${object}-fr.objectTranslation-meta.xml`, objectTranslationXml(object)),
      ...byObject.get(object)!.map((col) => generated(`${dir}/${col.salesforceField}.fieldTranslation-meta.xml`, fieldTranslationXml(col))),
    ];
  });
}
