/** Everything around the lead score besides its factors: intent, engagement, disposition, the latest feedback. */
import { Flex, Heading, Tag, Text } from '@hubspot/ui-extensions';
import type { LeadScoreView, Translator } from '@handoff-context/core';
import { FeedbackList } from './FeedbackList';

const strengthVariant = { high: 'success', medium: 'info', low: 'default' } as const;

export function LeadScoreDetails({ t, view }: { t: Translator; view: LeadScoreView }) {
  return (
    <>
      {view.intentSignals.length > 0 && (
        <Flex direction="column" gap="xs" testId="hc-intent">
          <Heading>{t.t('section.intentSignals')}</Heading>
          {view.intentSignals.map((signal) => (
            <Flex key={signal.key} direction="row" gap="xs" align="center" wrap="wrap">
              <Text format={{ fontWeight: 'demibold' }}>{signal.topic}</Text>
              <Tag variant={strengthVariant[signal.strength]}>{signal.strengthText}</Tag>
              {signal.detailText && <Text variant="microcopy">{signal.detailText}</Text>}
            </Flex>
          ))}
        </Flex>
      )}
      {view.engagement && (
        <Flex direction="column" gap="xs" testId="hc-engagement">
          <Heading>{t.t('section.engagement')}</Heading>
          <Text>{view.engagement.summary}</Text>
          {view.engagement.detailText && <Text variant="microcopy">{view.engagement.detailText}</Text>}
        </Flex>
      )}
      {view.disposition && (
        <Flex direction="column" gap="xs" testId="hc-disposition">
          <Heading>{t.t('section.disposition')}</Heading>
          <Text format={{ fontWeight: 'demibold' }}>{view.disposition.statusText}</Text>
          {view.disposition.detailText && <Text>{view.disposition.detailText}</Text>}
        </Flex>
      )}
      {(view.feedback.length > 0 || view.feedbackSummaryText) && (
        <Flex direction="column" gap="xs" testId="hc-feedback-list">
          <Heading>{t.t('section.feedback')}</Heading>
          {view.feedbackSummaryText && <Text>{view.feedbackSummaryText}</Text>}
          <FeedbackList t={t} feedback={view.feedback} />
        </Flex>
      )}
    </>
  );
}
