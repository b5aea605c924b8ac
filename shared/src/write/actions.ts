/**
 * The domain actions behind the cards' buttons. Each validates before anything is written and
 * gives back only the columns it sets, so a rep's feedback never overwrites the score and a CS
 * review never overwrites the handoff document.
 */
import type { Kind } from '../contexts';
import { contexts } from '../contexts';
import { checkAt } from '../parse/walk';
import { getAt, isPlainObject, readOwn, schemaAt, type Path } from '../parse/paths';
import { describeValue, makeProblem } from '../parse/problems';
import type { LeadScore, SalesToCs } from '../contexts';
import type { Problem } from '../parse/result';
import { fieldsOf } from '../registry';
import type { Platform } from '../storage';
import { columnAt, type ColumnValues } from './columns';
import { completenessOf } from './completeness';
import { prepareWrite, type WriteOptions } from './prepare';
import { oversize } from './size';
import { dateTime } from '../fields';
import { handoffPermissions, handoffStageOf } from '../workflow/rules';

export type ActionResult<T> = { ok: true; value: T; columns: ColumnValues } | { ok: false; problems: Problem[] };

/** Who acts, and when (a Date, ISO text or epoch milliseconds). */
export interface Actor {
  by: string;
  now: Date | string | number;
}

export interface ActionOptions {
  /** The platform whose text limit applies; without it, the tighter of both. */
  platform?: Platform;
}

export type Feedback = NonNullable<LeadScore['feedback']>[number];
export type Disposition = NonNullable<LeadScore['disposition']>;
export type HandoffStatus = NonNullable<SalesToCs['review']>['status'];
export type ReturnReason = NonNullable<NonNullable<SalesToCs['review']>['returnReason']>;

const LEAD: Kind = 'lead-score';
const HANDOFF: Kind = 'sales-to-cs';

function fail<T>(problems: Problem[]): ActionResult<T> {
  return { ok: false, problems };
}

/** Checks a value against the schema at a registry path, reporting at `at`; absent is fine when optional. */
function check(kind: Kind, registryPath: string, at: Path, value: unknown, optional = false) {
  return checkAt(kind, schemaAt(kind, registryPath)!, at, value, { optional });
}

function actorProblems(kind: Kind, actor: Actor, byPath: string): { problems: Problem[]; by?: string; at?: string } {
  const problems: Problem[] = [];
  const by = check(kind, byPath, byPath.split('.'), readOwn(actor, 'by').ok ? actor?.by : undefined, true);
  if (!by.ok) problems.push(...by.problems);
  else if (by.value === undefined) problems.push(makeProblem(kind, byPath, 'missing', 'error', 'is missing: say who acts.'));
  const at = isoOf(actor?.now);
  if (at === undefined)
    problems.push(makeProblem(kind, '', 'invalid_format', 'error', `the time of the action is not a valid date (got ${describeValue(actor?.now)}).`));
  return { problems, by: by.ok ? (by.value as string) : undefined, at };
}

/** The payloads' own date-time rule: Date would silently roll 30 February over to 2 March. */
const isoDateTime = dateTime();

