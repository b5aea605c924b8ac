/**
 * Conflicts where they happen: what disagrees, who decides, who is told and by when. An overdue
 * decision is a danger alert whose first line is an "Overdue" tag, so it reads overdue in words,
 * not by colour alone.
 */
import { Alert, Flex, Tag, Text } from '@hubspot/ui-extensions';
import type { ConflictView } from '@handoff-context/core';

export function ConflictList({ conflicts }: { conflicts: ConflictView[] }) {
  if (conflicts.length === 0) return null;
  return (
    <Flex direction="column" gap="sm" testId="hc-conflicts">
      {conflicts.map((conflict) => (
        <Alert key={conflict.key} variant={conflict.state === 'overdue' ? 'danger' : 'warning'} title={conflict.title} testId={`hc-conflict-${conflict.type}`}>
          {conflict.state === 'overdue' && (
            <Tag variant="error" testId={`hc-conflict-state-${conflict.key}`}>
              {conflict.stateText}
            </Tag>
          )}
          <Text>{conflict.summary}</Text>
          <Text>{conflict.ownerText}</Text>
          <Text>{conflict.notifyText}</Text>
          <Text format={{ fontWeight: 'demibold' }}>{conflict.deadlineText}</Text>
        </Alert>
      ))}
    </Flex>
  );
}
