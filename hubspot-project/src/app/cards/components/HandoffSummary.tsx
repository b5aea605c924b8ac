/** The sales-to-CS handoff as CS reads it at onboarding (deal and company cards), or its empty or unreadable state. */
import { Flex, Heading, Link, Tag, Text } from '@hubspot/ui-extensions';
import type { HandoffView, Translator } from '@handoff-context/core';
import { CompletenessMeter } from './CompletenessMeter';
import { ViewFrame } from './CardFrame';

const statusVariant = { none: 'default', draft: 'default', submitted: 'info', accepted: 'success', returned: 'warning' } as const;

function Section({ heading, children, testId }: { heading: string; children: React.ReactNode; testId: string }) {
  return (
    <Flex direction="column" gap="xs" testId={testId}>
      <Text format={{ fontWeight: 'demibold' }}>{heading}</Text>
      {children}
    </Flex>
  );
}

/** `showsStates` false: an empty or unreadable handoff still shows as a summary (the company card, under the deal's name). */
export function HandoffSummary({ t, view, heading, showsStates = true }: { t: Translator; view: HandoffView; heading?: string; showsStates?: boolean }) {
  return (
    <ViewFrame
      view={view}
      emptyText={t.t('handoff.empty')}
      testId="hc-handoff"
      showsStates={showsStates}
      heading={
        <Flex direction="row" gap="sm" align="center">
          <Heading>{heading ?? view.title}</Heading>
          <Tag variant={statusVariant[view.status]} testId="hc-handoff-status">
            {view.statusText}
          </Tag>
        </Flex>
      }
    >
      <CompletenessMeter t={t} completeness={view.completeness} />
      {view.review && (view.review.reviewedText || view.review.returnReasonText || view.review.returnNote) && (
        <Section heading={t.t('section.review')} testId="hc-review">
          {[view.review.reviewedText, view.review.returnReasonText, view.review.returnNote].filter(Boolean).map((line) => (
            <Text key={line}>{line}</Text>
          ))}
        </Section>
      )}
      {view.desiredOutcome && (
        <Section heading={t.t('section.desiredOutcome')} testId="hc-desired-outcome">
          {view.desiredOutcome.requiredOutcome && <Text>{view.desiredOutcome.requiredOutcome}</Text>}
          {view.desiredOutcome.approach && <Text>{view.desiredOutcome.approach}</Text>}
          {view.desiredOutcome.useCases.length > 0 && <Text>{t.formatList(view.desiredOutcome.useCases)}</Text>}
        </Section>
      )}
      {view.successCriteria.length > 0 && (
        <Section heading={t.t('section.successCriteria')} testId="hc-success-criteria">
          {view.successCriteria.map((c) => (
            <Flex key={c.key} direction="row" gap="xs" align="center" wrap="wrap">
              <Tag variant={c.confirmed ? 'success' : 'warning'}>{c.confirmedText}</Tag>
              <Text>{`${c.metric}: ${c.target}`}</Text>
              {c.detailText && <Text variant="microcopy">{c.detailText}</Text>}
            </Flex>
          ))}
        </Section>
      )}
      {view.commitments.length > 0 && (
        <Section heading={t.t('section.commitments')} testId="hc-commitments">
          {view.commitments.map((c) => (
            <Flex key={c.key} direction="row" gap="xs" align="center" wrap="wrap">
              <Tag variant="default">{c.typeText}</Tag>
              {c.dueStateText && (
                <Tag variant={c.dueState === 'overdue' ? 'error' : 'warning'} testId={`hc-commitment-due-${c.key}`}>
                  {c.dueStateText}
                </Tag>
              )}
              <Text>{c.item}</Text>
              {c.detailText && <Text variant="microcopy">{c.detailText}</Text>}
              {c.evidenceUrl && <Link href={c.evidenceUrl}>{t.t('field.handoff.commitments.evidenceUrl')}</Link>}
            </Flex>
          ))}
        </Section>
      )}
      {view.commercial && (
        <Section heading={t.t('section.commercialTerms')} testId="hc-commercial">
          {view.commercial.detailText && <Text>{view.commercial.detailText}</Text>}
          {view.commercial.nonStandardTerms && <Text>{view.commercial.nonStandardTerms}</Text>}
        </Section>
      )}
      {view.accountSentimentText && (
        <Section heading={t.t('section.accountSentiment')} testId="hc-account-sentiment">
          <Text>{view.accountSentimentText}</Text>
        </Section>
      )}
      {view.stakeholders.length > 0 && (
        <Section heading={t.t('section.stakeholders')} testId="hc-stakeholders">
          {view.stakeholders.map((s) => (
            <Flex key={s.key} direction="row" gap="xs" align="center" wrap="wrap">
              <Text format={{ fontWeight: 'demibold' }}>{s.name}</Text>
              {s.detailText && <Text>{s.detailText}</Text>}
            </Flex>
          ))}
        </Section>
      )}
      {view.objections.length > 0 && (
        <Section heading={t.t('section.objections')} testId="hc-objections">
          {view.objections.map((o) => (
            <Text key={o.key}>{`${o.objection} → ${o.resolution}`}</Text>
          ))}
        </Section>
      )}
      {view.competitorsText && (
        <Section heading={t.t('section.competitors')} testId="hc-competitors">
          <Text>{view.competitorsText}</Text>
        </Section>
      )}
      {view.whyWon && (
        <Section heading={t.t('section.whyWon')} testId="hc-why-won">
          <Text>{view.whyWon}</Text>
        </Section>
      )}
      {view.risks.length > 0 && (
        <Section heading={t.t('section.knownRisks')} testId="hc-known-risks">
          {view.risks.map((r) => (
            <Flex key={r.key} direction="column" gap="flush">
              <Flex direction="row" gap="xs" align="center" wrap="wrap">
                <Text format={{ fontWeight: 'demibold' }}>{r.risk}</Text>
                {r.detailText && <Text variant="microcopy">{r.detailText}</Text>}
              </Flex>
              {r.mitigation && <Text>{r.mitigation}</Text>}
            </Flex>
          ))}
        </Section>
      )}
      {view.technical && (
        <Section heading={t.t('section.technicalNeeds')} testId="hc-technical">
          {view.technical.detailText && <Text>{view.technical.detailText}</Text>}
        </Section>
      )}
      {view.timeline.length > 0 && (
        <Section heading={t.t('section.timeline')} testId="hc-timeline">
          {view.timeline.map((item) => (
            <Text key={item.key}>{`${item.label}: ${item.dateText}`}</Text>
          ))}
        </Section>
      )}
    </ViewFrame>
  );
}
