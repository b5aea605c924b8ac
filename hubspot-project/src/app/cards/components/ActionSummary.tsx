/** A recommended action (next action for a lead, intervention for an account) with why, who and when. */
import { Flex, Heading, Text } from '@hubspot/ui-extensions';
import type { ActionView, LeadActionView } from '@handoff-context/core';

/**
 * A lead's next action the core found obsolete (`applies: 'no'`) is struck through under the
 * sentence saying why, so it never reads as advice; one to check (`applies: 'check'`) keeps its
 * weight under the note.
 */
export function ActionSummary({ heading, action, testId }: { heading: string; action?: ActionView | LeadActionView; testId: string }) {
  if (!action) return null;
  const applies = 'applies' in action ? action.applies : 'yes';
  const statusText = 'statusText' in action ? action.statusText : undefined;
  const obsolete = applies === 'no';
  return (
    <Flex direction="column" gap="xs" testId={testId}>
      <Heading>{heading}</Heading>
      {statusText && (
        <Text testId={`${testId}-status`} format={{ fontWeight: 'demibold' }}>
          {statusText}
        </Text>
      )}
      <Text testId={`${testId}-action`} format={obsolete ? { lineDecoration: 'strikethrough' } : { fontWeight: 'demibold' }}>
        {action.action}
      </Text>
      {action.rationale && <Text format={obsolete ? { lineDecoration: 'strikethrough' } : undefined}>{action.rationale}</Text>}
      {action.detailText && <Text variant="microcopy">{action.detailText}</Text>}
    </Flex>
  );
}
