/**
 * One field of the core's handoff form, as the HubSpot input its kind asks for. Every input is a
 * standard HubSpot component, so each is reached and changed by keyboard. The value shown and the
 * value stored go through the core's helpers: a cleared input removes the field from the draft.
 */
import { DateInput, Flex, Input, NumberInput, Select, TextArea, TimeInput, Toggle } from '@hubspot/ui-extensions';
import { fieldLabel, inputCheckedOf, inputTextOf, inputValueOf, type DraftPath, type HandoffFormField, type Translator } from '@handoff-context/core';
import { fromInstant, fromIsoDate, toInstant, toIsoDate } from '../../../utils/inputs';

export interface FieldInputProps {
  t: Translator;
  field: HandoffFormField;
  /** Where the value sits in the draft: `['successCriteria', 0, 'metric']`. */
  path: DraftPath;
  value: unknown;
  onChange: (value: unknown) => void;
  /** The portal's time zone, in which a date and time are typed. */
  timeZone?: string;
  /** Why a refused save names this field, shown under it (HubSpot renders the input in its error state). */
  error?: string;
}

/** `['successCriteria', 0, 'metric']` → `hc-successCriteria-0-metric`: the input's name and test id. */
export function inputName(path: DraftPath): string {
  return `hc-${path.join('-')}`;
}

export function FieldInput({ t, field, path, value, onChange, timeZone, error }: FieldInputProps) {
  const name = inputName(path);
  const label = fieldLabel('sales-to-cs', field.path, t);
  const description = field.helpKey ? t.t(field.helpKey) : undefined;
  const common = { name, testId: name, label, description, ...(error && { error: true, validationMessage: error }) };
  const fromText = (text: string) => onChange(inputValueOf(field.input, text));

  switch (field.input) {
    case 'text':
    case 'url':
      return <Input {...common} value={inputTextOf(field.input, value)} onChange={fromText} />;
    case 'longtext':
      return <TextArea {...common} maxLength={field.maxLength} value={inputTextOf(field.input, value)} onChange={fromText} />;
    case 'lines':
      // One entry per line; each line's limit is the field's, so the area itself has none.
      return <TextArea {...common} value={inputTextOf(field.input, value)} onChange={fromText} />;
    case 'number':
    case 'integer':
      return (
        <NumberInput
          {...common}
          min={field.min}
          max={field.max}
          precision={field.input === 'integer' ? 0 : undefined}
          value={typeof value === 'number' && Number.isFinite(value) ? value : undefined}
          onChange={(number) => onChange(inputValueOf(field.input, number))}
        />
      );
    case 'date':
      return <DateInput {...common} format="long" value={fromIsoDate(value)} onChange={(date) => onChange(toIsoDate(date))} />;
    case 'datetime': {
      const shown = fromInstant(value, timeZone);
      return (
        <Flex direction="row" gap="xs" wrap="wrap">
          <DateInput {...common} format="long" value={shown?.date} onChange={(date) => onChange(toInstant(date, shown?.time, timeZone))} />
          <TimeInput
            name={`${name}-time`}
            testId={`${name}-time`}
            label={`${label} (${timeZone || 'UTC'})`}
            value={shown?.time}
            // A time means nothing without its date: it is typed once the date is set.
            readOnly={!shown}
            onChange={(time) => shown && onChange(toInstant(shown.date, time, timeZone))}
          />
        </Flex>
      );
    }
    case 'toggle':
      return (
        <Toggle name={name} testId={name} label={label} checked={inputCheckedOf(value)} onChange={(checked) => onChange(inputValueOf('toggle', checked))} />
      );
    case 'choice':
      return (
        <Select
          {...common}
          value={inputTextOf('choice', value)}
          options={(field.options ?? []).map((option) => ({ value: option.value, label: option.labelKey ? t.t(option.labelKey) : option.value }))}
          onChange={(chosen) => onChange(inputValueOf('choice', chosen))}
        />
      );
  }
}
