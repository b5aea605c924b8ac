/** Turning the core's write refusals into one sentence for the user, in their language. */
import { problemText, type Kind, type Problem, type Translator } from '@handoff-context/core';

export function refusalText(t: Translator, kind: Kind, problems: Problem[]): string {
  const texts = problems.slice(0, 3).map((p) => problemText(p, t, kind));
  return t.t('state.saveFailed', { reason: texts.join(' ') });
}
