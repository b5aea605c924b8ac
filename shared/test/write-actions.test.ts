import { parseSalesforceRecord } from '../src/parse';
import { acceptHandoff, addFeedback, returnHandoff, setDisposition, submitHandoff, toSalesforceFields } from '../src/write';
import { fixture } from './data/fixtures';

const at = '2026-11-21T10:00:00Z';
const helpful = { verdict: 'helpful', by: 'Riley Chen', at };

describe('addFeedback', () => {
  it('adds an entry to an empty, listed or stored-as-text list', () => {
    expect(addFeedback(undefined, helpful)).toEqual({ ok: true, value: [helpful], columns: { Lead_Score_Feedback: JSON.stringify([helpful]) } });
    expect(addFeedback(null, helpful).ok).toBe(true);
    expect(addFeedback('', helpful).ok).toBe(true);
    const stored = JSON.stringify([helpful]);
    const second = { verdict: 'disagree', reason: '  Student, no budget.  ', by: 'Riley Chen', at };
    const result = addFeedback(stored, second);
    expect(result.ok && result.value).toEqual([helpful, { ...second, reason: 'Student, no budget.' }]);
  });

  it('keeps stored entries it cannot read, so nothing is lost', () => {
    const result = addFeedback([{ verdict: 'meh' }, helpful], helpful);
    expect(result.ok && result.value).toEqual([{ verdict: 'meh' }, helpful, helpful]);
  });

  it('refuses an entry that breaks a rule, naming where it would go', () => {
    const result = addFeedback([helpful], { verdict: 'disagree', by: 'Riley Chen', at });
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ path: 'feedback[1].reason', message: 'feedback[1].reason (Reason): a disagreement needs a reason' })],
    });
    expect(addFeedback([], { ...helpful, verdict: 'love' })).toMatchObject({ ok: false, problems: [{ path: 'feedback[0].verdict', code: 'invalid_value' }] });
    expect(addFeedback([], { ...helpful, mood: 'x' })).toMatchObject({
      ok: false,
      problems: [{ path: 'feedback[0].mood', code: 'unknown_field', severity: 'error' }],
    });
    expect(addFeedback([], undefined)).toMatchObject({ ok: false, problems: [{ code: 'missing' }] });
    expect(addFeedback([], 'helpful')).toMatchObject({ ok: false, problems: [{ code: 'invalid_type' }] });
  });

  it('refuses a stored value that is not a list rather than replace it', () => {
    expect(addFeedback('{"oops"', helpful)).toMatchObject({ ok: false, problems: [{ code: 'not_json', message: expect.stringContaining('left unchanged') }] });
    expect(addFeedback({ a: 1 }, helpful)).toMatchObject({ ok: false, problems: [{ code: 'invalid_type', message: expect.stringContaining('not a list') }] });
  });

  it('refuses past maxItems entries', () => {
    const full = Array.from({ length: 200 }, () => helpful);
    expect(addFeedback(full.slice(1), helpful).ok).toBe(true);
    expect(addFeedback(full, helpful)).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          code: 'too_many_items',
          message: 'feedback (Rep feedback): already holds 200 entries, the most a card keeps is 200: no more feedback can be added to this score.',
        }),
      ],
    });
  });

  it('refuses a list the platform would cut, naming the longest reasons', () => {
    const long = { verdict: 'disagree', reason: 'r'.repeat(4000), by: 'Riley Chen', at };
    const stored = Array.from({ length: 16 }, () => long);
    expect(JSON.stringify(stored).length).toBeLessThan(65_536);
    const result = addFeedback(stored, long, { platform: 'hubspot' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code: 'too_long', path: 'feedback', params: { limit: 65536, longest: 'feedback[0].reason' } });
    expect(result.problems[0].message).toMatch(/^feedback \(Rep feedback\): would be 6\d,\d{3} characters, but HubSpot keeps only 65,536/);
    expect(addFeedback(stored, long, { platform: 'salesforce' }).ok).toBe(true);
  });
});

