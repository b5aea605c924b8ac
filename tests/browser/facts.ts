/**
 * What a card must show for a payload, computed by the core's own view models (the same ones the
 * cards render), so a test fails when a card drops a fact, not when wording changes.
 */
import { customerHealthView, dealRiskView, handoffView, leadScoreView, parsePayload, type Kind } from '@handoff-context/core';

export function keyFacts(kind: Kind, payload: unknown, locale = 'en-US', now?: Date): string[] {
  const options = { locale, timeZone: 'UTC', ...(now && { now }) };
  const facts: Array<string | undefined> = [];
  switch (kind) {
    case 'lead-score': {
      const view = leadScoreView(parsePayload('lead-score', payload) as never, options);
      facts.push(view.score?.valueText, view.score?.bandText, view.factors[0]?.label, view.nextAction?.action, ...view.conflicts.map((c) => c.title));
      break;
    }
    case 'deal-risk': {
      const view = dealRiskView(parsePayload('deal-risk', payload) as never, options);
      facts.push(view.winProbability?.valueText, view.risks[0]?.label, ...view.conflicts.map((c) => c.title));
      break;
    }
    case 'sales-to-cs': {
      const view = handoffView(parsePayload('sales-to-cs', payload) as never, options);
      facts.push(view.completeness.percentText, view.desiredOutcome?.requiredOutcome, view.successCriteria[0]?.metric, view.commitments[0]?.item);
      facts.push(...view.completeness.missing.map((m) => m.label));
      break;
    }
    case 'customer-health': {
      const view = customerHealthView(parsePayload('customer-health', payload) as never, options);
      facts.push(view.score?.valueText, view.score?.bandText, view.drivers[0]?.label, view.intervention?.action, ...view.conflicts.map((c) => c.title));
      break;
    }
  }
  return facts.filter((f): f is string => typeof f === 'string' && f.length > 0);
}

/** Text as a browser shows it: runs of white space as one space. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
