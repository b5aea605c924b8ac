/** Company records: customer health with drivers and conflicts, and the latest closed-won deal's handoff. */
import { Divider, Flex, Heading, hubspot, Text } from '@hubspot/ui-extensions';
import { customerHealthView, handoffView } from '@handoff-context/core';
import { ActionSummary } from './components/ActionSummary';
import { Empty, LoadError, Loading, Unreadable } from './components/CardStatus';
import { ConflictList } from './components/ConflictList';
import { FactorList } from './components/FactorList';
import { Freshness } from './components/Freshness';
import { HandoffSummary } from './components/HandoffSummary';
import { Notices } from './components/Notices';
import { ScoreSummary } from './components/ScoreSummary';
import { useAssociatedHandoff } from './hooks/useAssociatedHandoff';
import { useCardSettings } from './hooks/useCardSettings';
import { useContextPayload } from './hooks/useContextPayload';

hubspot.extend<'crm.record.tab'>(() => <CompanyCard />);

export function CompanyCard({ now }: { now?: Date }) {
  const { t, viewOptions } = useCardSettings();
  const payload = useContextPayload('hc_company_card');
  const associated = useAssociatedHandoff();
  if (payload.status === 'loading' || associated.status === 'loading') return <Loading t={t} />;
  if (payload.status === 'error') return <LoadError t={t} objectType="company" onRetry={() => void payload.refetch()} />;

  const options = { ...viewOptions, now };
  const handoffResult = associated.status === 'ready' ? associated.result : undefined;
  const health = customerHealthView(payload.results['customer-health']!, options, { handoff: handoffResult });

  return (
    <Flex direction="column" gap="md" testId="hc-company-card">
      {health.state === 'empty' && <Empty title={health.title} text={health.stateText || t.t('health.empty')} testId="hc-health-empty" />}
      {health.state === 'invalid' && <Unreadable title={health.title} text={health.stateText ?? ''} testId="hc-health-invalid" />}
      {health.state === 'ready' && (
        <Flex direction="column" gap="sm" testId="hc-health">
          <Heading>{health.title}</Heading>
          <ConflictList conflicts={health.conflicts} />
          <Notices notices={health.notices} />
          <ScoreSummary title={health.title} score={health.score} testId="hc-health-score" />
          {health.trendText && <Text>{health.trendText}</Text>}
          <Freshness freshness={health.freshness} />
          <FactorList heading={t.t('section.drivers')} factors={health.drivers} testId="hc-drivers" />
          <ActionSummary heading={t.t('section.intervention')} action={health.intervention} testId="hc-intervention" />
          {health.csmSentiment && (
            <Flex direction="column" gap="flush" testId="hc-csm-sentiment">
              <Text format={{ fontWeight: 'demibold' }}>{t.t('section.csmSentiment')}</Text>
              <Text>{[health.csmSentiment.sentimentText, health.csmSentiment.note, health.csmSentiment.byText].filter(Boolean).join(' · ')}</Text>
            </Flex>
          )}
        </Flex>
      )}
      <Divider />
      {associated.status === 'error' && <LoadError t={t} objectType="deal" testId="hc-deals-error" />}
      {associated.status === 'none' && <Empty title={t.t('handoff.title')} text={t.t('handoff.empty')} testId="hc-handoff-empty" />}
      {associated.status === 'ready' && (
        <HandoffSummary t={t} view={handoffView(associated.result, options)} heading={`${t.t('handoff.title')}: ${associated.dealName}`} />
      )}
    </Flex>
  );
}