describe('setDisposition', () => {
  it('records who decided and when', () => {
    expect(setDisposition({ status: 'accepted' }, { by: 'Riley Chen', now: new Date(at) })).toEqual({
      ok: true,
      value: { status: 'accepted', by: 'Riley Chen', at: '2026-11-21T10:00:00.000Z' },
      columns: { Lead_Disposition: JSON.stringify({ status: 'accepted', by: 'Riley Chen', at: '2026-11-21T10:00:00.000Z' }) },
    });
  });

  it('needs a reason to reject, a known status and a real actor', () => {
    expect(setDisposition({ status: 'rejected' }, { by: 'Riley', now: at })).toMatchObject({
      ok: false,
      problems: [{ path: 'disposition.reason', code: 'missing' }],
    });
    expect(setDisposition({ status: 'rejected', reason: 'Competitor employee.' }, { by: 'Riley', now: at }).ok).toBe(true);
    expect(setDisposition({ status: 'maybe' }, { by: 'Riley', now: at })).toMatchObject({
      ok: false,
      problems: [{ path: 'disposition.status', code: 'invalid_value' }],
    });
    const noActor = setDisposition({ status: 'working' }, { by: '', now: 'soon' });
    expect(noActor.ok === false && noActor.problems.map((p) => p.message)).toEqual([
      'disposition.by (Decided by): is missing: say who acts.',
      'Lead score: the time of the action is not a valid date (got text "soon").',
    ]);
  });
});

