/**
 * What a card must show for a payload, computed by the core's own view models (the same ones the
 * cards render), so a test fails when a card drops a fact, not when wording changes.
 */
import { parsePayload, viewOf, type Kind, type ViewOf } from '@handoff-context/core';

type Fact = string | undefined;

/** The facts each kind's card must show. Typed by kind: a context without its facts does not compile. */
const factsOf: { [K in Kind]: (view: ViewOf<K>) => Fact[] } = {
  'lead-score': (view) => [view.score?.valueText, view.score?.bandText, view.factors[0]?.label, view.nextAction?.action, ...view.conflicts.map((c) => c.title)],
  'deal-risk': (view) => [view.winProbability?.valueText, view.risks[0]?.label, ...view.conflicts.map((c) => c.title)],
  'sales-to-cs': (view) => [
    view.completeness.percentText,
    view.desiredOutcome?.requiredOutcome,
    view.successCriteria[0]?.metric,
    view.commitments[0]?.item,
    ...view.completeness.missing.map((m) => m.label),
  ],
  'customer-health': (view) => [
    view.score?.valueText,
    view.score?.bandText,
    view.drivers[0]?.label,
    view.intervention?.action,
    ...view.conflicts.map((c) => c.title),
  ],
};

export function keyFacts<K extends Kind>(kind: K, payload: unknown, locale = 'en-US', now?: Date): string[] {
  const options = { locale, timeZone: 'UTC', ...(now && { now }) };
  const facts = (factsOf[kind] as (view: ViewOf<K>) => Fact[])(viewOf(kind, parsePayload(kind, payload), options));
  return facts.filter((f): f is string => typeof f === 'string' && f.length > 0);
}

/** Text as a browser shows it: runs of white space as one space. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
