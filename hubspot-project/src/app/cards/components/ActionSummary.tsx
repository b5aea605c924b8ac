/** A recommended action (next action for a lead, intervention for an account) with why, who and when. */
import { Flex, Heading, Text } from '@hubspot/ui-extensions';
import type { ActionView } from '@handoff-context/core';

export function ActionSummary({ heading, action, testId }: { heading: string; action?: ActionView; testId: string }) {
  if (!action) return null;
  return (
    <Flex direction="column" gap="xs" testId={testId}>
      <Heading>{heading}</Heading>
      <Text format={{ fontWeight: 'demibold' }}>{action.action}</Text>
      {action.rationale && <Text>{action.rationale}</Text>}
      {action.detailText && <Text variant="microcopy">{action.detailText}</Text>}
    </Flex>
  );
}
