/**
 * CS accepts a submitted handoff, or returns it with a reason code (and a note sales can act on).
 * Each button is there only when the core's workflow rules allow CS that action.
 */
import { useState } from 'react';
import { Button, ButtonRow, Flex, Select, TextArea } from '@hubspot/ui-extensions';
import { acceptHandoff, returnHandoff, toHubSpotProperties, type HandoffPermissions, type Translator } from '@handoff-context/core';
import { useSave, type SaveTarget } from '../../hooks/useSave';
import { choicesOf } from '../../utils/choices';
import { refusalText } from '../../utils/problems';
import { SaveStatus } from '../SaveStatus';

export interface ReviewFormProps {
  t: Translator;
  target: SaveTarget;
  currentStatus: string | null | undefined;
  /** What the workflow rules allow CS at this status. */
  permissions: Pick<HandoffPermissions, 'canAccept' | 'canReturn'>;
  userName: string;
  now?: () => Date;
}

export function ReviewForm({ t, target, currentStatus, permissions, userName, now = () => new Date() }: ReviewFormProps) {
  const { state, save } = useSave(target, t);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [refusal, setRefusal] = useState<string | undefined>();

  const write = async (result: ReturnType<typeof acceptHandoff>) => {
    if (!result.ok) return setRefusal(refusalText(t, 'sales-to-cs', result.problems));
    setRefusal(undefined);
    await save(toHubSpotProperties(result.columns));
  };
  const accept = () => write(acceptHandoff({ by: userName, now: now(), currentStatus: currentStatus ?? undefined }));
  const sendBack = () =>
    write(
      returnHandoff({
        by: userName,
        now: now(),
        reason: reason || undefined,
        note: note.trim() || undefined,
        currentStatus: currentStatus ?? undefined,
      }),
    );
  const busy = state.status === 'saving';

  return (
    <Flex direction="column" gap="sm" testId="hc-review-form">
      <ButtonRow>
        {permissions.canAccept && (
          <Button testId="hc-accept-handoff" variant="primary" disabled={busy} onClick={() => void accept()}>
            {t.t('button.acceptHandoff')}
          </Button>
        )}
        {permissions.canReturn && (
          <Button testId="hc-return-handoff" disabled={busy} onClick={() => setReturning(true)}>
            {t.t('button.returnToSales')}
          </Button>
        )}
      </ButtonRow>
      {returning && permissions.canReturn && (
        <Flex direction="column" gap="xs">
          <Select
            name="hc-return-reason"
            testId="hc-return-reason"
            label={t.t('review.returnReasonLabel')}
            required
            value={reason}
            options={choicesOf(t, 'sales-to-cs', 'review.returnReason', 'returnReason')}
            onChange={(value) => setReason(String(value ?? ''))}
          />
          <TextArea
            name="hc-return-note"
            testId="hc-return-note"
            label={t.t('review.returnNoteLabel')}
            description={t.t('review.returnNoteHelp')}
            value={note}
            onChange={(value) => setNote(value)}
          />
          <ButtonRow>
            <Button testId="hc-send-return" variant="primary" disabled={busy} onClick={() => void sendBack()}>
              {t.t('button.returnToSales')}
            </Button>
            <Button disabled={busy} onClick={() => setReturning(false)}>
              {t.t('button.cancel')}
            </Button>
          </ButtonRow>
        </Flex>
      )}
      <SaveStatus t={t} state={state} refusal={refusal} />
    </Flex>
  );
}
