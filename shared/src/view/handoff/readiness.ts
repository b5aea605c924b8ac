/** Before sales submits: what CS would return the handoff for, in words (the rules are the workflow's). */
import { handoffSubmitWarnings } from '../../workflow/readiness';
import type { ViewContext } from '../context';
import { readScore } from '../parts';
import { at, bag, group, oneOf } from '../read';
import type { CompletenessView, Notice } from '../types';
import { sentiments } from './account';
import type { StoredHandoff } from './stored';

/**
 * The account's health, from a customer-health parse result: low when its goodness sits below the
 * health conflict's threshold (the one admins set for the customer health conflict).
 */
function healthOf(health: unknown, ctx: ViewContext): { low: boolean; scoreText: string; levelText: string } | undefined {
  const status = at(health, 'status');
  if (status !== 'valid' && status !== 'partial') return undefined;
  const value = bag(at(health, 'value'));
  const score = readScore(group(value?.score) as never, value?.band, ctx);
  if (!score) return undefined;
  const rule = ctx.config.conflicts.customerHealth;
  return { low: score.view.goodness < rule.lowBelow, scoreText: score.view.valueText, levelText: score.view.levelText.toLowerCase() };
}

export function submitWarnings(value: StoredHandoff, completeness: CompletenessView, health: unknown, ctx: ViewContext): Notice[] {
  const { t } = ctx;
  let read: ReturnType<typeof healthOf>;
  try {
    read = healthOf(health, ctx);
  } catch {
    read = undefined;
  }
  const warnings = handoffSubmitWarnings({
    criteria: { total: completeness.criteriaTotal, confirmed: completeness.criteriaConfirmed },
    accountSentiment: oneOf(value.accountSentiment, sentiments),
    healthLow: read?.low,
  });
  return warnings.map((warning) => ({
    key: `submit-warning-${warning.code}`,
    tone: 'warning' as const,
    path: warning.path,
    text:
      warning.code === 'no-confirmed-criterion'
        ? t.t('submitWarning.noConfirmedCriterion')
        : t.t('submitWarning.positiveReadLowHealth', { score: read?.scoreText ?? '', level: read?.levelText ?? '' }),
  }));
}
