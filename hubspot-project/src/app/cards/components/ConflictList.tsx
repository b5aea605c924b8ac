/** Conflicts where they happen: what disagrees, who decides, who is told and by when. */
import { Alert, Flex, Text } from '@hubspot/ui-extensions';
import type { ConflictView } from '@handoff-context/core';

export function ConflictList({ conflicts }: { conflicts: ConflictView[] }) {
  if (conflicts.length === 0) return null;
  return (
    <Flex direction="column" gap="sm" testId="hc-conflicts">
      {conflicts.map((conflict) => (
        <Alert key={conflict.key} variant="warning" title={conflict.title} testId={`hc-conflict-${conflict.type}`}>
          <Text>{conflict.summary}</Text>
          <Text>{conflict.ownerText}</Text>
          <Text>{conflict.notifyText}</Text>
          <Text format={{ fontWeight: 'demibold' }}>{conflict.deadlineText}</Text>
        </Alert>
      ))}
    </Flex>
  );
}
