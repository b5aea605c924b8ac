/**
 * The English field labels and help, from the registry (each field's `title` and `description`),
 * as `shared/src/i18n/field-labels.ts`: the English catalog spreads it, so a label is written once,
 * in the context's schema, and French (typed against the English keys) cannot miss one.
 *
 * Which fields have their own label: every field of a context people fill in through a form (a
 * drafted context, the one that keeps a snapshot when submitted), with help; every top-level field
 * of a scored context, which cards and problems name. The rest read as `field.common.<leaf>`.
 * Neither has one for the schema version or for provenance, which the common labels cover.
 */
import { contexts, type Kind } from '../../shared/src/contexts';
import { kindKey } from '../../shared/src/i18n/fields';
import { registry } from '../../shared/src/registry';
import { generated, generatedMarker, type GeneratedFile } from './output';

export const fieldLabelsPath = 'shared/src/i18n/field-labels.ts';

function isFilledInByPeople(kind: Kind): boolean {
  return contexts[kind].storage.snapshot !== undefined;
}

/** `field.handoff.successCriteria.metric` → 'Metric', `help.handoff…` → its description, in registry order. */
export function englishFieldLabels(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of registry) {
    const plain = field.path.replace(/\[\d*\]/g, '');
    const segments = plain.split('.');
    if (plain === 'schemaVersion' || segments.includes('provenance')) continue;
    const form = isFilledInByPeople(field.kind);
    if (!form && segments.length > 1) continue;
    out[`field.${kindKey[field.kind]}.${plain}`] = field.title;
    if (form) out[`help.${kindKey[field.kind]}.${plain}`] = field.description;
  }
  return out;
}

export function fieldLabelFiles(): GeneratedFile[] {
  const entries = Object.entries(englishFieldLabels()).map(([key, text]) => `  ${JSON.stringify(key)}: ${JSON.stringify(text)},`);
  const content = [
    `// ${generatedMarker} (scripts/generate/field-labels.ts, from the registry's titles and descriptions).`,
    '/** English field labels and help: spread into the English catalog (en.ts). */',
    'export const fieldLabels = {',
    ...entries,
    '} as const;',
    '',
  ].join('\n');
  return [generated(fieldLabelsPath, content)];
}
