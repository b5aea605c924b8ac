/** Localised field labels: the registry titles, translated, for problems, completeness and forms. */
import type { Kind } from '../contexts';
import { registry } from '../registry';
import { isMessageKey, type MessageKey } from './catalog';
import type { Translator } from './translator';

/** The message-key prefix of each kind (keys cannot hold dashes). */
export const kindKey: Record<Kind, 'leadScore' | 'dealRisk' | 'handoff' | 'health'> = {
  'lead-score': 'leadScore',
  'deal-risk': 'dealRisk',
  'sales-to-cs': 'handoff',
  'customer-health': 'health',
};

/** `best-case` → `bestCase`: an enum value as a key segment. */
export function keySegment(value: string): string {
  return value.replace(/[-_\s]+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '');
}

/** The label key of a registry path (`successCriteria[].metric`), when the catalog has one. */
export function fieldLabelKey(kind: Kind, path: string): MessageKey | undefined {
  const plain = path.replace(/\[\d*\]/g, '');
  const own = `field.${kindKey[kind]}.${plain}`;
  if (isMessageKey(own)) return own;
  return undefined;
}

/** The help-text key of a registry path, when the catalog has one. */
export function fieldHelpKey(kind: Kind, path: string): MessageKey | undefined {
  const key = `help.${kindKey[kind]}.${path.replace(/\[\d*\]/g, '')}`;
  return isMessageKey(key) ? key : undefined;
}

const titles = new Map<string, string>(registry.map((f) => [`${f.kind}:${f.path}`, f.title]));

/** The label a person reads for a path with or without indexes, in the translator's language. */
export function fieldLabel(kind: Kind, path: string, t: Pick<Translator, 't'>): string {
  const own = fieldLabelKey(kind, path);
  if (own) return t.t(own);
  const plain = path.replace(/\[\d*\]/g, '');
  const leaf = plain.split('.').pop() ?? plain;
  const common = `field.common.${leaf}`;
  if (isMessageKey(common)) return t.t(common);
  return titles.get(`${kind}:${path.replace(/\[\d+\]/g, '[]')}`) ?? leaf;
}

/**
 * What a problem is about, in words: `Metric (Success criteria, entry 2)`; the card title for the
 * whole payload.
 */
export function subjectOf(kind: Kind | undefined, path: string, t: Pick<Translator, 't'>): string {
  if (!kind) return path === '' ? '—' : path;
  if (path === '') return t.t(`${kindKey[kind]}.title` as MessageKey);
  const lastIndex = /^(.*)\[(\d+)\]([^[]*)$/.exec(path);
  if (!lastIndex) {
    // A shared leaf (`score.value` → "Value") names its top-level field too: "Value (Lead score)".
    const top = path.split('.')[0];
    if (top === path || fieldLabelKey(kind, path)) return fieldLabel(kind, path, t);
    return `${fieldLabel(kind, path, t)} (${fieldLabel(kind, top, t)})`;
  }
  const [, list, index, rest] = lastIndex;
  const entry = t.t('field.common.entry', { field: fieldLabel(kind, list, t), index: Number(index) + 1 });
  if (rest === '') return entry;
  return `${fieldLabel(kind, `${list}[]${rest}`, t)} (${entry})`;
}
