/** The customer health card: the score, its drivers, the intervention, and the CSM's own read. */
import type { CustomerHealth, SalesToCs } from '../contexts';
import type { ParseResult } from '../parse/result';
import { healthConflict, metricConflicts } from './conflicts';
import type { ViewOptions } from './context';
import { buildCard } from './frame';
import { accountSentimentOf } from './handoff';
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
import { group, oneOf, text } from './read';
import type { CustomerHealthView } from './types';

export function customerHealthView(
  result: ParseResult<CustomerHealth>,
  options: ViewOptions = {},
  related?: { handoff?: ParseResult<SalesToCs> },
): CustomerHealthView {
  return buildCard<CustomerHealthView, 'customer-health'>(
    'customer-health',
    result,
    options,
    (base) => ({ ...base, kind: 'customer-health', drivers: [] }),
    ({ status, value, problems, contradictions }, base, ctx) => {
      const score = readScore(value.score, value.band, ctx);
      const freshness = readFreshness('customer-health', value.scoredAt, value.model, ctx);
      const trend = oneOf(value.trend, ['improving', 'steady', 'declining'] as const);
      const intervention = readAction(value.intervention, ctx);
      const csm = group(value.csmSentiment);
      const csmValue = oneOf(csm?.sentiment, ['positive', 'neutral', 'negative'] as const);
      const note = text(csm?.note);
      const by = byText(csm?.by, csm?.at, ctx);
      const csmSentiment = csmValue
        ? withDetail({ sentimentText: enumText(ctx, 'sentiment', csmValue), ...(note && { note }), ...(by && { byText: by }) }, note, by)
        : undefined;
      const notices = problemNotices('customer-health', problems, ctx);
      let handoff: unknown;
      try {
        handoff = related && typeof related === 'object' ? related.handoff : undefined;
      } catch {
        handoff = undefined;
      }
      return {
        ...base,
        kind: 'customer-health',
        notices: [...base.notices, ...partialNotice(status, notices, ctx), ...staleNotice(freshness, ctx), ...notices],
        conflicts: [
          ...healthConflict(score, value.scoredAt, accountSentimentOf(handoff), ctx),
          ...metricConflicts('customer-health', contradictions, value, ctx),
        ],
        ...(score && { score: score.view }),
        ...(freshness && { freshness }),
        ...(trend && { trend, trendText: enumText(ctx, 'healthTrend', trend) }),
        drivers: readFactors(value.drivers, score, ctx, { keyPrefix: 'driver', sentence: 'driver', polarity: scorePolarity(value.score) }),
        ...(intervention && { intervention }),
        ...(csmSentiment && { csmSentiment }),
      };
    },
  );
}
