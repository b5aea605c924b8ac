/**
 * The deal card's handoff editor renders the core's form description: every section, every field,
 * each by the input its kind asks for. Each test fills the form through those inputs, saves a
 * draft and reads the properties sent to the app function.
 */
import { Button, DateInput, Input, NumberInput, Select, Text, TextArea, TimeInput, Toggle } from '@hubspot/ui-extensions';
import { contexts, draftPathOf, draftValueAt, fieldLabel, handoffForm, translator, type HandoffFormField, type HandoffInputKind } from '@handoff-context/core';
import { DealCard } from '../../src/app/cards/DealCard';
import { bookPayload, bookProperties, caseId, mockServerless, now, renderCard, sentParameters } from './helpers';

const en = translator('en-US');
const draft = caseId('handoff-draft');

afterEach(() => jest.restoreAllMocks());

const componentOf: Record<HandoffInputKind, unknown> = {
  text: Input,
  url: Input,
  longtext: TextArea,
  lines: TextArea,
  number: NumberInput,
  integer: NumberInput,
  date: DateInput,
  datetime: DateInput,
  toggle: Toggle,
  choice: Select,
};

/** What the test types into a field, what the input's change gives, and what the draft must then hold. */
function entryFor(field: HandoffFormField): { typed: unknown; stored: unknown; time?: { hours: number; minutes: number } } {
  switch (field.input) {
    case 'text': {
      // A patterned text (the currency code) gets a value its pattern accepts.
      const text = field.pattern ? 'EUR' : `New ${field.name}`;
      if (field.pattern) expect(new RegExp(field.pattern).test(text)).toBe(true);
      return { typed: text, stored: text };
    }
    case 'url':
      return { typed: `https://example.com/${field.name}`, stored: `https://example.com/${field.name}` };
    case 'longtext':
      return { typed: `A longer ${field.name}\non two lines`, stored: `A longer ${field.name}\non two lines` };
    case 'lines':
      return { typed: `First ${field.name}\n\n Second ${field.name} `, stored: [`First ${field.name}`, `Second ${field.name}`] };
    case 'number':
      return { typed: 123456.5, stored: 123456.5 };
    case 'integer':
      return { typed: 24, stored: 24 };
    case 'date':
      return { typed: { year: 2027, month: 0, date: 31 }, stored: '2027-01-31' };
    case 'datetime':
      return { typed: { year: 2027, month: 1, date: 3 }, time: { hours: 9, minutes: 30 }, stored: '2027-02-03T09:30:00.000Z' };
    case 'toggle':
      return { typed: true, stored: true };
    case 'choice': {
      const last = field.options![field.options!.length - 1].value;
      return { typed: last, stored: last };
    }
  }
}

