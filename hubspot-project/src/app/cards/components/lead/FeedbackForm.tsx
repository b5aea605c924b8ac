/**
 * "Helpful / not helpful / I disagree, because …" in one click. The core adds the entry to the
 * stored list (never replacing what is there); the reason typed stays until the save succeeds.
 */
import { useState } from 'react';
import { Button, ButtonRow, Flex, Text, TextArea } from '@hubspot/ui-extensions';
import { addFeedback, toHubSpotProperties, type Translator } from '@handoff-context/core';
import type { SaveTarget } from '../../hooks/useSave';
import { useSave } from '../../hooks/useSave';
import { refusalText } from '../../utils/problems';
import { SaveStatus } from '../SaveStatus';

type Verdict = 'helpful' | 'not-helpful' | 'disagree';

const chosenKey = { helpful: 'feedback.chose.helpful', 'not-helpful': 'feedback.chose.notHelpful', disagree: 'feedback.chose.disagree' } as const;

export interface FeedbackFormProps {
  t: Translator;
  target: SaveTarget;
  /** The stored feedback list, as HubSpot gave it (JSON text). */
  storedFeedback: string | null | undefined;
  userName: string;
  now?: () => Date;
}

export function FeedbackForm({ t, target, storedFeedback, userName, now = () => new Date() }: FeedbackFormProps) {
  const { state, save } = useSave(target, t);
  const [disagreeing, setDisagreeing] = useState(false);
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<string | undefined>();
  const [reasonMissing, setReasonMissing] = useState(false);
  // The verdict this rep sent from this card, once saved.
  const [chosen, setChosen] = useState<Verdict | undefined>();

  const send = async (verdict: Verdict) => {
    setRefusal(undefined);
    if (verdict === 'disagree' && reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    const entry = { verdict, ...(verdict === 'disagree' && { reason: reason.trim() }), by: userName, at: now().toISOString() };
    const added = addFeedback(storedFeedback, entry, { platform: 'hubspot' });
    if (!added.ok) {
      setRefusal(refusalText(t, 'lead-score', added.problems));
      return;
    }
    if (await save(toHubSpotProperties(added.columns))) {
      setDisagreeing(false);
      setReason('');
      setChosen(verdict);
    }
  };

  const busy = state.status === 'saving';
  return (
    <Flex direction="column" gap="sm" testId="hc-feedback-form">
      {/*
        HubSpot's Button takes no aria-pressed: the chosen one is the primary button and the sentence
        under the row says it in words. A wrapping row, not a ButtonRow, so that a narrow sidebar
        (400 px) wraps the three buttons instead of folding some into a "More" menu.
      */}
      <Flex direction="row" gap="xs" wrap="wrap" testId="hc-feedback-buttons">
        <Button testId="hc-feedback-helpful" variant={chosen === 'helpful' ? 'primary' : 'secondary'} disabled={busy} onClick={() => send('helpful')}>
          {t.t('button.helpful')}
        </Button>
        <Button
          testId="hc-feedback-not-helpful"
          variant={chosen === 'not-helpful' ? 'primary' : 'secondary'}
          disabled={busy}
          onClick={() => send('not-helpful')}
        >
          {t.t('button.notHelpful')}
        </Button>
        <Button testId="hc-feedback-disagree" variant={chosen === 'disagree' ? 'primary' : 'secondary'} disabled={busy} onClick={() => setDisagreeing(true)}>
          {t.t('button.disagree')}
        </Button>
      </Flex>
      {chosen && <Text testId="hc-feedback-chosen">{t.t(chosenKey[chosen])}</Text>}
      {disagreeing && (
        <Flex direction="column" gap="xs">
          <TextArea
            name="hc-feedback-reason"
            testId="hc-feedback-reason"
            label={t.t('feedback.reasonLabel')}
            description={t.t('feedback.reasonHelp')}
            required
            value={reason}
            error={reasonMissing}
            validationMessage={reasonMissing ? t.t('feedback.reasonRequired') : undefined}
            onChange={(value) => {
              setReason(value);
              setReasonMissing(false);
            }}
          />
          <ButtonRow>
            <Button testId="hc-feedback-send" variant="primary" disabled={busy} onClick={() => send('disagree')}>
              {t.t('button.sendFeedback')}
            </Button>
            <Button testId="hc-feedback-cancel" disabled={busy} onClick={() => setDisagreeing(false)}>
              {t.t('button.cancel')}
            </Button>
          </ButtonRow>
        </Flex>
      )}
      <SaveStatus t={t} state={state} refusal={refusal} savedText={t.t('feedback.sent')} />
    </Flex>
  );
}