describe('the handoff review', () => {
  const now = '2026-11-29T10:00:00Z';

  it('submits a complete handoff: document, frozen copy, status, completeness', () => {
    const result = submitHandoff(fixture('sales-to-cs'), { by: 'Alex Kim', now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.review).toEqual({ status: 'submitted' });
    expect(result.value.timeline?.submittedAt).toBe('2026-11-29T10:00:00.000Z');
    expect(result.columns).toEqual({
      Handoff_Payload: expect.any(String),
      Handoff_Submitted_Payload: result.columns.Handoff_Payload,
      Handoff_Schema_Version: 1,
      Handoff_ARR: 120000,
      Handoff_Submitted_At: '2026-11-29T10:00:00.000Z',
      Handoff_Completeness: 100,
      Handoff_Status: 'submitted',
    });
    expect(JSON.parse(result.columns.Handoff_Payload as string)).toEqual(result.value);
  });

  it('refuses to submit with must-have fields missing, naming each once', () => {
    const payload = fixture('sales-to-cs');
    delete payload.successCriteria;
    payload.commercialTerms.currency = 'euros';
    const result = submitHandoff(payload, { by: 'Alex Kim', now });
    expect(result.ok === false && result.problems.map((p) => p.message)).toEqual([
      'successCriteria (Success criteria): is missing, and must be filled in before the handoff can be submitted.',
      'commercialTerms.currency (Currency): expected text matching /^[A-Z]{3}$/, got text "euros"',
    ]);
    payload.successCriteria = fixture('sales-to-cs').successCriteria;
    payload.commercialTerms.currency = 'EUR';
    payload.whyWon = 'w'.repeat(5000);
    expect(submitHandoff(payload, { by: 'Alex Kim', now })).toMatchObject({ ok: false, problems: [{ path: 'whyWon', code: 'too_big' }] });
  });

  it('refuses to resubmit an accepted handoff, and leaves an earlier return in CS’s columns on resubmit', () => {
    const accepted = { ...fixture('sales-to-cs'), review: { status: 'accepted' } };
    expect(submitHandoff(accepted, { by: 'Alex Kim', now })).toMatchObject({ ok: false, problems: [{ path: 'review.status', code: 'invalid' }] });
    const returned = { ...fixture('sales-to-cs'), review: { status: 'returned', returnReason: 'other', returnNote: 'Add the SSO details.' } };
    const result = submitHandoff(returned, { by: 'Alex Kim', now });
    expect(result.ok && result.value.review).toEqual({ status: 'submitted' });
    // Sales holds no edit on CS's review columns (Handoff_Context_Sales): a submit never writes them.
    expect(Object.keys(result.ok ? result.columns : {}).filter((name) => /^Handoff_(Reviewed|Return)_/.test(name))).toEqual([]);
  });

  it('refuses to submit what is not a handoff, or without a valid actor', () => {
    expect(submitHandoff('x', { by: 'Alex', now })).toMatchObject({ ok: false, problems: [{ code: 'not_object' }] });
    expect(submitHandoff(fixture('sales-to-cs'), { by: 'Alex', now: NaN })).toMatchObject({ ok: false, problems: [{ code: 'invalid_format' }] });
    expect(submitHandoff(fixture('sales-to-cs'), { now } as never)).toMatchObject({ ok: false, problems: [{ code: 'missing', path: 'review.reviewedBy' }] });
  });

  it('accepts a submitted handoff', () => {
    expect(acceptHandoff({ by: 'Sam Okafor', now, currentStatus: 'submitted' })).toEqual({
      ok: true,
      value: { status: 'accepted', reviewedAt: '2026-11-29T10:00:00.000Z', reviewedBy: 'Sam Okafor' },
      columns: {
        Handoff_Status: 'accepted',
        Handoff_Reviewed_At: '2026-11-29T10:00:00.000Z',
        Handoff_Reviewed_By: 'Sam Okafor',
        Handoff_Return_Reason: null,
        Handoff_Return_Note: null,
      },
    });
    expect(acceptHandoff({ by: 'Sam Okafor', now, currentStatus: 'draft' })).toMatchObject({
      ok: false,
      problems: [{ message: 'review.status (Handoff status): only a submitted handoff can be reviewed; this one is draft.' }],
    });
  });

  it('returns a handoff with a reason, and a note when the reason is other', () => {
    const result = returnHandoff({ by: 'Sam Okafor', now, reason: 'unclear-commitments', note: 'Who owns the integration?' });
    expect(result.ok && result.columns).toEqual({
      Handoff_Status: 'returned',
      Handoff_Reviewed_At: '2026-11-29T10:00:00.000Z',
      Handoff_Reviewed_By: 'Sam Okafor',
      Handoff_Return_Reason: 'unclear-commitments',
      Handoff_Return_Note: 'Who owns the integration?',
    });
    expect(returnHandoff({ by: 'Sam', now, reason: 'missing-success-criteria' }).ok).toBe(true);
    expect(returnHandoff({ by: 'Sam', now, reason: undefined })).toMatchObject({ ok: false, problems: [{ path: 'review.returnReason', code: 'missing' }] });
    expect(returnHandoff({ by: 'Sam', now, reason: 'bored' })).toMatchObject({ ok: false, problems: [{ path: 'review.returnReason', code: 'invalid_value' }] });
    expect(returnHandoff({ by: 'Sam', now, reason: 'other', note: '  ' })).toMatchObject({
      ok: false,
      problems: [{ path: 'review.returnNote', message: 'review.returnNote (Return note): is missing: with the reason "other", write what sales must fix.' }],
    });
    expect(returnHandoff({ by: 'Sam', now, reason: 'other', note: 'n'.repeat(4001) })).toMatchObject({ ok: false, problems: [{ code: 'too_big' }] });
    expect(returnHandoff({ by: 'Sam', now, reason: 'other', note: 'x', currentStatus: 'accepted' }).ok).toBe(false);
  });

  it('reads back what the actions wrote, with the CS review over the document', () => {
    const submitted = submitHandoff(fixture('sales-to-cs'), { by: 'Alex Kim', now });
    const returned = returnHandoff({ by: 'Sam Okafor', now: '2026-11-30T09:00:00Z', reason: 'other', note: 'Add the SSO details.' });
    if (!submitted.ok || !returned.ok) throw new Error('refused');
    const fields = toSalesforceFields({ ...submitted.columns, ...returned.columns });
    const record = { fields: Object.fromEntries(Object.entries(fields).map(([k, value]) => [k, { value, displayValue: null }])) };
    const result = parseSalesforceRecord('sales-to-cs', record);
    expect(result.status === 'valid' && result.value.review).toEqual({
      status: 'returned',
      reviewedAt: '2026-11-30T09:00:00.000Z',
      reviewedBy: 'Sam Okafor',
      returnReason: 'other',
      returnNote: 'Add the SSO details.',
    });
  });
});
