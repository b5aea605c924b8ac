/**
 * One section of the core's handoff form: a group of fields, a single field, or a list of rows
 * with buttons that add a row and remove one, each remove button naming its row so a keyboard or
 * screen-reader user knows which row goes.
 */
import { Button, Flex, Text } from '@hubspot/ui-extensions';
import { draftPathOf, draftValueAt, fieldLabel, type Draft, type DraftPath, type HandoffFormSection, type Translator } from '@handoff-context/core';
import { FieldInput } from './FieldInput';

export interface FormSectionProps {
  t: Translator;
  section: HandoffFormSection;
  draft: Draft;
  timeZone?: string;
  /** `key`: the input's field error key, so a mark goes once the field is changed. */
  onChange: (path: DraftPath, value: unknown, key: string) => void;
  onAddRow: (section: HandoffFormSection) => void;
  onRemoveRow: (section: HandoffFormSection, index: number) => void;
  /** A refused save's message for an input, by the core's field error key (handoffFieldErrors). */
  errorOf?: (key: string) => string | undefined;
}

export function FormSection({ t, section, draft, timeZone, onChange, onAddRow, onRemoveRow, errorOf = () => undefined }: FormSectionProps) {
  const heading = fieldLabel('sales-to-cs', section.path, t);
  const fieldsAt = (row?: number) =>
    section.fields.map((field) => {
      const path = draftPathOf(field.path, row);
      const key = row === undefined ? field.path : `${field.path}-${row}`;
      return (
        <FieldInput
          key={path.join('.')}
          t={t}
          field={field}
          path={path}
          value={draftValueAt(draft, path)}
          timeZone={timeZone}
          error={errorOf(key)}
          onChange={(value) => onChange(path, value, key)}
        />
      );
    });

  if (section.layout === 'single')
    return (
      <Flex direction="column" gap="xs" testId={`hc-section-${section.path}`}>
        {fieldsAt()}
      </Flex>
    );
  if (section.layout === 'group')
    return (
      <Flex direction="column" gap="xs" testId={`hc-section-${section.path}`}>
        <Text format={{ fontWeight: 'demibold' }}>{heading}</Text>
        {fieldsAt()}
      </Flex>
    );

  const stored = draftValueAt(draft, [section.path]);
  const rows = Array.isArray(stored) ? stored : [];
  const full = section.maxItems !== undefined && rows.length >= section.maxItems;
  const listError = errorOf(`section:${section.path}`);
  return (
    <Flex direction="column" gap="xs" testId={`hc-section-${section.path}`}>
      <Text format={{ fontWeight: 'demibold' }}>{heading}</Text>
      {rows.map((_, i) => {
        const rowName = t.t('field.common.entry', { field: heading, index: i + 1 });
        return (
          // Rows are keyed by place: the draft holds no ids, and a removed row takes its inputs with it.
          <Flex key={`${section.path}-${i}`} direction="column" gap="xs" testId={`hc-${section.path}-${i}`}>
            <Text format={{ fontWeight: 'demibold' }}>{rowName}</Text>
            {fieldsAt(i)}
            <Button testId={`hc-remove-${section.path}-${i}`} onClick={() => onRemoveRow(section, i)}>
              {`${t.t('button.remove')}: ${rowName}`}
            </Button>
          </Flex>
        );
      })}
      {listError && (
        <Text testId={`hc-list-error-${section.path}`} format={{ fontWeight: 'demibold' }}>
          {listError}
        </Text>
      )}
      <Button testId={`hc-add-${section.path}`} disabled={full} onClick={() => onAddRow(section)}>
        {`${t.t('button.add')}: ${heading}`}
      </Button>
    </Flex>
  );
}
