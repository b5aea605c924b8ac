/** Contact records: the lead score and why, from the core's lead score view model. */
import { Divider, Flex, Heading, hubspot } from '@hubspot/ui-extensions';
import { leadScoreView } from '@handoff-context/core';
import { ActionSummary } from './components/ActionSummary';
import { Empty, LoadError, Loading, Unreadable } from './components/CardStatus';
import { ConflictList } from './components/ConflictList';
import { FactorList } from './components/FactorList';
import { Freshness } from './components/Freshness';
import { FeedbackForm } from './components/lead/FeedbackForm';
import { LeadScoreDetails } from './components/lead/LeadScoreDetails';
import { Notices } from './components/Notices';
import { ScoreSummary } from './components/ScoreSummary';
import { useCardSettings } from './hooks/useCardSettings';
import { useContextPayload } from './hooks/useContextPayload';
import { hubspotPropertyOf } from './utils/properties';

hubspot.extend<'crm.record.sidebar'>(() => <LeadScoreCard />);

export function LeadScoreCard({ now }: { now?: Date }) {
  const { t, viewOptions, userName, objectId } = useCardSettings();
  const payload = useContextPayload('hc_lead_score_card');
  if (payload.status === 'loading') return <Loading t={t} />;
  if (payload.status === 'error') return <LoadError t={t} objectType="contact" onRetry={() => void payload.refetch()} />;

  const view = leadScoreView(payload.results['lead-score']!, { ...viewOptions, now });
  if (view.state === 'empty') return <Empty title={view.title} text={view.stateText ?? ''} />;
  if (view.state === 'invalid') return <Unreadable title={view.title} text={view.stateText ?? ''} />;
  const target = { objectType: 'contacts' as const, objectId, seen: payload.properties, refetch: payload.refetch };

  return (
    <Flex direction="column" gap="md" testId="hc-lead-score-card">
      <Heading>{view.title}</Heading>
      <ConflictList conflicts={view.conflicts} />
      <Notices notices={view.notices} />
      <ScoreSummary title={view.title} score={view.score} testId="hc-lead-score" />
      <Freshness freshness={view.freshness} />
      <FactorList heading={t.t('section.whyScore')} factors={view.factors} testId="hc-factors" />
      <ActionSummary heading={t.t('section.nextAction')} action={view.nextAction} testId="hc-next-action" />
      <LeadScoreDetails t={t} view={view} />
      <Divider />
      <FeedbackForm
        t={t}
        target={target}
        storedFeedback={payload.properties[hubspotPropertyOf('lead-score', 'feedback')]}
        userName={userName}
        now={now ? () => now : undefined}
      />
    </Flex>
  );
}
