/** Factors (lead score) or drivers (health): whether each helps or hurts, in words with its sign, then weight, evidence, source. */
import { Flex, Heading, Tag, Text } from '@hubspot/ui-extensions';
import type { FactorView } from '@handoff-context/core';

export function FactorList({ heading, factors, testId }: { heading: string; factors: FactorView[]; testId: string }) {
  if (factors.length === 0) return null;
  return (
    <Flex direction="column" gap="sm" testId={testId}>
      <Heading>{heading}</Heading>
      {factors.map((factor) => (
        <Flex key={factor.key} direction="column" gap="flush">
          <Flex direction="row" gap="xs" align="center" wrap="wrap">
            {/* The core's effect applies the score's polarity: raising a higher-is-worse score hurts. */}
            <Tag variant={factor.effect === 'helps' ? 'success' : 'error'}>{`${factor.symbol} ${factor.effectText}`}</Tag>
            <Text format={{ fontWeight: 'demibold' }}>{factor.label}</Text>
            <Text>{factor.weightText}</Text>
          </Flex>
          <Text>{factor.sentence}</Text>
          {factor.evidence && <Text variant="microcopy">{factor.evidence}</Text>}
          {factor.detailText && <Text variant="microcopy">{factor.detailText}</Text>}
        </Flex>
      ))}
    </Flex>
  );
}
