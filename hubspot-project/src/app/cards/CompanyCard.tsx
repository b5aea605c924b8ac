/** Company records: customer health with drivers and conflicts, and the latest closed-won deal's handoff. */
import { Divider, Flex, hubspot, Text } from '@hubspot/ui-extensions';
import { customerHealthView, handoffView } from '@handoff-context/core';
import { ActionSummary } from './components/ActionSummary';
import { CardFrame, ViewFrame } from './components/CardFrame';
import { Empty, LoadError } from './components/CardStatus';
import { FactorList } from './components/FactorList';
import { Freshness } from './components/Freshness';
import { HandoffSummary } from './components/HandoffSummary';
import { ScoreSummary } from './components/ScoreSummary';
import { useAssociatedHandoff } from './hooks/useAssociatedHandoff';
import { useCardSettings } from './hooks/useCardSettings';
import { useContextPayload } from './hooks/useContextPayload';

hubspot.extend<'crm.record.tab'>(() => <CompanyCard />);

export function CompanyCard({ now }: { now?: Date }) {
  const { t, viewOptions } = useCardSettings();
  const payload = useContextPayload('hc_company_card');
  const associated = useAssociatedHandoff();
  return (
    <CardFrame t={t} payload={payload} objectType="company" waiting={associated.status === 'loading'}>
      {(loaded) => {
        const options = { ...viewOptions, now };
        const handoffResult = associated.status === 'ready' ? associated.result : undefined;
        const health = customerHealthView(loaded.results['customer-health']!, options, { handoff: handoffResult });
        return (
          <Flex direction="column" gap="md" testId="hc-company-card">
            <ViewFrame view={health} emptyText={t.t('health.empty')} testId="hc-health">
              <ScoreSummary title={health.title} score={health.score} testId="hc-health-score" />
              {health.trendText && <Text>{health.trendText}</Text>}
              <Freshness freshness={health.freshness} />
              <FactorList heading={t.t('section.drivers')} factors={health.drivers} testId="hc-drivers" />
              <ActionSummary heading={t.t('section.intervention')} action={health.intervention} testId="hc-intervention" />
              {health.csmSentiment && (
                <Flex direction="column" gap="flush" testId="hc-csm-sentiment">
                  <Text format={{ fontWeight: 'demibold' }}>{t.t('section.csmSentiment')}</Text>
                  <Text>{health.csmSentiment.sentimentText}</Text>
                  {health.csmSentiment.detailText && <Text>{health.csmSentiment.detailText}</Text>}
                </Flex>
              )}
            </ViewFrame>
            <Divider />
            {associated.status === 'error' && <LoadError t={t} objectType="deal" testId="hc-deals-error" />}
            {associated.status === 'none' && <Empty title={t.t('handoff.title')} text={t.t('handoff.empty')} testId="hc-handoff-empty" />}
            {associated.status === 'ready' && (
              <HandoffSummary
                t={t}
                view={handoffView(associated.result, options)}
                heading={`${t.t('handoff.title')}: ${associated.dealName}`}
                showsStates={false}
              />
            )}
          </Flex>
        );
      }}
    </CardFrame>
  );
}
