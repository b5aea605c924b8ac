/** AI win probability against the rep's forecast, and the risk factors, most severe first. */
import { Flex, Tag, Text } from '@hubspot/ui-extensions';
import type { DealRiskView, Translator } from '@handoff-context/core';
import { ViewFrame } from '../CardFrame';
import { Freshness } from '../Freshness';
import { ScoreSummary } from '../ScoreSummary';

const severityVariant = { critical: 'error', high: 'error', medium: 'warning', low: 'default' } as const;

export function DealRiskSection({ t, view }: { t: Translator; view: DealRiskView }) {
  return (
    <ViewFrame view={view} emptyText={t.t('dealRisk.empty')} testId="hc-deal-risk">
      <Text format={{ fontWeight: 'demibold' }}>{t.t('section.winProbability')}</Text>
      <ScoreSummary title={t.t('section.winProbability')} score={view.winProbability} testId="hc-win-probability" />
      <Freshness freshness={view.freshness} />
      {view.repForecast && (
        <Flex direction="column" gap="flush" testId="hc-rep-forecast">
          <Text format={{ fontWeight: 'demibold' }}>{t.t('section.repForecast')}</Text>
          <Text>{view.repForecast.categoryText}</Text>
          {view.repForecast.detailText && <Text variant="microcopy">{view.repForecast.detailText}</Text>}
        </Flex>
      )}
      {view.gapText && <Text testId="hc-forecast-gap">{view.gapText}</Text>}
      {view.risks.length > 0 && (
        <Flex direction="column" gap="xs" testId="hc-risks">
          <Text format={{ fontWeight: 'demibold' }}>{t.t('section.riskFactors')}</Text>
          {view.risks.map((risk) => (
            <Flex key={risk.key} direction="column" gap="flush">
              <Flex direction="row" gap="xs" align="center" wrap="wrap">
                <Tag variant={severityVariant[risk.severity]}>{risk.severityText}</Tag>
                <Text format={{ fontWeight: 'demibold' }}>{risk.label}</Text>
                <Text variant="microcopy">{risk.categoryText}</Text>
              </Flex>
              {risk.mitigation && <Text>{risk.mitigation}</Text>}
              {risk.detailText && <Text variant="microcopy">{risk.detailText}</Text>}
            </Flex>
          ))}
        </Flex>
      )}
    </ViewFrame>
  );
}
