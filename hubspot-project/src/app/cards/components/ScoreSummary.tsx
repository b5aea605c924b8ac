/**
 * A score with its scale, polarity, band and level in words; the meter is filled to where the number
 * sits on its scale (64 beside 64) and coloured by how good that is for the customer.
 */
import { Flex, Heading, ProgressBar, Tag, Text } from '@hubspot/ui-extensions';
import type { ScoreView } from '@handoff-context/core';

const levelVariant = { high: 'success', medium: 'warning', low: 'error' } as const;
const meterVariant = { high: 'success', medium: 'warning', low: 'danger' } as const;

export function ScoreSummary({ title, score, testId }: { title: string; score?: ScoreView; testId: string }) {
  if (!score) return null;
  return (
    <Flex direction="column" gap="xs" testId={testId}>
      <Flex direction="row" gap="sm" align="center">
        <Heading>{`${score.valueText} ${score.scaleText}`}</Heading>
        <Tag variant={levelVariant[score.level]}>{score.levelText}</Tag>
        {score.bandText && <Tag variant="default">{score.bandText}</Tag>}
      </Flex>
      <ProgressBar
        value={score.meterPercent}
        maxValue={100}
        variant={meterVariant[score.level]}
        aria-label={`${title}: ${score.valueText} ${score.scaleText}`}
        valueDescription={score.meterText}
      />
      <Text variant="microcopy">{score.polarityText}</Text>
    </Flex>
  );
}
