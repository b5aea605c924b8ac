/** The lead score card: the score, why, how fresh, what to do next, and what reps and sales said. */
import type { LeadScore } from '../contexts';
import type { ParseResult } from '../parse/result';
import { leadQualityConflict, metricConflicts } from './conflicts';
import type { ViewOptions } from './context';
import { buildCard } from './frame';
import {
  byText,
  enumText,
  partialNotice,
  problemNotices,
  readAction,
  readFactors,
  readFreshness,
  readScore,
  scorePolarity,
  staleNotice,
  withDetail,
} from './parts';
import { group, items, lazyList, num, oneOf, rankBy, text } from './read';
import type { ViewContext } from './context';
import type { ActionView, LeadActionView, LeadScoreView } from './types';

const strengthRank = { high: 3, medium: 2, low: 1 } as const;

/**
 * How many feedback entries a card shows before "Show more" (the view keeps them newest first):
 * the latest reasons stay on the card without a 200-line list.
 */
export const FEEDBACK_PREVIEW_COUNT = 3;

export function leadScoreView(result: ParseResult<LeadScore>, options: ViewOptions = {}): LeadScoreView {
  return buildCard<LeadScoreView, 'lead-score'>(
    'lead-score',
    result,
    options,
    (base) => ({ ...base, kind: 'lead-score', factors: [], intentSignals: [], feedback: [] }),
    ({ status, value, problems, contradictions }, base, ctx) => {
      const { t } = ctx;
      const score = readScore(value.score, value.band, ctx);
      const freshness = readFreshness('lead-score', value.scoredAt, value.model, ctx);

      const intentSignals = rankBy(
        items(value.intentSignals).flatMap((stored, index) => {
          const signal = group(stored);
          const topic = text(signal?.topic);
          const strength = oneOf(signal?.strength, ['low', 'medium', 'high'] as const);
          if (!topic || !strength) return [];
          const trend = oneOf(signal?.trend, ['rising', 'steady', 'falling'] as const);
          const source = text(signal?.source);
          const observed = text(signal?.observedAt);
          const trendText = trend ? enumText(ctx, 'intentTrend', trend) : undefined;
          const sourceText = source ? t.t('detail.source', { source }) : undefined;
          const observedText = observed ? t.t('detail.observed', { date: t.formatDate(observed) }) : undefined;
          const item = {
            key: `intent-${index}`,
            topic,
            strength,
            strengthText: enumText(ctx, 'strength', strength),
            ...(trendText && { trendText }),
            ...(sourceText && { sourceText }),
            ...(observedText && { observedText }),
          };
          return [withDetail(item, trendText, sourceText, observedText)];
        }),
        (s) => strengthRank[s.strength],
      );

      const engagementValue = group(value.engagement);
      const summary = text(engagementValue?.summary);
      const lastTouch = text(engagementValue?.lastTouchAt);
      const touches = num(engagementValue?.touches30d);
      const lastTouchText = lastTouch ? t.t('engagement.lastTouch', { date: t.formatDate(lastTouch) }) : undefined;
      const touchesText = touches !== undefined ? t.tn('engagement.touches', touches) : undefined;
      const engagement = summary
        ? withDetail({ summary, ...(lastTouchText && { lastTouchText }), ...(touchesText && { touchesText }) }, touchesText, lastTouchText)
        : undefined;

      const dispositionValue = group(value.disposition);
      const dispositionStatus = oneOf(dispositionValue?.status, ['accepted', 'working', 'rejected'] as const);
      const dispositionReason = text(dispositionValue?.reason);
      const dispositionBy = byText(dispositionValue?.by, dispositionValue?.at, ctx);
      const disposition = dispositionStatus
        ? withDetail(
            {
              status: dispositionStatus,
              statusText: enumText(ctx, 'disposition', dispositionStatus),
              ...(dispositionReason && { reason: dispositionReason }),
              ...(dispositionBy && { byText: dispositionBy }),
            },
            dispositionReason,
            dispositionBy,
          )
        : undefined;

      // Newest first; only the entries a card shows before "Show more" are formatted now.
      const entries = items(value.feedback).flatMap((stored, index) => {
        const entry = group(stored);
        const verdict = oneOf(entry?.verdict, ['helpful', 'not-helpful', 'disagree'] as const);
        if (!verdict) return [];
        const when = text(entry?.at);
        const time = when ? Date.parse(when) : NaN;
        return [{ index, verdict, entry, when, time: Number.isFinite(time) ? time : 0 }];
      });
      const feedbackView = ({ index, verdict, entry, when }: (typeof entries)[number]) => {
        const by = text(entry?.by) ?? '—';
        const reason = text(entry?.reason);
        return {
          key: `feedback-${index}`,
          verdict,
          verdictText: enumText(ctx, 'verdict', verdict),
          ...(reason && { reason }),
          byText: when ? t.t('feedback.by', { name: by, date: t.formatDate(when) }) : by,
        };
      };
      const ranked = rankBy(entries, (e) => e.time);
      const feedback = lazyList(ranked, feedbackView, FEEDBACK_PREVIEW_COUNT);
      const counts = { helpful: 0, 'not-helpful': 0, disagree: 0 };
      for (const entry of ranked) counts[entry.verdict] += 1;
      const parts = [
        counts.helpful ? t.tn('feedback.helpfulCount', counts.helpful) : '',
        counts['not-helpful'] ? t.tn('feedback.notHelpfulCount', counts['not-helpful']) : '',
        counts.disagree ? t.tn('feedback.disagreeCount', counts.disagree) : '',
      ].filter(Boolean);

      const notices = problemNotices('lead-score', problems, ctx);
      const action = readAction(value.nextAction, ctx);
      const nextAction = action && actionAgainstDisposition(action, text(value.scoredAt), dispositionStatus, text(dispositionValue?.at), ctx);
      return {
        ...base,
        kind: 'lead-score',
        notices: [...base.notices, ...partialNotice(status, notices, ctx), ...staleNotice(freshness, ctx), ...notices],
        conflicts: [...leadQualityConflict(value, score, ctx), ...metricConflicts('lead-score', contradictions, value, ctx)],
        ...(score && { score: score.view }),
        ...(freshness && { freshness }),
        factors: readFactors(value.factors, score, ctx, { keyPrefix: 'factor', sentence: 'factor', polarity: scorePolarity(value.score) }),
        intentSignals,
        ...(engagement && { engagement }),
        ...(nextAction && { nextAction }),
        ...(disposition && { disposition }),
        feedback,
        ...(parts.length && { feedbackSummaryText: t.t('feedback.summary', { parts: t.formatList(parts) }) }),
      };
    },
  );
}

