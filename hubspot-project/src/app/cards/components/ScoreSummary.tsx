/** A score with its scale, polarity, band and level in words; the meter shows goodness, whatever the polarity. */
import { Flex, Heading, ProgressBar, Tag, Text } from '@hubspot/ui-extensions';
import type { ScoreView } from '@handoff-context/core';

const levelVariant = { high: 'success', medium: 'warning', low: 'error' } as const;

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
        value={Math.round(score.goodness * 100)}
        maxValue={100}
        aria-label={`${title}: ${score.valueText} ${score.scaleText}`}
        valueDescription={score.levelText}
      />
      <Text variant="microcopy">{score.polarityText}</Text>
    </Flex>
  );
}