function isoOf(now: unknown): string | undefined {
  if (!(now instanceof Date) && typeof now !== 'string' && typeof now !== 'number') return undefined;
  if (typeof now === 'string' && !isoDateTime.safeParse(now.trim()).success) return undefined;
  const date = new Date(now);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** A stored list: a list, its JSON text, or nothing. */
function storedList(kind: Kind, path: string, existing: unknown): { ok: true; list: unknown[] } | { ok: false; problem: Problem } {
  if (existing === undefined || existing === null || existing === '') return { ok: true, list: [] };
  let list = existing;
  if (typeof existing === 'string') {
    try {
      list = JSON.parse(existing);
    } catch {
      return {
        ok: false,
        problem: makeProblem(kind, path, 'not_json', 'error', 'the stored list is not JSON; it was left unchanged so nothing in it is lost.'),
      };
    }
  }
  if (!Array.isArray(list))
    return {
      ok: false,
      problem: makeProblem(
        kind,
        path,
        'invalid_type',
        'error',
        `the stored value is ${describeValue(list)}, not a list; it was left unchanged so nothing in it is lost.`,
      ),
    };
  return { ok: true, list };
}

/**
 * Adds a rep's feedback to the stored list. Entries already stored are kept as they are, even ones
 * this version cannot read: feedback is never lost by adding more.
 */
export function addFeedback(existing: unknown, entry: unknown, options: ActionOptions = {}): ActionResult<unknown[]> {
  const field = fieldsOf(LEAD).find((f) => f.path === 'feedback')!;
  const stored = storedList(LEAD, 'feedback', existing);
  if (!stored.ok) return fail([stored.problem]);
  const index = stored.list.length;
  const checked = check(LEAD, 'feedback[]', ['feedback', index], entry);
  if (!checked.ok) return fail(checked.problems);
  if (checked.value === undefined) return fail([makeProblem(LEAD, ['feedback', index], 'missing', 'error', 'is missing: there is no feedback to add.')]);
  const max = field.maxItems ?? Infinity;
  if (index + 1 > max)
    return fail([
      makeProblem(
        LEAD,
        'feedback',
        'too_many_items',
        'error',
        `already holds ${index} entries, the most a card keeps is ${max}: no more feedback can be added to this score.`,
        {
          count: index,
          maxItems: max,
        },
      ),
    ]);
  const list = [...stored.list, checked.value];
  const text = JSON.stringify(list);
  const tooLong = oversize(LEAD, ['feedback'], list, text, options.platform);
  if (tooLong) return fail([tooLong]);
  return { ok: true, value: list, columns: { [field.column!.name]: text } };
}

/** Records what sales did with a lead. A rejection needs a reason, so marketing can learn from it. */
export function setDisposition(input: { status: unknown; reason?: unknown }, actor: Actor, options: ActionOptions = {}): ActionResult<Disposition> {
  const who = actorProblems(LEAD, actor, 'disposition.by');
  const candidate = { status: input?.status, reason: input?.reason, by: who.by, at: who.at };
  const checked = check(LEAD, 'disposition', ['disposition'], candidate);
  const problems = [...who.problems, ...(checked.ok ? [] : checked.problems)];
  if (checked.ok && (checked.value as Disposition | undefined)?.status === 'rejected' && !(checked.value as Disposition).reason)
    problems.push(makeProblem(LEAD, 'disposition.reason', 'missing', 'error', 'is missing: a rejected lead needs a reason, so marketing can learn from it.'));
  if (problems.length > 0 || !checked.ok) return fail(problems);
  const value = checked.value as Disposition;
  const text = JSON.stringify(value);
  const tooLong = oversize(LEAD, ['disposition'], value, text, options.platform);
  if (tooLong) return fail([tooLong]);
  return { ok: true, value, columns: { [columnAt(LEAD, 'disposition').name]: text } };
}

function reviewColumns(values: { status: HandoffStatus; at: string | null; by: string | null; reason: string | null; note: string | null }): ColumnValues {
  return {
    [columnAt(HANDOFF, 'review.status').name]: values.status,
    [columnAt(HANDOFF, 'review.reviewedAt').name]: values.at,
    [columnAt(HANDOFF, 'review.reviewedBy').name]: values.by,
    [columnAt(HANDOFF, 'review.returnReason').name]: values.reason,
    [columnAt(HANDOFF, 'review.returnNote').name]: values.note,
  };
}

function currentStatus(payload: unknown): unknown {
  const review = readOwn(payload, 'review');
  if (!review.ok) return undefined;
  const status = readOwn(review.value, 'status');
  return status.ok ? status.value : undefined;
}

/** The status column when the caller passes it (the stored truth), else the payload's own. */
function statusFrom(options: { currentStatus?: unknown } | undefined, payload: unknown): unknown {
  return options && Object.prototype.hasOwnProperty.call(options, 'currentStatus') && options.currentStatus !== undefined
    ? options.currentStatus
    : currentStatus(payload);
}

/** Why sales may not change the handoff now (the workflow rules), or undefined when it may. */
function salesLocked(status: unknown, what: string): Problem | undefined {
  if (handoffPermissions({ role: 'sales', status, readable: true }).canEdit) return undefined;
  const stage = handoffStageOf(status);
  const why =
    stage === 'submitted'
      ? 'CS is reviewing this handoff'
      : stage === 'accepted'
        ? 'CS has already accepted this handoff'
        : `its status is ${describeValue(status)}, which this version does not know`;
  return makeProblem(HANDOFF, 'review.status', 'invalid', 'error', `${why}; it cannot be ${what}.`, {
    status: typeof status === 'string' ? status : describeValue(status),
  });
}

/**
 * Sales submits the handoff: every must-have field filled, the document valid and within the
 * platform's limit. Gives the document, its frozen copy and the status, and none of CS's review
 * columns: those are CS's to write (sales holds no edit on them), so an earlier return's reason
 * and note stay as CS left them and the views show them only while the status is "returned".
 */
export function submitHandoff(
  payload: unknown,
  actor: Actor & ActionOptions & Pick<WriteOptions, 'completeness'> & { currentStatus?: unknown },
): ActionResult<SalesToCs> {
  const who = actorProblems(HANDOFF, actor, 'review.reviewedBy');
  if (who.problems.length > 0) return fail(who.problems);
  if (!isPlainObject(payload)) return fail([makeProblem(HANDOFF, '', 'not_object', 'error', `expected the handoff, got ${describeValue(payload)}.`)]);
  const locked = salesLocked(statusFrom(actor, payload), 'submitted again');
  if (locked) return fail([locked]);
  const timeline = readOwn(payload, 'timeline');
  const next = {
    ...withVersion(payload),
    timeline: { ...(timeline.ok && isPlainObject(timeline.value) ? timeline.value : {}), submittedAt: who.at },
    review: { status: 'submitted' },
  };
  const completeness = completenessOf(HANDOFF, next);
  // A must-have field that holds something malformed is named by the schema's own problem instead.
  const absent = completeness.missing.filter((path) => isBlank(getAt(next, path)));
  const gaps = absent.map((path) =>
    makeProblem(HANDOFF, path, 'missing', 'error', 'is missing, and must be filled in before the handoff can be submitted.', {
      filled: completeness.filled,
      total: completeness.total,
    }),
  );
  const prepared = prepareWrite(HANDOFF, next, { platform: actor.platform, completeness: actor.completeness });
  const problems = [...gaps, ...(prepared.ok ? [] : prepared.problems.filter((p) => !absent.includes(p.path)))];
  if (problems.length > 0 || !prepared.ok) return fail(problems);
  const { storage } = contexts[HANDOFF];
  return {
    ok: true,
    value: prepared.value as SalesToCs,
    columns: {
      ...prepared.columns,
      [storage.snapshot!.name]: prepared.document,
      [columnAt(HANDOFF, 'review.status').name]: 'submitted',
    },
  };
}

/**
 * A handoff from an editor carries no version: it is written in today's shape. A version already
 * there is kept, so an older document is migrated and a newer one refused rather than relabelled.
 */
function withVersion(payload: Record<string, unknown>): Record<string, unknown> {
  const version = readOwn(payload, 'schemaVersion');
  return version.ok && version.value !== undefined && version.value !== null ? payload : { ...payload, schemaVersion: contexts[HANDOFF].version };
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** CS reviews only a submitted handoff (the workflow rules); without a status given, the caller has checked. */
function reviewable(status: unknown): Problem[] {
  if (status === undefined || handoffPermissions({ role: 'customer-success', status, readable: true }).canAccept) return [];
  return [
    makeProblem(
      HANDOFF,
      'review.status',
      'invalid',
      'error',
      `only a submitted handoff can be reviewed; this one is ${typeof status === 'string' ? status : describeValue(status)}.`,
    ),
  ];
}

/** CS accepts the handoff. Pass `currentStatus` (from the status column) to refuse a handoff not yet submitted. */
export function acceptHandoff(input: Actor & { currentStatus?: unknown }): ActionResult<NonNullable<SalesToCs['review']>> {
  const who = actorProblems(HANDOFF, input, 'review.reviewedBy');
  const problems = [...who.problems, ...reviewable(input?.currentStatus)];
  if (problems.length > 0) return fail(problems);
  const value = { status: 'accepted' as const, reviewedAt: who.at!, reviewedBy: who.by! };
  return { ok: true, value, columns: reviewColumns({ status: 'accepted', at: who.at!, by: who.by!, reason: null, note: null }) };
}

/** CS sends the handoff back: a reason code always, and a note when the reason is "other". */
export function returnHandoff(input: Actor & { reason: unknown; note?: unknown; currentStatus?: unknown }): ActionResult<NonNullable<SalesToCs['review']>> {
  const who = actorProblems(HANDOFF, input, 'review.reviewedBy');
  const problems = [...who.problems, ...reviewable(input?.currentStatus)];
  const reason = check(HANDOFF, 'review.returnReason', ['review', 'returnReason'], input?.reason, true);
  if (!reason.ok) problems.push(...reason.problems);
  else if (reason.value === undefined)
    problems.push(makeProblem(HANDOFF, 'review.returnReason', 'missing', 'error', 'is missing: say why the handoff goes back to sales.'));
  const note = check(HANDOFF, 'review.returnNote', ['review', 'returnNote'], input?.note, true);
  if (!note.ok) problems.push(...note.problems);
  else if (note.value === undefined && reason.ok && reason.value === 'other')
    problems.push(makeProblem(HANDOFF, 'review.returnNote', 'missing', 'error', 'is missing: with the reason "other", write what sales must fix.'));
  if (problems.length > 0) return fail(problems);
  const value = {
    status: 'returned' as const,
    reviewedAt: who.at!,
    reviewedBy: who.by!,
    returnReason: reason.ok ? (reason.value as ReturnReason) : undefined,
    ...(note.ok && note.value !== undefined && { returnNote: note.value as string }),
  };
  return {
    ok: true,
    value,
    columns: reviewColumns({
      status: 'returned',
      at: who.at!,
      by: who.by!,
      reason: (value.returnReason ?? null) as string | null,
      note: (value as { returnNote?: string }).returnNote ?? null,
    }),
  };
}

export interface DraftOptions extends ActionOptions {
  /** The status column as stored (null or '' before the first save); without it, the draft's own review status. */
  currentStatus?: unknown;
}

/**
 * Sales saves the handoff as a draft: must-have fields may still be missing, nothing present may
 * be malformed. A draft without a version gets the current one (the editor writes today's shape),
 * and the first save also sets the status to draft. It never writes CS's review columns, and it
 * is refused while CS reviews the handoff or once CS has accepted it.
 */
export function saveHandoffDraft(draft: unknown, options: DraftOptions = {}): ActionResult<SalesToCs> {
  const status = statusFrom(options, draft);
  const locked = salesLocked(status, 'changed now');
  if (locked) return fail([locked]);
  if (!isPlainObject(draft)) return fail([makeProblem(HANDOFF, '', 'not_object', 'error', `expected the handoff, got ${describeValue(draft)}.`)]);
  const next = withVersion(draft);
  const prepared = prepareWrite(HANDOFF, next, { platform: options.platform, allowIncomplete: true });
  if (!prepared.ok) return fail(prepared.problems);
  const columns: ColumnValues = { ...prepared.columns };
  if (handoffStageOf(status) === 'none') columns[columnAt(HANDOFF, 'review.status').name] = 'draft';
  return { ok: true, value: prepared.value as SalesToCs, columns };
}