describe('HandoffEditor', () => {
  it('renders every section of the core’s form, each field with its translated label', () => {
    const r = renderCard(<DealCard now={now} />, { properties: {} });
    r.findByTestId(Button, 'hc-edit-handoff').trigger('onClick');
    const words = r.findAll(Text).map((n) => n.text);
    for (const section of handoffForm.sections) {
      if (section.layout !== 'single') expect(words).toContain(fieldLabel('sales-to-cs', section.path, en));
      if (section.layout === 'list') r.findByTestId(Button, `hc-add-${section.path}`).trigger('onClick');
      for (const field of section.fields) {
        const name = `hc-${draftPathOf(field.path, section.layout === 'list' ? 0 : undefined).join('-')}`;
        expect(r.findByTestId(componentOf[field.input] as never, name).props.label).toBe(fieldLabel('sales-to-cs', field.path, en));
      }
    }
  });

  it('lets the AE change every field of every section, and saves them all in the draft', async () => {
    const serverless = mockServerless({ ok: true });
    const stored = bookPayload(draft, 'sales-to-cs');
    const r = renderCard(<DealCard now={now} />, { properties: bookProperties(draft) });
    r.findByTestId(Button, 'hc-edit-handoff').trigger('onClick');

    const expected: Array<{ path: Array<string | number>; value: unknown }> = [];
    for (const section of handoffForm.sections) {
      // A list section gets a new row, added after the rows already there.
      let row: number | undefined;
      if (section.layout === 'list') {
        const rows = draftValueAt(stored, [section.path]);
        row = Array.isArray(rows) ? rows.length : 0;
        r.findByTestId(Button, `hc-add-${section.path}`).trigger('onClick');
      }
      for (const field of section.fields) {
        const path = draftPathOf(field.path, row);
        const name = `hc-${path.join('-')}`;
        const entry = entryFor(field);
        r.findByTestId(componentOf[field.input] as never, name).trigger('onChange', entry.typed as never);
        if (entry.time) r.findByTestId(TimeInput, `${name}-time`).trigger('onChange', entry.time as never);
        expected.push({ path, value: entry.stored });
      }
    }

    r.findByTestId(Button, 'hc-save-draft').trigger('onClick');
    await r.waitFor(() => expect(serverless).toHaveBeenCalled());
    const sent = sentParameters(serverless).properties;
    const document = JSON.parse(sent.hc_handoff_payload);
    for (const { path, value } of expected) expect([path.join('.'), draftValueAt(document, path)]).toEqual([path.join('.'), value]);
    // The rows that were there stay as they were, before the new one.
    for (const section of handoffForm.sections.filter((s) => s.layout === 'list')) {
      const before = (stored[section.path] ?? []) as unknown[];
      expect(document[section.path].slice(0, before.length)).toEqual(before);
      expect(document[section.path]).toHaveLength(before.length + 1);
    }
    // A mirrored field goes to its own property too.
    expect(sent.hc_handoff_arr).toBe('123456.5');
  });

  it('removes the row its button names, and keeps the others', async () => {
    const serverless = mockServerless({ ok: true });
    const stored = bookPayload(draft, 'sales-to-cs');
    const r = renderCard(<DealCard now={now} />, { properties: bookProperties(draft) });
    r.findByTestId(Button, 'hc-edit-handoff').trigger('onClick');
    r.findByTestId(Button, 'hc-add-commitments').trigger('onClick');
    r.findByTestId(Input, `hc-commitments-${stored.commitments.length}-item`).trigger('onChange', 'Quarterly business reviews' as never);
    const remove = r.findByTestId(Button, 'hc-remove-commitments-0');
    expect(remove.text).toBe(`${en.t('button.remove')}: ${en.t('field.common.entry', { field: en.t('field.handoff.commitments'), index: 1 })}`);
    remove.trigger('onClick');
    r.findByTestId(Button, 'hc-save-draft').trigger('onClick');
    await r.waitFor(() => expect(serverless).toHaveBeenCalled());
    expect(JSON.parse(sentParameters(serverless).properties.hc_handoff_payload).commitments).toEqual([
      ...stored.commitments.slice(1),
      { item: 'Quarterly business reviews', type: 'contractual' },
    ]);
  });

  it('offers no more rows than the core keeps', () => {
    const section = handoffForm.sections.find((s) => s.layout === 'list' && s.maxItems !== undefined)!;
    const r = renderCard(<DealCard now={now} />, { properties: {} });
    r.findByTestId(Button, 'hc-edit-handoff').trigger('onClick');
    for (let i = 0; i < section.maxItems!; i += 1) r.findByTestId(Button, `hc-add-${section.path}`).trigger('onClick');
    expect(r.findByTestId(Button, `hc-add-${section.path}`).props.disabled).toBe(true);
  });

  it('types a date and time in the portal’s time zone and stores the instant in UTC', async () => {
    const serverless = mockServerless({ ok: true });
    const r = renderCard(<DealCard now={now} />, { properties: {}, timeZone: 'Europe/Paris' });
    r.findByTestId(Button, 'hc-edit-handoff').trigger('onClick');
    r.findByTestId(DateInput, 'hc-timeline-kickoffAt').trigger('onChange', { year: 2027, month: 6, date: 1 } as never);
    r.findByTestId(TimeInput, 'hc-timeline-kickoffAt-time').trigger('onChange', { hours: 9, minutes: 0 } as never);
    expect(r.findByTestId(TimeInput, 'hc-timeline-kickoffAt-time').props.value).toEqual({ hours: 9, minutes: 0 });
    r.findByTestId(Button, 'hc-save-draft').trigger('onClick');
    await r.waitFor(() => expect(serverless).toHaveBeenCalled());
    // Paris is UTC+2 in July.
    expect(JSON.parse(sentParameters(serverless).properties.hc_handoff_payload).timeline.kickoffAt).toBe('2027-07-01T07:00:00.000Z');
  });

  it('starts a new handoff as a draft at the current schema version', async () => {
    const serverless = mockServerless({ ok: true });
    const r = renderCard(<DealCard now={now} />, { properties: {} });
    r.findByTestId(Button, 'hc-edit-handoff').trigger('onClick');
    r.findByTestId(TextArea, 'hc-whyWon').trigger('onChange', 'Route planning for both depots' as never);
    r.findByTestId(Button, 'hc-save-draft').trigger('onClick');
    await r.waitFor(() => expect(serverless).toHaveBeenCalled());
    const sent = sentParameters(serverless).properties;
    const version = contexts['sales-to-cs'].version;
    expect(sent.hc_handoff_status).toBe('draft');
    expect(JSON.parse(sent.hc_handoff_payload)).toEqual({ schemaVersion: version, whyWon: 'Route planning for both depots' });
    expect(Number(sent.hc_handoff_schema_version)).toBe(version);
  });
});
