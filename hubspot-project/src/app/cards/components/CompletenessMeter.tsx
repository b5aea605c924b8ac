/** The handoff completeness meter, with what is filled and what is missing in words. */
import { Flex, ProgressBar, Text } from '@hubspot/ui-extensions';
import type { CompletenessView, Translator } from '@handoff-context/core';

export function CompletenessMeter({ t, completeness }: { t: Translator; completeness: CompletenessView }) {
  return (
    <Flex direction="column" gap="xs" testId="hc-completeness">
      <ProgressBar
        title={t.t('section.completeness')}
        value={completeness.percent}
        maxValue={100}
        showPercentage
        valueDescription={completeness.summaryText}
        aria-label={t.t('completeness.meterLabel', { percent: completeness.percentText })}
        variant={completeness.complete ? 'success' : 'warning'}
      />
      <Text>{completeness.complete ? t.t('completeness.complete') : completeness.missingText}</Text>
      {/* All filled in is not ready: how many criteria the customer confirmed, beside the percent. */}
      {completeness.confirmedText && (
        <Text testId="hc-completeness-confirmed" format={completeness.criteriaConfirmed === 0 ? { fontWeight: 'demibold' } : undefined}>
          {completeness.confirmedText}
        </Text>
      )}
    </Flex>
  );
}
