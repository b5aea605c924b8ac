/** Deal records: deal risk, and the sales-to-CS handoff with its editor (AE) and review (CS). */
import { useState } from 'react';
import { Button, Divider, Flex, hubspot } from '@hubspot/ui-extensions';
import {
  dealRiskView,
  handoffView,
  handoffWorkflow,
  type CustomerHealth,
  type Draft,
  type HandoffView,
  type ParseResult,
  type SalesToCs,
} from '@handoff-context/core';
import { CardFrame } from './components/CardFrame';
import { DealRiskSection } from './components/deal/DealRiskSection';
import { HandoffEditor } from './components/deal/HandoffEditor';
import { ReviewForm } from './components/deal/ReviewForm';
import { HandoffSummary } from './components/HandoffSummary';
import { useAssociatedHealth } from './hooks/useAssociatedHealth';
import { useCardSettings } from './hooks/useCardSettings';
import { useContextPayload } from './hooks/useContextPayload';
import type { SaveTarget } from './hooks/useSave';
import { hubspotPropertyOf } from './utils/properties';

hubspot.extend<'crm.record.tab'>(() => <DealCard />);

/** What the editor starts from: the stored handoff, as far as it could be read. */
function draftOf(result: ParseResult<SalesToCs>): Draft {
  return result.status === 'valid' || result.status === 'partial' ? ({ ...result.value } as Draft) : {};
}

function HandoffPart({
  view,
  result,
  target,
  status,
  health,
  now,
}: {
  view: HandoffView;
  result: ParseResult<SalesToCs>;
  target: SaveTarget;
  status: string | null | undefined;
  health?: ParseResult<CustomerHealth>;
  now?: Date;
}) {
  const { t, viewOptions, userName } = useCardSettings();
  const [editing, setEditing] = useState(false);
  const clock = now ? () => now : undefined;
  // HubSpot cannot tell the AE from the CS manager: the deal card offers each team what the core's
  // rules allow it at this status (the AE edits a draft or a returned handoff, CS reviews a
  // submitted one). An unreadable stored handoff allows neither: an editor would start empty.
  const sales = handoffWorkflow('sales', result);
  const customerSuccess = handoffWorkflow('customer-success', result);

  if (editing)
    return (
      <HandoffEditor
        t={t}
        viewOptions={{ ...viewOptions, now }}
        target={target}
        initial={draftOf(result)}
        currentStatus={status}
        health={health}
        userName={userName}
        now={clock}
        onDone={() => setEditing(false)}
      />
    );
  return (
    <Flex direction="column" gap="sm">
      <HandoffSummary t={t} view={view} />
      {sales.canEdit && (
        <Button testId="hc-edit-handoff" variant="primary" onClick={() => setEditing(true)}>
          {t.t('button.editHandoff')}
        </Button>
      )}
      {(customerSuccess.canAccept || customerSuccess.canReturn) && (
        <ReviewForm t={t} target={target} currentStatus={status} permissions={customerSuccess} userName={userName} now={clock} />
      )}
    </Flex>
  );
}

export function DealCard({ now }: { now?: Date }) {
  const { t, viewOptions, objectId } = useCardSettings();
  const payload = useContextPayload('hc_deal_card');
  const health = useAssociatedHealth();
  return (
    <CardFrame t={t} payload={payload} objectType="deal">
      {(loaded) => {
        const options = { ...viewOptions, now };
        const handoffResult = loaded.results['sales-to-cs']!;
        const target: SaveTarget = { objectType: 'deals', objectId, seen: loaded.properties, refetch: loaded.refetch };
        return (
          <Flex direction="column" gap="md" testId="hc-deal-card">
            <DealRiskSection t={t} view={dealRiskView(loaded.results['deal-risk']!, options)} />
            <Divider />
            <HandoffPart
              view={handoffView(handoffResult, options, { health })}
              result={handoffResult}
              target={target}
              status={loaded.properties[hubspotPropertyOf('sales-to-cs', 'review.status')]}
              health={health}
              now={now}
            />
          </Flex>
        );
      }}
    </CardFrame>
  );
}
