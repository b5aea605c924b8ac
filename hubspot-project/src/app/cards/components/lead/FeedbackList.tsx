/**
 * What reps said about the score: the newest few entries under the summary, every entry on request,
 * so the latest reasons (disagreements above all) are on the card without a 200-line list.
 */
import { useState } from 'react';
import { Button, Flex, List, Text } from '@hubspot/ui-extensions';
import { FEEDBACK_PREVIEW_COUNT, type LeadScoreView, type Translator } from '@handoff-context/core';

export function FeedbackList({ t, feedback }: { t: Translator; feedback: LeadScoreView['feedback'] }) {
  const [showAll, setShowAll] = useState(false);
  if (feedback.length === 0) return null;
  // The core orders the entries newest first.
  const shown = showAll ? feedback : feedback.slice(0, FEEDBACK_PREVIEW_COUNT);
  return (
    <>
      <List variant="unordered" testId="hc-feedback-entries">
        {shown.map((entry) => (
          <Flex key={entry.key} direction="column" gap="flush">
            <Text>
              <Text inline format={{ fontWeight: 'demibold' }}>
                {entry.verdictText}
              </Text>
              {entry.reason ? ` ${entry.reason}` : ''}
            </Text>
            <Text variant="microcopy">{entry.byText}</Text>
          </Flex>
        ))}
      </List>
      {/* HubSpot's Button takes no aria attributes: its label says whether the list is expanded. */}
      {feedback.length > FEEDBACK_PREVIEW_COUNT && (
        <Button testId="hc-feedback-toggle" variant="transparent" size="sm" onClick={() => setShowAll(!showAll)}>
          {t.t(showAll ? 'button.showLess' : 'button.showMore')}
        </Button>
      )}
    </>
  );
}