/**
 * The recommended action read against what sales did since the lead was scored. The action was
 * recommended at `scoredAt`; a disposition decided at or after that time (or undated, so it cannot be
 * shown to be older) overrides it: a rejection makes it obsolete, an acceptance or "working" means
 * the rep may already have done it. A disposition older than the score was known to the model, so
 * the action stays plain advice.
 */
function actionAgainstDisposition(
  action: ActionView,
  scoredAt: string | undefined,
  status: 'accepted' | 'working' | 'rejected' | undefined,
  decidedAt: string | undefined,
  ctx: ViewContext,
): LeadActionView {
  if (!status) return { ...action, applies: 'yes' };
  const scored = scoredAt ? Date.parse(scoredAt) : NaN;
  const decided = decidedAt ? Date.parse(decidedAt) : NaN;
  const decidedLater = !Number.isFinite(decided) || !Number.isFinite(scored) || decided >= scored;
  if (!decidedLater) return { ...action, applies: 'yes' };
  const dated = Number.isFinite(decided) && decidedAt;
  const { t } = ctx;
  if (status === 'rejected') {
    return {
      ...action,
      applies: 'no',
      statusText: dated ? t.t('nextAction.rejectedOn', { date: t.formatDate(decidedAt) }) : t.t('nextAction.rejected'),
    };
  }
  const key = status === 'accepted' ? 'accepted' : 'working';
  return {
    ...action,
    applies: 'check',
    statusText: dated ? t.t(`nextAction.${key}On`, { date: t.formatDate(decidedAt) }) : t.t(`nextAction.${key}`),
  };
}
