/** How old an AI output is and which model made it; a stale one says so in words, not colour. */
import { Flex, Tag, Text } from '@hubspot/ui-extensions';
import type { FreshnessView } from '@handoff-context/core';

export function Freshness({ freshness }: { freshness?: FreshnessView }) {
  if (!freshness) return null;
  return (
    <Flex direction="column" gap="xs" testId="hc-freshness">
      <Text variant="microcopy">
        {freshness.ageText} · {freshness.atText} · {freshness.modelText}
      </Text>
      {freshness.isStale && freshness.staleText && (
        <Tag variant="warning" testId="hc-stale">
          {freshness.staleText}
        </Tag>
      )}
    </Flex>
  );
}
