/**
 * The AE's handoff form: the must-have fields (with the live completeness meter) and the few
 * others CS asks for most. "Save draft" stores it incomplete; "Submit" needs every must-have field.
 * The core validates both; a refusal or a failed save leaves everything typed in place.
 */
import { useMemo, useState } from 'react';
import { Button, ButtonRow, DateInput, Flex, Input, NumberInput, Select, Text, TextArea, Toggle } from '@hubspot/ui-extensions';
import {
  contexts,
  handoffView,
  parsePayload,
  prepareHubSpotWrite,
  submitHandoff,
  toHubSpotProperties,
  type MessageKey,
  type Translator,
  type ViewOptions,
} from '@handoff-context/core';
import { useSave, type SaveTarget } from '../../hooks/useSave';
import { append, type Draft, type DraftPath, fromIsoDate, getIn, linesOf, numberOf, removeAt, setIn, textOf, textOfLines, toIsoDate } from '../../utils/draft';
import { choicesOf } from '../../utils/choices';
import { refusalText } from '../../utils/problems';
import { CompletenessMeter } from '../CompletenessMeter';
import { SaveStatus } from '../SaveStatus';

export interface HandoffEditorProps {
  t: Translator;
  viewOptions: ViewOptions;
  target: SaveTarget;
  initial: Draft;
  userName: string;
  now?: () => Date;
  onDone: () => void;
}

/** A new draft starts at the current schema version. */
const schemaVersion = contexts['sales-to-cs'].version;

