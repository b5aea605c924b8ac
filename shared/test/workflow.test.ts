import table from './data/handoff-workflow-cases.json';
import { contexts } from '../src/contexts';
import { parsePayload, parseSalesforceRecord } from '../src/parse';
import { handoffView } from '../src/view';
import { acceptHandoff, returnHandoff, saveHandoffDraft, submitHandoff } from '../src/write';
import {
  draftPathOf,
  draftValueAt,
  handoffCopyFor,
  handoffFieldErrors,
  handoffForm,
  handoffSubmitWarnings,
  handoffPermissions,
  handoffStandingOf,
  handoffWorkflow,
  inputTextOf,
  inputValueOf,
  newHandoffRow,
  withDraftRowAdded,
  withDraftRowRemoved,
  withDraftValue,
  type HandoffFormField,
  type HandoffRole,
} from '../src/workflow';
import { fieldsOf } from '../src/registry';
import { handoffStages } from '../src/workflow/rules';
import { handoffLockedStages, handoffTransitions } from '../src/workflow/transitions';
import { isMessageKey } from '../src/i18n/catalog';
import { translator } from '../src/i18n';
import { sampleRecord } from '../src/samples';
import { fixture } from './data/fixtures';

type Case = (typeof table.cases)[number];
const now = '2026-11-29T10:00:00Z';

/** The stored handoff of a case's status, as each role reads it (CS from the copy as submitted). */
function recordOf(status: Case['status']) {
  const fields: Record<string, { value: unknown }> = {};
  if (status === 'unreadable') {
    fields.HC_Handoff_Payload__c = { value: '{"schemaVersion": 1, "desiredOutc' };
    fields.HC_Handoff_Submitted_Payload__c = { value: '{"schemaVersion": 1, "desiredOutc' };
    fields.HC_Handoff_Status__c = { value: 'submitted' };
  } else if (status !== 'none') {
    const document = JSON.stringify({ ...fixture('sales-to-cs'), review: undefined });
    fields.HC_Handoff_Payload__c = { value: document };
    fields.HC_Handoff_Submitted_Payload__c = { value: status === 'draft' ? null : document };
    fields.HC_Handoff_Status__c = { value: status };
  }
  return { apiName: 'Opportunity', id: '006000000000001AAA', fields };
}

