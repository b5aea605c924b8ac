/** Where the handoff stands between sales and CS: its status, who reviewed it, and the notices that follow. */
import type { MessageKey } from '../../i18n';
import type { ViewContext } from '../context';
import { ageDays, byText, enumText, withDetail } from '../parts';
import { group, oneOf, text } from '../read';
import type { CompletenessView, HandoffStatus, HandoffView, Notice } from '../types';
import type { StoredHandoff } from './stored';

const reviewStatuses = ['draft', 'submitted', 'accepted', 'returned'] as const;
const returnReasons = ['missing-success-criteria', 'unclear-commitments', 'wrong-stakeholders', 'commercial-mismatch', 'other'] as const;

/** A stored handoff without a readable status is a draft: sales has not submitted it. */
export function statusOf(value: StoredHandoff): Exclude<HandoffStatus, 'none'> {
  return oneOf(group(value.review)?.status, reviewStatuses) ?? 'draft';
}

export function reviewNotices(status: HandoffStatus, value: StoredHandoff, completeness: CompletenessView, ctx: ViewContext): Notice[] {
  const { t, now, config } = ctx;
  if (status === 'draft' && !completeness.complete) return [{ key: 'review-draft', tone: 'info', text: t.t('review.draft') }];
  if (status === 'returned') return [{ key: 'review-returned', tone: 'warning', text: t.t('review.returnedNotice') }];
  if (status === 'submitted') {
    const age = ageDays(group(value.timeline)?.submittedAt, now);
    if (age !== undefined && age > config.reviewDays) return [{ key: 'review-waiting', tone: 'warning', text: t.tn('review.waiting', Math.floor(age)) }];
  }
  return [];
}

/** "Accepted by Lee on 2 Dec 2026" and the like: only once CS has accepted or returned it. */
function reviewedText(status: HandoffStatus, reviewedBy: string | undefined, reviewedAt: string | undefined, ctx: ViewContext): string | undefined {
  const { t } = ctx;
  if (status !== 'accepted' && status !== 'returned') return undefined;
  const date = reviewedAt ? t.formatDate(reviewedAt) : '';
  const prefix = status === 'accepted' ? 'review.accepted' : 'review.returned';
  if (reviewedBy && reviewedAt) return t.t(`${prefix}By` as MessageKey, { name: reviewedBy, date });
  if (reviewedAt) return t.t(prefix as MessageKey, { date });
  if (reviewedBy) return byText(reviewedBy, undefined, ctx);
  return undefined;
}

export function readReview(status: HandoffStatus, value: StoredHandoff, ctx: ViewContext): HandoffView['review'] {
  const review = group(value.review);
  const reviewed = reviewedText(status, text(review?.reviewedBy), text(review?.reviewedAt), ctx);
  const returnReason = oneOf(review?.returnReason, returnReasons);
  const returnNote = text(review?.returnNote);
  // A resubmitted handoff keeps the last return's reason and note in CS's columns (sales cannot
  // clear them): they describe the handoff only while it stands returned.
  const returned = status === 'returned';
  const parts = {
    ...(reviewed && { reviewedText: reviewed }),
    ...(returned && returnReason && { returnReasonText: ctx.t.t('review.reason', { reason: enumText(ctx, 'returnReason', returnReason) }) }),
    ...(returned && returnNote && { returnNote }),
  };
  return Object.keys(parts).length ? withDetail(parts, parts.reviewedText, parts.returnReasonText, parts.returnNote) : undefined;
}