export function HandoffEditor({ t, viewOptions, target, initial, userName, now = () => new Date(), onDone }: HandoffEditorProps) {
  const [draft, setDraft] = useState<Draft>(initial);
  const [refusal, setRefusal] = useState<string | undefined>();
  const { state, save } = useSave(target, t);
  const completeness = useMemo(() => handoffView(parsePayload('sales-to-cs', draft), viewOptions).completeness, [draft, viewOptions]);

  const label = (path: string) => t.t(`field.handoff.${path}` as MessageKey);
  const help = (path: string) => t.t(`help.handoff.${path}` as MessageKey);
  const set = (path: DraftPath, value: unknown) => {
    setRefusal(undefined);
    setDraft((current) => setIn(current, path, value));
  };
  const name = (path: DraftPath) => `hc-${path.join('-')}`;

  const text = (path: DraftPath, field: string, long = false) => {
    const Component = long ? TextArea : Input;
    return (
      <Component
        name={name(path)}
        testId={name(path)}
        label={label(field)}
        description={help(field)}
        value={textOf(getIn(draft, path))}
        onChange={(value: string) => set(path, value)}
      />
    );
  };
  const lines = (path: DraftPath, field: string) => (
    <TextArea
      name={name(path)}
      testId={name(path)}
      label={label(field)}
      description={help(field)}
      value={textOfLines(getIn(draft, path))}
      onChange={(value: string) => set(path, linesOf(value))}
    />
  );
  const date = (path: DraftPath, field: string) => (
    <DateInput
      name={name(path)}
      testId={name(path)}
      label={label(field)}
      format="long"
      value={fromIsoDate(getIn(draft, path))}
      onChange={(value) => set(path, toIsoDate(value))}
    />
  );
  const number = (path: DraftPath, field: string) => (
    <NumberInput
      name={name(path)}
      testId={name(path)}
      label={label(field)}
      description={help(field)}
      value={numberOf(getIn(draft, path))}
      onChange={(value) => set(path, Number.isFinite(value) ? value : undefined)}
    />
  );
  const choice = (path: DraftPath, field: string, schemaPath: string, group: string) => (
    <Select
      name={name(path)}
      testId={name(path)}
      label={label(field)}
      value={textOf(getIn(draft, path))}
      options={choicesOf(t, 'sales-to-cs', schemaPath, group)}
      onChange={(value) => set(path, value)}
    />
  );
  const rows = (path: DraftPath) => {
    const list = getIn(draft, path);
    return Array.isArray(list) ? list : [];
  };

  const saveDraft = async () => {
    const prepared = prepareHubSpotWrite('sales-to-cs', { schemaVersion, ...draft }, { allowIncomplete: true });
    if (!prepared.ok) return setRefusal(refusalText(t, 'sales-to-cs', prepared.problems));
    await save(prepared.properties);
  };
  const submit = async () => {
    const submitted = submitHandoff({ schemaVersion, ...draft }, { by: userName, now: now(), platform: 'hubspot' });
    if (!submitted.ok) return setRefusal(refusalText(t, 'sales-to-cs', submitted.problems));
    if (await save(toHubSpotProperties(submitted.columns))) onDone();
  };
  const busy = state.status === 'saving';

  return (
    <Flex direction="column" gap="sm" testId="hc-handoff-editor">
      <CompletenessMeter t={t} completeness={completeness} />
      <Text format={{ fontWeight: 'demibold' }}>{label('desiredOutcome')}</Text>
      {text(['desiredOutcome', 'requiredOutcome'], 'desiredOutcome.requiredOutcome', true)}
      {text(['desiredOutcome', 'approach'], 'desiredOutcome.approach', true)}
      {lines(['desiredOutcome', 'useCases'], 'desiredOutcome.useCases')}

      <Text format={{ fontWeight: 'demibold' }}>{label('successCriteria')}</Text>
      {rows(['successCriteria']).map((_, i) => (
        <Flex key={`criterion-${i}`} direction="column" gap="xs">
          {text(['successCriteria', i, 'metric'], 'successCriteria.metric')}
          {text(['successCriteria', i, 'baseline'], 'successCriteria.baseline')}
          {text(['successCriteria', i, 'target'], 'successCriteria.target')}
          {date(['successCriteria', i, 'targetDate'], 'successCriteria.targetDate')}
          <Toggle
            name={name(['successCriteria', i, 'customerConfirmed'])}
            testId={name(['successCriteria', i, 'customerConfirmed'])}
            label={label('successCriteria.customerConfirmed')}
            checked={getIn(draft, ['successCriteria', i, 'customerConfirmed']) === true}
            onChange={(checked) => set(['successCriteria', i, 'customerConfirmed'], checked)}
          />
          <Button onClick={() => setDraft((d) => removeAt(d, ['successCriteria'], i))}>{t.t('button.remove')}</Button>
        </Flex>
      ))}
      <Button testId="hc-add-criterion" onClick={() => setDraft((d) => append(d, ['successCriteria'], { customerConfirmed: false }))}>
        {`${t.t('button.add')}: ${label('successCriteria.metric')}`}
      </Button>

      <Text format={{ fontWeight: 'demibold' }}>{label('commitments')}</Text>
      {rows(['commitments']).map((_, i) => (
        <Flex key={`commitment-${i}`} direction="column" gap="xs">
          {text(['commitments', i, 'item'], 'commitments.item')}
          {choice(['commitments', i, 'type'], 'commitments.type', 'commitments[].type', 'commitmentType')}
          {text(['commitments', i, 'owner'], 'commitments.owner')}
          {date(['commitments', i, 'dueDate'], 'commitments.dueDate')}
          {text(['commitments', i, 'evidenceUrl'], 'commitments.evidenceUrl')}
          <Button onClick={() => setDraft((d) => removeAt(d, ['commitments'], i))}>{t.t('button.remove')}</Button>
        </Flex>
      ))}
      <Button testId="hc-add-commitment" onClick={() => setDraft((d) => append(d, ['commitments'], { type: 'contractual' }))}>
        {`${t.t('button.add')}: ${label('commitments.item')}`}
      </Button>

      <Text format={{ fontWeight: 'demibold' }}>{label('commercialTerms')}</Text>
      {lines(['commercialTerms', 'products'], 'commercialTerms.products')}
      {number(['commercialTerms', 'arr'], 'commercialTerms.arr')}
      {text(['commercialTerms', 'currency'], 'commercialTerms.currency')}
      {number(['commercialTerms', 'termMonths'], 'commercialTerms.termMonths')}
      {date(['commercialTerms', 'renewalDate'], 'commercialTerms.renewalDate')}
      {text(['commercialTerms', 'nonStandardTerms'], 'commercialTerms.nonStandardTerms', true)}

      {choice(['accountSentiment'], 'accountSentiment', 'accountSentiment', 'sentiment')}
      {text(['whyWon'], 'whyWon', true)}

      <SaveStatus t={t} state={state} refusal={refusal} />
      <ButtonRow>
        <Button testId="hc-submit-handoff" variant="primary" disabled={busy} onClick={() => void submit()}>
          {t.t('button.submitHandoff')}
        </Button>
        <Button testId="hc-save-draft" disabled={busy} onClick={() => void saveDraft()}>
          {t.t('button.saveDraft')}
        </Button>
        <Button testId="hc-cancel-edit" disabled={busy} onClick={onDone}>
          {t.t('button.cancel')}
        </Button>
      </ButtonRow>
    </Flex>
  );
}
