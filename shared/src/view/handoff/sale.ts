/** What was sold and promised: the desired outcome, success criteria, commitments, commercial terms. */
import { DAY_MS, dayIn } from '../calendar';
import type { ViewContext } from '../context';
import { enumText, provenanceText, withDetail } from '../parts';
import { group, items, num, oneOf, text, texts, webUrl } from '../read';
import type { HandoffView } from '../types';
import type { StoredHandoff } from './stored';

const commitmentTypes = ['contractual', 'sow', 'informal', 'roadmap'] as const;

export function readOutcome(value: StoredHandoff): HandoffView['desiredOutcome'] {
  const outcome = group(value.desiredOutcome);
  const requiredOutcome = text(outcome?.requiredOutcome);
  const approach = text(outcome?.approach);
  const useCases = texts(outcome?.useCases);
  if (!requiredOutcome && !approach && !useCases.length) return undefined;
  return { ...(requiredOutcome && { requiredOutcome }), ...(approach && { approach }), useCases };
}

/** Criteria without a metric are left out: there is nothing to measure. */
export function readCriteria(value: StoredHandoff, ctx: ViewContext): HandoffView['successCriteria'] {
  const { t } = ctx;
  return items(value.successCriteria).flatMap((entry, index) => {
    const c = group(entry);
    const metric = text(c?.metric);
    if (!c || !metric) return [];
    const baseline = text(c.baseline);
    const targetDate = text(c.targetDate);
    const confirmed = c.customerConfirmed === true;
    const provenance = provenanceText(c.provenance, ctx);
    const baselineText = baseline ? t.t('criterion.baseline', { value: baseline }) : undefined;
    const targetDateText = targetDate ? t.t('criterion.targetBy', { date: t.formatDate(targetDate) }) : undefined;
    const item = {
      key: `criterion-${index}`,
      metric,
      ...(baselineText && { baselineText }),
      target: text(c.target) ?? '',
      ...(targetDateText && { targetDateText }),
      confirmed,
      confirmedText: t.t(confirmed ? 'criterion.confirmed' : 'criterion.assumed'),
      ...(provenance && { provenanceText: provenance }),
    };
    return [withDetail(item, baselineText, targetDateText, provenance)];
  });
}

/**
 * A due date against today in the user's time zone: overdue once the day has passed, due soon from
 * `commitmentDueSoonDays` before it. Nothing records delivery yet, so a delivered commitment past
 * its date reads overdue too.
 */
function commitmentDueState(due: string, ctx: ViewContext): 'overdue' | 'due-soon' | 'later' | undefined {
  const time = Date.parse(due);
  if (!Number.isFinite(time)) return undefined;
  // A date-only value is that day wherever the user is; an instant is the day it falls on for them.
  const day = dayIn(new Date(time), /^\d{4}-\d\d-\d\d$/.test(due.trim()) ? 'UTC' : ctx.t.timeZone);
  const today = dayIn(ctx.now, ctx.t.timeZone);
  if (day < today) return 'overdue';
  return day <= today + ctx.config.commitmentDueSoonDays * DAY_MS ? 'due-soon' : 'later';
}

export function readCommitments(value: StoredHandoff, ctx: ViewContext): HandoffView['commitments'] {
  const { t } = ctx;
  return items(value.commitments).flatMap((entry, index) => {
    const c = group(entry);
    const item = text(c?.item);
    const type = oneOf(c?.type, commitmentTypes);
    if (!c || !item || !type) return [];
    const owner = text(c.owner);
    const due = text(c.dueDate);
    const evidenceUrl = webUrl(c.evidenceUrl);
    const provenance = provenanceText(c.provenance, ctx);
    const ownerText = owner ? t.t('detail.owner', { owner }) : undefined;
    const dueState = due ? commitmentDueState(due, ctx) : undefined;
    const dueText = due ? t.t(dueState === 'overdue' ? 'commitment.overdue' : 'detail.due', { date: t.formatDate(due) }) : undefined;
    const dueStateText = dueState === 'overdue' ? t.t('commitment.state.overdue') : dueState === 'due-soon' ? t.t('commitment.state.dueSoon') : undefined;
    const commitment = {
      key: `commitment-${index}`,
      item,
      type,
      typeText: enumText(ctx, 'commitmentType', type),
      ...(ownerText && { ownerText }),
      ...(dueText && { dueText }),
      ...(dueState && { dueState }),
      ...(dueStateText && { dueStateText }),
      ...(evidenceUrl && { evidenceUrl }),
      ...(provenance && { provenanceText: provenance }),
    };
    return [withDetail(commitment, ownerText, dueText, provenance)];
  });
}

export function readCommercial(value: StoredHandoff, ctx: ViewContext): HandoffView['commercial'] {
  const { t } = ctx;
  const terms = group(value.commercialTerms);
  const products = texts(terms?.products);
  const arr = num(terms?.arr);
  const currency = text(terms?.currency);
  const termMonths = num(terms?.termMonths);
  const renewal = text(terms?.renewalDate);
  const nonStandardTerms = text(terms?.nonStandardTerms);
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
