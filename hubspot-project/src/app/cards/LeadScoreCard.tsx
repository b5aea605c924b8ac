/** Contact records: the lead score and why, from the core's lead score view model. */
import { Divider, hubspot } from '@hubspot/ui-extensions';
import { leadScoreView } from '@handoff-context/core';
import { ActionSummary } from './components/ActionSummary';
import { CardFrame, ViewFrame } from './components/CardFrame';
import { FactorList } from './components/FactorList';
import { Freshness } from './components/Freshness';
import { FeedbackForm } from './components/lead/FeedbackForm';
import { LeadScoreDetails } from './components/lead/LeadScoreDetails';
import { ScoreSummary } from './components/ScoreSummary';
import { useCardSettings } from './hooks/useCardSettings';
import { useContextPayload } from './hooks/useContextPayload';
import { hubspotPropertyOf } from './utils/properties';

hubspot.extend<'crm.record.sidebar'>(() => <LeadScoreCard />);

export function LeadScoreCard({ now }: { now?: Date }) {
  const { t, viewOptions, userName, objectId } = useCardSettings();
  const payload = useContextPayload('hc_lead_score_card');
  return (
    <CardFrame t={t} payload={payload} objectType="contact">
      {(loaded) => {
        const view = leadScoreView(loaded.results['lead-score']!, { ...viewOptions, now });
        const target = { objectType: 'contacts' as const, objectId, seen: loaded.properties, refetch: loaded.refetch };
        return (
          <ViewFrame view={view} testId="hc-lead-score-card" stateTestId="hc" gap="md">
            <ScoreSummary title={view.title} score={view.score} testId="hc-lead-score" />
            {/* What to do next sits right under the score: the two things a rep reads before calling. */}
            <ActionSummary heading={t.t('section.nextAction')} action={view.nextAction} testId="hc-next-action" />
            <Freshness freshness={view.freshness} />
            <FactorList heading={t.t('section.whyScore')} factors={view.factors} testId="hc-factors" />
            <LeadScoreDetails t={t} view={view} />
            <Divider />
            <FeedbackForm
              t={t}
              target={target}
              storedFeedback={loaded.properties[hubspotPropertyOf('lead-score', 'feedback')]}
              userName={userName}
              now={now ? () => now : undefined}
            />
          </ViewFrame>
        );
      }}
    </CardFrame>
  );
}
