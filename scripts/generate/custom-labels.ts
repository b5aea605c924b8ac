/**
 * The core's message catalog as Salesforce custom labels (English), their French translation, and
 * the LWC module `c/handoffLabels` that imports every label and hands the cards a map keyed like the
 * catalog, for `translator(locale, labels)`. Salesforce resolves each label in the user's language.
 */
import { catalog, LABEL_NAME_MAX, LABEL_NAME_RULE, labelName as coreLabelName } from '../../shared/src/i18n/catalog';
import { salesforceApiVersion } from '../salesforce-api-version';
import { englishFieldLabels } from './field-labels';
import { generated, generatedMarker, type GeneratedFile } from './output';
import { el, metadataXml } from './xml';

export const labelsDir = 'force-app/main/default/labels';
export const translationsDir = 'force-app/main/default/translations';
export const lwcLabelsDir = 'force-app/main/default/lwc/handoffLabels';

/** A catalog as the core ships it; nested groups are read as dotted keys. */
export interface Catalogs {
  en: Record<string, unknown>;
  fr: Record<string, unknown>;
}

/** `{ card: { title: 'x' } }` → `{ 'card.title': 'x' }`; already-flat catalogs pass through. */
export function flatten(messages: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else if (value && typeof value === 'object') Object.assign(out, flatten(value as Record<string, unknown>, path));
    else throw new Error(`catalog entry ${path} is not text`);
  }
  return out;
}

/** `card.feedback.helpful` → `HC_card_feedback_helpful` (the core's rule), refused when Salesforce would refuse it. */
export function labelName(key: string): string {
  const name = coreLabelName(key);
  if (!LABEL_NAME_RULE.test(name) || name.length > LABEL_NAME_MAX) throw new Error(`catalog key "${key}" does not make a valid custom label name (${name})`);
  return name;
}

const valueLimit = 1000;
const category = 'Handoff Context';

function checkedValue(key: string, value: string, language: string): string {
  if (value.trim() === '') throw new Error(`catalog ${language} "${key}" is empty; a custom label needs a value`);
  if (value.length > valueLimit) throw new Error(`catalog ${language} "${key}" is longer than ${valueLimit} characters`);
  return value;
}

function shortDescription(key: string): string {
  const text = `Handoff Context: ${key}`;
  return text.length <= 80 ? text : `${text.slice(0, 79)}…`;
}

export function customLabelsXml(en: Record<string, string>): string {
  const keys = Object.keys(en).sort();
  return metadataXml(
    'CustomLabels',
    keys.map((key) =>
      el('labels', [
        el('fullName', labelName(key)),
        el('categories', category),
        el('language', 'en_US'),
        el('protected', false),
        el('shortDescription', shortDescription(key)),
        el('value', checkedValue(key, en[key], 'en')),
      ]),
    ),
  );
}

export function frenchTranslationXml(en: Record<string, string>, fr: Record<string, string>): string {
  const missing = Object.keys(en).filter((key) => !(key in fr));
  if (missing.length) throw new Error(`the French catalog lacks: ${missing.join(', ')}`);
  const keys = Object.keys(en).sort();
  return metadataXml(
    'Translations',
    keys.map((key) => el('customLabels', [el('label', checkedValue(key, fr[key], 'fr')), el('name', labelName(key))])),
  );
}

export function labelsModule(en: Record<string, string>, apiVersion: string): { js: string; meta: string } {
  const keys = Object.keys(en).sort();
  const imports = keys.map((key) => `import ${labelName(key)} from '@salesforce/label/c.${labelName(key)}';`);
  const entries = keys.map((key) => `    ${JSON.stringify(key)}: ${labelName(key)},`);
  const js = [
    `// ${generatedMarker}`,
    '// Every Handoff Context custom label, keyed like the core catalog: pass it to translator(locale, labels).',
    ...imports,
    '',
    'const labels = Object.freeze({',
    ...entries,
    '});',
    '',
    'export { labels };',
    'export default labels;',
    '',
  ].join('\n');
  const meta = metadataXml('LightningComponentBundle', [el('apiVersion', apiVersion), el('isExposed', false)]);
  return { js, meta };
}

export function customLabelFiles(catalogs: Catalogs = catalog, apiVersion = salesforceApiVersion): GeneratedFile[] {
  // The field labels as the registry has them now, so one run of generate writes them and their labels.
  const en = catalogs === catalog ? { ...flatten(catalogs.en), ...englishFieldLabels() } : flatten(catalogs.en);
  const fr = flatten(catalogs.fr);
  const module = labelsModule(en, apiVersion);
  return [
    generated(`${labelsDir}/CustomLabels.labels-meta.xml`, customLabelsXml(en)),
    generated(`${translationsDir}/fr.translation-meta.xml`, frenchTranslationXml(en, fr)),
    generated(`${lwcLabelsDir}/handoffLabels.js`, module.js),
    generated(`${lwcLabelsDir}/handoffLabels.js-meta.xml`, module.meta),
  ];
}
