/**
 * The AE's handoff form: every section of the core's form description, rendered by one section
 * and one field component, with the live completeness meter. "Save draft" stores it incomplete
 * (the core's draft action: today's schema version, status draft on the first save); "Submit"
 * needs every must-have field. The core validates both; a refusal or a failed save leaves
 * everything typed in place.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, ButtonRow, Flex, List, Text } from '@hubspot/ui-extensions';
import {
  handoffFieldErrors,
  handoffForm,
  handoffView,
  newHandoffRow,
  parsePayload,
  saveHandoffDraft,
  submitHandoff,
  toHubSpotProperties,
  withDraftRowAdded,
  withDraftRowRemoved,
  withDraftValue,
  type Draft,
  type CustomerHealth,
  type DraftPath,
  type HandoffFieldError,
  type HandoffFormSection,
  type ParseResult,
  type Translator,
  type ViewOptions,
} from '@handoff-context/core';
import { useSave, type SaveTarget } from '../../hooks/useSave';
import { refusalText } from '../../utils/problems';
import { CompletenessMeter } from '../CompletenessMeter';
import { SaveStatus } from '../SaveStatus';
import { FormSection } from './handoff/FormSection';

export interface HandoffEditorProps {
  t: Translator;
  viewOptions: ViewOptions;
  target: SaveTarget;
  initial: Draft;
  /** The status property as read (null before the first save): the core's rules and first save go by it. */
  currentStatus: string | null | undefined;
  /** The company's customer health, when the card could read it: a positive read of a low-health account is warned about. */
  health?: ParseResult<CustomerHealth>;
  userName: string;
  now?: () => Date;
  onDone: () => void;
}

export function HandoffEditor({ t, viewOptions, target, initial, currentStatus, health, userName, now = () => new Date(), onDone }: HandoffEditorProps) {
  const [draft, setDraft] = useState<Draft>(initial);
  const [refusal, setRefusal] = useState<string | undefined>();
  // A refused save's problems on the inputs they name; an input's mark goes once it is changed.
  // (HubSpot's components cannot be focused from a card, so the refusal above the buttons names them all too.)
  const [fieldErrors, setFieldErrors] = useState<HandoffFieldError[]>([]);
  const errorOf = (key: string) => fieldErrors.find((error) => error.key === key)?.message;
  const clear = (key: string) => setFieldErrors((current) => current.filter((error) => error.key !== key));
  const { state, save } = useSave(target, t);
  const draftView = useMemo(() => handoffView(parsePayload('sales-to-cs', draft), viewOptions, { health }), [draft, viewOptions, health]);
  const { completeness, submitWarnings } = draftView;

  const edit = (change: (current: Draft) => Draft) => {
    setRefusal(undefined);
    setDraft(change);
  };
  const setValue = (path: DraftPath, value: unknown, key: string) => {
    clear(key);
    edit((current) => withDraftValue(current, path, value));
  };
  const addRow = (section: HandoffFormSection) => {
    clear(`section:${section.path}`);
    edit((current) => withDraftRowAdded(current, [section.path], newHandoffRow(section)));
  };
  const removeRow = (section: HandoffFormSection, index: number) => {
    // The rows after it move up: their marks no longer point at the right row.
    setFieldErrors((current) => current.filter((error) => !error.path.startsWith(`${section.path}[]`)));
    edit((current) => withDraftRowRemoved(current, [section.path], index));
  };

  const saveDraft = async () => {
    const saved = saveHandoffDraft(draft, { platform: 'hubspot', currentStatus });
    setFieldErrors(saved.ok ? [] : handoffFieldErrors(saved.problems, t, draft));
    if (!saved.ok) return setRefusal(refusalText(t, 'sales-to-cs', saved.problems));
    await save(toHubSpotProperties(saved.columns));
  };
  const submit = async () => {
    const submitted = submitHandoff(draft, { by: userName, now: now(), platform: 'hubspot', currentStatus });
    setFieldErrors(submitted.ok ? [] : handoffFieldErrors(submitted.problems, t, draft));
    if (!submitted.ok) return setRefusal(refusalText(t, 'sales-to-cs', submitted.problems));
    if (await save(toHubSpotProperties(submitted.columns))) onDone();
  };
  const busy = state.status === 'saving';

  return (
    <Flex direction="column" gap="sm" testId="hc-handoff-editor">
      <CompletenessMeter t={t} completeness={completeness} />
      {handoffForm.sections.map((section) => (
        <FormSection
          key={section.path}
          t={t}
          section={section}
          draft={draft}
          timeZone={viewOptions.timeZone}
          onChange={setValue}
          onAddRow={addRow}
          onRemoveRow={removeRow}
          errorOf={errorOf}
        />
      ))}

      <SaveStatus t={t} state={state} refusal={refusal} />
      {/* What CS would return it for, before the AE submits: a warning, not a block. */}
      {submitWarnings.length > 0 && (
        <Alert testId="hc-submit-warnings" variant="warning" title={t.t('submitWarning.heading')}>
          <List variant="unordered">
            {submitWarnings.map((warning) => (
              <Text key={warning.key} testId={`hc-submit-warning-${warning.path}`}>
                {warning.text}
              </Text>
            ))}
          </List>
        </Alert>
      )}
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
