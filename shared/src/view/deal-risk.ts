/** The deal risk card: the AI's win probability beside the rep's forecast, and the risks by severity. */
import type { DealRisk } from '../contexts';
import type { ParseResult } from '../parse/result';
import { forecastConflict, forecastGap, latest, metricConflicts, repProbability } from './conflicts';
import type { ViewOptions } from './context';
import { buildCard } from './frame';
import { enumText, partialNotice, problemNotices, readFreshness, readScore, staleNotice, withDetail } from './parts';
import { group, items, oneOf, rankBy, text } from './read';
import type { DealRiskView } from './types';

const severities = ['low', 'medium', 'high', 'critical'] as const;
const categories = ['engagement', 'stakeholder', 'competition', 'budget', 'timeline', 'technical', 'legal', 'other'] as const;
const forecastCategories = ['pipeline', 'best-case', 'commit', 'closed', 'omitted'] as const;

export function dealRiskView(result: ParseResult<DealRisk>, options: ViewOptions = {}): DealRiskView {
  return buildCard<DealRiskView, 'deal-risk'>(
    'deal-risk',
    result,
    options,
    (base) => ({ ...base, kind: 'deal-risk', risks: [] }),
    ({ status, value, problems, contradictions }, base, ctx) => {
      const { t, config } = ctx;
      const score = readScore(value.winProbability, undefined, ctx);
      const freshness = readFreshness('deal-risk', value.scoredAt, value.model, ctx);

      const forecast = group(value.repForecast);
      const category = oneOf(forecast?.category, forecastCategories);
      const rep = repProbability(forecast, config);
      const updated = text(forecast?.updatedAt);
      const probabilityText = rep
        ? t.t(rep.fromCategory ? 'forecast.fromCategory' : 'forecast.probability', { percent: t.formatPercent(rep.value / 100) })
        : undefined;
      const updatedText = updated ? t.t('detail.updated', { date: t.formatDate(updated) }) : undefined;
      const repForecast = category
        ? withDetail(
            {
              categoryText: enumText(ctx, 'forecastCategory', category),
              ...(probabilityText && { probabilityText }),
              ...(updatedText && { updatedText }),
            },
            probabilityText,
            updatedText,
          )
        : undefined;

      const gap = forecastGap(score, forecast, config);
      const gapText = gap ? t.tn('forecast.gap', Math.round(gap.gap), { ai: t.formatPercent(gap.ai / 100), rep: t.formatPercent(gap.rep / 100) }) : undefined;

      const risks = rankBy(
        items(value.riskFactors).flatMap((stored, index) => {
          const risk = group(stored);
          const label = text(risk?.label);
          const severity = oneOf(risk?.severity, severities);
          if (!label || !severity) return [];
          const riskCategory = oneOf(risk?.category, categories) ?? 'other';
          const detected = text(risk?.detectedAt);
          const source = text(risk?.source);
          const mitigation = text(risk?.mitigation);
          const owner = text(risk?.owner);
          const detectedText = detected ? t.t('detail.detected', { date: t.formatDate(detected) }) : undefined;
          const sourceText = source ? t.t('detail.source', { source }) : undefined;
          const ownerText = owner ? t.t('detail.owner', { owner }) : undefined;
          const item = {
            key: `risk-${index}`,
            label,
            category: riskCategory,
            categoryText: enumText(ctx, 'riskCategory', riskCategory),
            severity,
            severityText: enumText(ctx, 'severity', severity),
            ...(detectedText && { detectedText }),
            ...(sourceText && { sourceText }),
            ...(mitigation && { mitigation }),
            ...(ownerText && { ownerText }),
          };
          return [withDetail(item, detectedText, sourceText, ownerText)];
        }),
        (r) => severities.indexOf(r.severity),
      );

      const notices = problemNotices('deal-risk', problems, ctx);
      return {
        ...base,
        kind: 'deal-risk',
        notices: [...base.notices, ...partialNotice(status, notices, ctx), ...staleNotice(freshness, ctx), ...notices],
        conflicts: [...forecastConflict(gap, ctx, latest([text(value.scoredAt), updated])), ...metricConflicts('deal-risk', contradictions, value, ctx)],
        ...(score && { winProbability: score.view }),
        ...(freshness && { freshness }),
        ...(repForecast && { repForecast }),
        ...(gapText && { gapText }),
        risks,
      };
    },
  );
}
