/** What happened to the last save: saving, saved, or why not (the draft stays in the form). */
import { Alert, LoadingSpinner } from '@hubspot/ui-extensions';
import type { Translator } from '@handoff-context/core';
import type { SaveState } from '../hooks/useSave';

export function SaveStatus({ t, state, refusal, savedText }: { t: Translator; state: SaveState; refusal?: string; savedText?: string }) {
  if (refusal) return <Alert variant="danger" title={refusal} testId="hc-save-refused" />;
  if (state.status === 'saving') return <LoadingSpinner label={t.t('state.saving')} showLabel testId="hc-saving" />;
  if (state.status === 'saved' && state.warning) return <Alert variant="warning" title={state.warning} testId="hc-saved-overwrote" />;
  if (state.status === 'saved') return <Alert variant="success" title={savedText ?? t.t('state.saved')} testId="hc-saved" />;
  if (state.status === 'failed') return <Alert variant="danger" title={state.message} testId="hc-save-failed" />;
  return null;
}