describe('the handoff workflow table', () => {
  it('covers every role and status once', () => {
    const keys = table.cases.map((c) => `${c.role}:${c.status}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(2 * 6);
  });

  it.each(table.cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const role = c.role as HandoffRole;
    const expected = { canEdit: c.canEdit, canSubmit: c.canSubmit, canAccept: c.canAccept, canReturn: c.canReturn };
    const readable = c.status !== 'unreadable';
    expect(handoffPermissions({ role, status: readable ? c.status : 'submitted', readable })).toEqual(expected);
    expect(handoffCopyFor(role)).toBe(c.reads);
    // The same answer from what a card holds: the record read from the role's copy, and its view.
    const parsed = parseSalesforceRecord('sales-to-cs', recordOf(c.status as Case['status']), { snapshot: c.reads === 'snapshot' });
    expect(handoffWorkflow(role, parsed)).toMatchObject({ ...expected, copy: c.reads, readable });
    expect(handoffWorkflow(role, handoffView(parsed))).toMatchObject({ ...expected, readable });
  });

  it.each(table.cases.filter((c) => c.role === 'sales' && c.status !== 'unreadable').map((c) => [c.name, c] as const))(
    'submit and save follow the table: %s',
    (_, c) => {
      const currentStatus = c.status === 'none' ? null : c.status;
      expect(submitHandoff(fixture('sales-to-cs'), { by: 'Alex Kim', now, currentStatus }).ok).toBe(c.canSubmit);
      expect(saveHandoffDraft(fixture('sales-to-cs'), { currentStatus }).ok).toBe(c.canEdit);
    },
  );

  it.each(table.cases.filter((c) => c.role === 'customer-success' && c.status !== 'unreadable').map((c) => [c.name, c] as const))(
    'accept and return follow the table: %s',
    (_, c) => {
      const currentStatus = c.status === 'none' ? null : c.status;
      expect(acceptHandoff({ by: 'Sam Okafor', now, currentStatus }).ok).toBe(c.canAccept);
      expect(returnHandoff({ by: 'Sam Okafor', now, reason: 'other', note: 'Add SSO.', currentStatus }).ok).toBe(c.canReturn);
    },
  );
});

describe('handoffStandingOf', () => {
  it('reads a document without a status as a draft, and anything unreadable as not readable', () => {
    expect(handoffStandingOf(parsePayload('sales-to-cs', { ...fixture('sales-to-cs'), review: undefined }))).toEqual({ status: 'draft', readable: true });
    expect(handoffStandingOf({ status: 'empty', kind: 'sales-to-cs' })).toEqual({ status: 'none', readable: true });
    expect(handoffStandingOf(parsePayload('sales-to-cs', '{'))).toEqual({ status: 'none', readable: false });
    for (const junk of [undefined, null, 'x', 42, { status: 'weird' }, { state: 'ready', status: 'weird' }])
      expect(handoffStandingOf(junk).readable).toBe(false);
  });

  it('allows nothing for a status this version does not know', () => {
    expect(handoffPermissions({ role: 'sales', status: 'archived', readable: true })).toEqual({
      canEdit: false,
      canSubmit: false,
      canAccept: false,
      canReturn: false,
    });
    expect(submitHandoff(fixture('sales-to-cs'), { by: 'Alex Kim', now, currentStatus: 'archived' })).toMatchObject({
      ok: false,
      problems: [{ path: 'review.status' }],
    });
  });
});

describe('saveHandoffDraft', () => {
  const partial = { desiredOutcome: { requiredOutcome: 'Cut planning time by half.' } };

  it('writes the current schema version and, on the first save only, the draft status', () => {
    const first = saveHandoffDraft(partial, { currentStatus: null, platform: 'salesforce' });
    expect(first).toMatchObject({ ok: true, columns: { Handoff_Status: 'draft', Handoff_Schema_Version: contexts['sales-to-cs'].version } });
    expect(first.ok && JSON.parse(first.columns.Handoff_Payload as string)).toEqual({ schemaVersion: contexts['sales-to-cs'].version, ...partial });
    for (const currentStatus of ['draft', 'returned']) {
      const again = saveHandoffDraft(partial, { currentStatus });
      expect(again.ok && again.columns).not.toHaveProperty('Handoff_Status');
      expect(again.ok && again.value.schemaVersion).toBe(contexts['sales-to-cs'].version);
    }
    // A version already there is kept: a newer document is refused, not relabelled.
    expect(saveHandoffDraft({ ...partial, schemaVersion: 99 }, { currentStatus: 'draft' })).toMatchObject({ ok: false, problems: [{ code: 'newer_version' }] });
  });

  it("never writes CS's review columns or the copy as submitted", () => {
    const returned = { ...fixture('sales-to-cs'), review: { status: 'returned', returnReason: 'other', returnNote: 'Add the SSO details.' } };
    const result = saveHandoffDraft(returned, { currentStatus: 'returned' });
    expect(result.ok).toBe(true);
    expect(Object.keys(result.ok ? result.columns : {}).filter((name) => /^Handoff_(Reviewed|Return|Status|Submitted_Payload)/.test(name))).toEqual([]);
  });

  it('is refused while CS reviews the handoff or once CS has accepted it, saying why', () => {
    expect(saveHandoffDraft(partial, { currentStatus: 'submitted' })).toMatchObject({
      ok: false,
      problems: [{ path: 'review.status', code: 'invalid', message: expect.stringContaining('CS is reviewing this handoff') }],
    });
    expect(saveHandoffDraft(partial, { currentStatus: 'accepted' })).toMatchObject({ ok: false, problems: [{ path: 'review.status' }] });
    // Without the column, the draft's own status counts.
    expect(saveHandoffDraft({ ...partial, review: { status: 'submitted' } }).ok).toBe(false);
  });

  it('refuses what is malformed or empty, and what is not a handoff', () => {
    expect(saveHandoffDraft({ commercialTerms: { currency: 'euro' } }, { currentStatus: null })).toMatchObject({
      ok: false,
      problems: [{ path: 'commercialTerms.currency' }],
    });
    expect(saveHandoffDraft({}, { currentStatus: null })).toMatchObject({ ok: false, problems: [{ code: 'missing' }] });
    expect(saveHandoffDraft('x' as never, { currentStatus: null })).toMatchObject({ ok: false, problems: [{ code: 'not_object' }] });
  });
});

/** A value each input kind accepts, to fill in a whole form. */
function sampleFor(field: HandoffFormField): unknown {
  switch (field.input) {
    case 'lines':
      return [`${field.name} one`, `${field.name} two`];
    case 'number':
      return 120000;
    case 'integer':
      return 24;
    case 'date':
      return '2027-03-31';
    case 'datetime':
      return '2027-01-15T09:00:00.000Z';
    case 'url':
      return 'https://example.com/evidence';
    case 'toggle':
      return true;
    case 'choice':
      return field.options![field.options!.length - 1].value;
    default:
      return field.pattern ? 'EUR' : `${field.name} text`;
  }
}

describe('handoffForm', () => {
  const sections = handoffForm.sections.map((s) => s.path);

  it('has every section the AE owns, in registry order, and none of the rest', () => {
    expect(sections).toEqual([
      'desiredOutcome',
      'successCriteria',
      'commitments',
      'commercialTerms',
      'accountSentiment',
      'stakeholders',
      'objections',
      'competitors',
      'whyWon',
      'risks',
      'technicalNeeds',
      'timeline',
    ]);
    const paths = handoffForm.sections.flatMap((s) => s.fields.map((f) => f.path));
    expect(paths).not.toContain('timeline.submittedAt');
    expect(paths.filter((p) => /provenance|^review|schemaVersion/.test(p))).toEqual([]);
  });

  it('lets the AE edit every leaf the AE owns except the submit time', () => {
    const leaves = fieldsOf('sales-to-cs')
      .filter((f) => f.owner === 'sales' && !/provenance|^review|^schemaVersion$|submittedAt/.test(f.path))
      .filter((f) => !fieldsOf('sales-to-cs').some((child) => child.path.startsWith(`${f.path}.`) || child.path.startsWith(`${f.path}[].`)))
      .map((f) => f.path);
    const paths = handoffForm.sections.flatMap((s) => s.fields.map((f) => f.path));
    expect([...paths].sort()).toEqual([...leaves].sort());
  });

  it('names each label, help text and choice in the catalog', () => {
    for (const section of handoffForm.sections) {
      expect(section.labelKey && isMessageKey(section.labelKey)).toBe(true);
      for (const field of section.fields) {
        expect([field.path, !!field.labelKey, !!field.helpKey]).toEqual([field.path, true, true]);
        for (const option of field.options ?? []) expect([field.path, option.value, !!option.labelKey]).toEqual([field.path, option.value, true]);
      }
    }
  });

  it('takes input kinds and limits from the schema', () => {
    const field = (path: string) => handoffForm.sections.flatMap((s) => s.fields).find((f) => f.path === path);
    expect(field('desiredOutcome.requiredOutcome')).toMatchObject({ input: 'longtext', maxLength: 4000, required: true, mustHave: true });
    expect(field('desiredOutcome.useCases')).toMatchObject({ input: 'lines', maxItems: 20, maxLength: 200 });
    expect(field('commercialTerms.arr')).toMatchObject({ input: 'number', min: 0, max: 1e12 });
    expect(field('commercialTerms.termMonths')).toMatchObject({ input: 'integer', min: 1, max: 120 });
    expect(field('commercialTerms.currency')).toMatchObject({ input: 'text', pattern: '^[A-Z]{3}$' });
    expect(field('commitments[].type')).toMatchObject({
      input: 'choice',
      name: 'type',
      options: [{ value: 'contractual' }, { value: 'sow' }, { value: 'informal' }, { value: 'roadmap' }],
    });
    expect(field('successCriteria[].customerConfirmed')).toMatchObject({ input: 'toggle', required: true });
    expect(field('timeline.kickoffAt')).toMatchObject({ input: 'datetime', required: false });
    expect(field('commitments[].evidenceUrl')).toMatchObject({ input: 'url' });
    expect(handoffForm.sections.find((s) => s.path === 'risks')).toMatchObject({ layout: 'list', maxItems: 30 });
  });

  it('starts new rows with booleans off and required choices at their first value', () => {
    const row = (path: string) => newHandoffRow(handoffForm.sections.find((s) => s.path === path)!);
    expect(row('successCriteria')).toEqual({ customerConfirmed: false });
    expect(row('commitments')).toEqual({ type: 'contractual' });
    expect(row('stakeholders')).toEqual({ role: 'champion', sentiment: 'positive' });
    expect(row('objections')).toEqual({});
  });

  it('edits every field of every section into a draft the core saves', () => {
    let draft: Record<string, unknown> = {};
    for (const section of handoffForm.sections) {
      if (section.layout === 'list') draft = withDraftRowAdded(draft, [section.path], newHandoffRow(section));
      for (const field of section.fields) draft = withDraftValue(draft, draftPathOf(field.path, 0), sampleFor(field));
    }
    const saved = saveHandoffDraft(draft, { currentStatus: null });
    expect(saved.ok).toBe(true);
    const document = saved.ok ? JSON.parse(saved.columns.Handoff_Payload as string) : {};
    for (const field of handoffForm.sections.flatMap((s) => s.fields))
      expect([field.path, draftValueAt(document, draftPathOf(field.path, 0))]).toEqual([field.path, sampleFor(field)]);
    // Filled in completely, the same draft can be submitted.
    expect(submitHandoff(draft, { by: 'Alex Kim', now, currentStatus: 'draft' })).toMatchObject({ ok: true });
  });
});

describe('draft editing helpers', () => {
  it('sets, reads and clears values by path, removing what is left empty', () => {
    const draft = withDraftValue({}, ['commercialTerms', 'arr'], 1000);
    expect(draft).toEqual({ commercialTerms: { arr: 1000 } });
    expect(draftValueAt(draft, ['commercialTerms', 'arr'])).toBe(1000);
    expect(withDraftValue(draft, ['commercialTerms', 'arr'], undefined)).toEqual({});
    expect(draftValueAt('x', ['a', 0])).toBeUndefined();
    expect(draftPathOf('risks[].owner', 3)).toEqual(['risks', 3, 'owner']);
    expect(draftPathOf('desiredOutcome.approach')).toEqual(['desiredOutcome', 'approach']);
  });

  it('adds and removes rows, and an emptied row keeps its place', () => {
    let draft = withDraftRowAdded({}, ['risks'], { severity: 'low' });
    draft = withDraftRowAdded(draft, ['risks'], { severity: 'high' });
    draft = withDraftValue(draft, ['risks', 0, 'severity'], undefined);
    expect(draft).toEqual({ risks: [{}, { severity: 'high' }] });
    expect(withDraftRowRemoved(draft, ['risks'], 0)).toEqual({ risks: [{ severity: 'high' }] });
    expect(withDraftRowRemoved(withDraftRowRemoved(draft, ['risks'], 0), ['risks'], 0)).toEqual({});
  });

  it('converts input text to values and back for each input kind', () => {
    expect(inputValueOf('lines', ' a \n\n b ')).toEqual(['a', 'b']);
    expect(inputValueOf('lines', '  \n')).toBeUndefined();
    expect(inputTextOf('lines', ['a', 'b'])).toBe('a\nb');
    expect(inputValueOf('number', '1200.5')).toBe(1200.5);
    expect(inputValueOf('integer', 12)).toBe(12);
    expect(inputValueOf('number', 'lots')).toBe('lots'); // kept, so the core names what is wrong
    expect(inputValueOf('number', '')).toBeUndefined();
    expect(inputTextOf('number', 12)).toBe('12');
    expect(inputValueOf('text', '   ')).toBeUndefined();
    expect(inputValueOf('choice', '')).toBeUndefined();
    expect(inputValueOf('toggle', false)).toBe(false);
    expect(inputValueOf('toggle', true)).toBe(true);
    expect(inputTextOf('date', '2027-01-31')).toBe('2027-01-31');
    expect(inputTextOf('text', undefined)).toBe('');
  });
});

describe('the status changes the workflow allows (what the CRM enforces)', () => {
  it('are the changes the cards offer: sales saves and submits where it may edit, CS accepts and returns what was submitted', () => {
    expect(handoffTransitions).toEqual([
      { role: 'sales', from: ['none', 'draft', 'returned'], to: ['draft', 'submitted'] },
      { role: 'customer-success', from: ['submitted'], to: ['accepted', 'returned'] },
    ]);
    for (const { role, from } of handoffTransitions)
      for (const stage of handoffStages) {
        const allowed = handoffPermissions({ role, status: stage === 'none' ? '' : stage, readable: true });
        expect({ role, stage, allowed: from.includes(stage) }).toEqual({ role, stage, allowed: role === 'sales' ? allowed.canSubmit : allowed.canAccept });
      }
  });

  it('lock the handoff once submitted and once accepted', () => {
    expect(handoffLockedStages).toEqual(['submitted', 'accepted']);
  });
});

describe('handoffSubmitWarnings: what CS would return a handoff for', () => {
  it('warns on criteria sales only assumed, and on a positive read of an account whose health is low', () => {
    const none = { total: 0, confirmed: 0 };
    expect(handoffSubmitWarnings({ criteria: { total: 2, confirmed: 0 }, accountSentiment: 'neutral', healthLow: undefined })).toEqual([
      { code: 'no-confirmed-criterion', path: 'successCriteria' },
    ]);
    expect(handoffSubmitWarnings({ criteria: { total: 2, confirmed: 1 }, accountSentiment: 'positive', healthLow: true })).toEqual([
      { code: 'positive-read-low-health', path: 'accountSentiment' },
    ]);
    // No criteria is a must-have gap the submit rule names; no health score or a healthy account, nothing to say.
    expect(handoffSubmitWarnings({ criteria: none, accountSentiment: 'positive', healthLow: undefined })).toEqual([]);
    expect(handoffSubmitWarnings({ criteria: none, accountSentiment: 'positive', healthLow: false })).toEqual([]);
    expect(handoffSubmitWarnings({ criteria: none, accountSentiment: 'negative', healthLow: true })).toEqual([]);
  });
});

describe('handoffFieldErrors: a refused submit, field by field', () => {
  const t = translator('en-US');
  const parsed = (id: string) => JSON.parse(JSON.stringify((sampleRecord(id)!.record.payloads as Record<string, unknown>)['sales-to-cs']));
  it('places each problem on the input that holds it, in the form’s order, with the sentence shown next to it', () => {
    const draft = parsed('verdier-deal-insights');
    const payload = { ...draft, successCriteria: [{ metric: 'Late deliveries', customerConfirmed: true }] };
    const result = submitHandoff(payload, { by: 'Ana', now: new Date('2026-11-20T09:00:00Z'), platform: 'salesforce' });
    expect(result.ok).toBe(false);
    const errors = handoffFieldErrors(result.ok ? [] : result.problems, t, payload);
    expect(errors.map((e) => [e.key, e.message])).toEqual([
      ['successCriteria[].target-0', 'Target (Success criteria, entry 1) is missing.'],
      ['commercialTerms.arr', 'ARR is missing.'],
      ['commercialTerms.termMonths', 'Term (months) is missing.'],
      ['commercialTerms.renewalDate', 'Renewal date is missing.'],
    ]);
    expect(errors[0]).toMatchObject({ path: 'successCriteria[].target', row: 0 });
  });

  it('marks a list with no entry on the list itself, and ignores what the form does not edit', () => {
    const problems = [
      { path: 'review.status', code: 'invalid', severity: 'error', message: 'x' },
      { path: 'successCriteria', code: 'missing', severity: 'error', message: 'x' },
      { path: 'successCriteria', code: 'too_small', severity: 'error', message: 'x' },
    ] as never;
    expect(handoffFieldErrors(problems, t)).toEqual([{ key: 'section:successCriteria', path: 'successCriteria', message: 'Success criteria is missing.' }]);
    expect(handoffFieldErrors(undefined as never, t)).toEqual([]);
  });
});
