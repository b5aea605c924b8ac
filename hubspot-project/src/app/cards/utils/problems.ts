/** Turning write refusals (the core's, or the save function's codes) into sentences in the user's language. */
import { columnsOf, hubspotPropertyName, kinds, problemText, subjectOf, type Kind, type Problem, type Translator } from '@handoff-context/core';

export function refusalText(t: Translator, kind: Kind, problems: Problem[]): string {
  const texts = problems.slice(0, 3).map((p) => problemText(p, t, kind));
  return t.t('state.saveFailed', { reason: texts.join(' ') });
}

/** What the save function answers (hubspot-project/src/app/functions/saveProperties.js). */
export type SaveResponse = { ok: true; overwritten?: string[] } | { ok: false; code?: string; params?: Record<string, string | number>; problems?: Problem[] };

/** A Handoff Context property as a person names it: the field, or the card title for a whole document. */
export function propertySubject(t: Translator, name: string): string {
  for (const kind of kinds) for (const { column, path } of columnsOf(kind)) if (hubspotPropertyName(column) === name) return subjectOf(kind, path ?? '', t);
  return name;
}

function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (kinds as readonly string[]).includes(value);
}

/** Why a save did not happen, from the function's code and params; never English-only. */
export function saveFailureText(t: Translator, response: unknown): string {
  const failure = (response ?? {}) as Extract<SaveResponse, { ok: false }>;
  const params = failure.params && typeof failure.params === 'object' ? failure.params : {};
  const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '—');
  switch (failure.code) {
    case 'conflict':
      return t.t('state.concurrentEdit');
    case 'invalid_payload':
      if (isKind(params.kind) && Array.isArray(failure.problems) && failure.problems.length > 0) return refusalText(t, params.kind, failure.problems);
      break;
    case 'invalid_request':
      return t.t('state.saveFailed', { reason: t.t('save.invalidRequest', { parameter: text(params.parameter) }) });
    case 'forbidden':
      return t.t('state.saveFailed', { reason: t.t('save.forbidden', { property: propertySubject(t, text(params.property)) }) });
    case 'not_allowed':
      return t.t('state.saveFailed', { reason: t.t('save.notAllowed', { status: text(params.status) }) });
    case 'not_found':
      return t.t('state.saveFailed', { reason: t.t('save.notFound') });
    case 'hubspot_error':
      return t.t('state.saveFailed', { reason: t.t('save.hubspotError', { status: text(params.status) }) });
    case 'unreachable':
      return t.t('state.saveFailed', { reason: t.t('save.unreachable') });
  }
  // Not confirmed, no answer from the function (it may have run) or one this card does not know:
  // the change may have been written, so the card never says it was not.
  return t.t('state.saveFailed', { reason: t.t('save.unconfirmed') });
}

/** Saved, but a write that landed at the same moment was replaced: say whose fields. */
export function overwroteText(t: Translator, names: string[]): string {
  const subjects = [...new Set(names.map((name) => propertySubject(t, name)))];
  return t.t('save.overwrote', { properties: t.formatList(subjects) });
}
