/** What was sold and promised: the desired outcome, success criteria, commitments, commercial terms. */
import type { ViewContext } from '../context';
import { enumText, provenanceText, withDetail } from '../parts';
import { at, list, num, oneOf, text, texts, webUrl } from '../read';
import type { HandoffView } from '../types';

const commitmentTypes = ['contractual', 'sow', 'informal', 'roadmap'] as const;

export function readOutcome(value: unknown): HandoffView['desiredOutcome'] {
  const outcome = at(value, 'desiredOutcome');
  const requiredOutcome = text(at(outcome, 'requiredOutcome'));
  const approach = text(at(outcome, 'approach'));
  const useCases = texts(at(outcome, 'useCases'));
  if (!requiredOutcome && !approach && !useCases.length) return undefined;
  return { ...(requiredOutcome && { requiredOutcome }), ...(approach && { approach }), useCases };
}

/** Criteria without a metric are left out: there is nothing to measure. */
export function readCriteria(value: unknown, ctx: ViewContext): HandoffView['successCriteria'] {
  const { t } = ctx;
  return list(at(value, 'successCriteria')).flatMap((c, index) => {
    const metric = text(at(c, 'metric'));
    if (!metric) return [];
    const baseline = text(at(c, 'baseline'));
    const targetDate = text(at(c, 'targetDate'));
    const confirmed = at(c, 'customerConfirmed') === true;
    const provenance = provenanceText(at(c, 'provenance'), ctx);
    const baselineText = baseline ? t.t('criterion.baseline', { value: baseline }) : undefined;
    const targetDateText = targetDate ? t.t('criterion.targetBy', { date: t.formatDate(targetDate) }) : undefined;
    const item = {
      key: `criterion-${index}`,
      metric,
      ...(baselineText && { baselineText }),
      target: text(at(c, 'target')) ?? '',
      ...(targetDateText && { targetDateText }),
      confirmed,
      confirmedText: t.t(confirmed ? 'criterion.confirmed' : 'criterion.assumed'),
      ...(provenance && { provenanceText: provenance }),
    };
    return [withDetail(item, baselineText, targetDateText, provenance)];
  });
}

export function readCommitments(value: unknown, ctx: ViewContext): HandoffView['commitments'] {
  const { t } = ctx;
  return list(at(value, 'commitments')).flatMap((c, index) => {
    const item = text(at(c, 'item'));
    const type = oneOf(at(c, 'type'), commitmentTypes);
    if (!item || !type) return [];
    const owner = text(at(c, 'owner'));
    const due = text(at(c, 'dueDate'));
    const evidenceUrl = webUrl(at(c, 'evidenceUrl'));
    const provenance = provenanceText(at(c, 'provenance'), ctx);
    const ownerText = owner ? t.t('detail.owner', { owner }) : undefined;
    const dueText = due ? t.t('detail.due', { date: t.formatDate(due) }) : undefined;
    const commitment = {
      key: `commitment-${index}`,
      item,
      type,
      typeText: enumText(ctx, 'commitmentType', type),
      ...(ownerText && { ownerText }),
      ...(dueText && { dueText }),
      ...(evidenceUrl && { evidenceUrl }),
      ...(provenance && { provenanceText: provenance }),
    };
    return [withDetail(commitment, ownerText, dueText, provenance)];
  });
}

export function readCommercial(value: unknown, ctx: ViewContext): HandoffView['commercial'] {
  const { t } = ctx;
  const terms = at(value, 'commercialTerms');
  const products = texts(at(terms, 'products'));
  const arr = num(at(terms, 'arr'));
  const currency = text(at(terms, 'currency'));
  const termMonths = num(at(terms, 'termMonths'));
  const renewal = text(at(terms, 'renewalDate'));
  const nonStandardTerms = text(at(terms, 'nonStandardTerms'));
  const parts = {
    ...(products.length && { productsText: t.formatList(products) }),
    ...(arr !== undefined && { arrText: currency ? t.formatCurrency(arr, currency) : t.formatNumber(arr) }),
    ...(termMonths !== undefined && { termText: t.tn('commercial.term', termMonths) }),
    ...(renewal && { renewalText: t.t('commercial.renews', { date: t.formatDate(renewal) }) }),
    ...(nonStandardTerms && { nonStandardTerms }),
  };
  if (!Object.keys(parts).length) return undefined;
  return withDetail(parts, parts.productsText, parts.arrText, parts.termText, parts.renewalText);
}
