/**
 * The handoff workflow: who may edit, submit, accept and return a handoff, and when; and which copy
 * each team reads. Both platforms' cards and the core's own actions ask these rules, so the two
 * platforms cannot disagree again.
 */
import type { SalesToCs } from '../contexts';
import { readOwn } from '../parse/paths';

/** Who looks at the handoff: the AE who writes it, or the CS manager who reviews it. */
export type HandoffRole = 'sales' | 'customer-success';
export const handoffRoles: readonly HandoffRole[] = ['sales', 'customer-success'];

/** Where a handoff stands: the status column's values, and `none` before anything is saved. */
export type HandoffStage = 'none' | NonNullable<SalesToCs['review']>['status'];
export const handoffStages: readonly HandoffStage[] = ['none', 'draft', 'submitted', 'accepted', 'returned'];

export interface HandoffSituation {
  role: HandoffRole;
  /** A stage, or a raw status column value (null or '' read as `none`; anything unknown allows nothing). */
  status: unknown;
  /** False when the stored handoff cannot be read: an editor would start empty and overwrite it. */
  readable: boolean;
}

export interface HandoffPermissions {
  canEdit: boolean;
  canSubmit: boolean;
  canAccept: boolean;
  canReturn: boolean;
}

/** The column a role reads: CS reviews the copy as submitted, sales edits the live document. */
export type HandoffCopy = 'document' | 'snapshot';

const NOTHING: HandoffPermissions = { canEdit: false, canSubmit: false, canAccept: false, canReturn: false };

/** A status column value as a stage; undefined when it is not one (a value this version does not know). */
export function handoffStageOf(status: unknown): HandoffStage | undefined {
  if (status === undefined || status === null || status === '') return 'none';
  return typeof status === 'string' && (handoffStages as readonly string[]).includes(status) ? (status as HandoffStage) : undefined;
}

/**
 * Sales works on the handoff until it is submitted, and again once CS returns it; while CS reviews
 * it, and once CS has accepted it, it is CS's record of what was promised.
 */
export function salesMayEdit(stage: HandoffStage | undefined): boolean {
  return stage === 'none' || stage === 'draft' || stage === 'returned';
}

/** CS reviews a handoff only once sales has submitted it, and only once. */
export function customerSuccessMayReview(stage: HandoffStage | undefined): boolean {
  return stage === 'submitted';
}

/** What the role may do with the handoff as it stands. */
export function handoffPermissions(situation: HandoffSituation): HandoffPermissions {
  if (!situation || situation.readable !== true) return NOTHING;
  const stage = handoffStageOf(situation.status);
  if (situation.role === 'sales') {
    const edit = salesMayEdit(stage);
    return { canEdit: edit, canSubmit: edit, canAccept: false, canReturn: false };
  }
  if (situation.role === 'customer-success') {
    const review = customerSuccessMayReview(stage);
    return { canEdit: false, canSubmit: false, canAccept: review, canReturn: review };
  }
  return NOTHING;
}

export function handoffCopyFor(role: HandoffRole): HandoffCopy {
  return role === 'customer-success' ? 'snapshot' : 'document';
}

export interface HandoffStanding {
  status: HandoffStage;
  readable: boolean;
}

/**
 * Where a handoff stands, from a parse result or a handoff view. A document without a status is
 * a draft (as the view reads it); an unreadable one is `none` and not readable.
 */
export function handoffStandingOf(source: unknown): HandoffStanding {
  const state = readOwn(source, 'state');
  if (state.ok && typeof state.value === 'string') {
    // A view: `state` says whether it could be read, `status` where it stands.
    const status = readOwn(source, 'status');
    const stage = status.ok ? handoffStageOf(status.value) : undefined;
    if (state.value === 'invalid' || stage === undefined) return { status: 'none', readable: false };
    return { status: stage, readable: true };
  }
  const status = readOwn(source, 'status');
  if (!status.ok) return { status: 'none', readable: false };
  if (status.value === 'empty') return { status: 'none', readable: true };
  if (status.value !== 'valid' && status.value !== 'partial') return { status: 'none', readable: false };
  const value = readOwn(source, 'value');
  const review = value.ok ? readOwn(value.value, 'review') : undefined;
  const stored = review?.ok ? readOwn(review.value, 'status') : undefined;
  const stage = handoffStageOf(stored?.ok ? stored.value : undefined);
  if (stage === undefined) return { status: 'none', readable: false };
  return { status: stage === 'none' ? 'draft' : stage, readable: true };
}

export interface HandoffWorkflow extends HandoffPermissions, HandoffStanding {
  role: HandoffRole;
  copy: HandoffCopy;
}

/** Everything a card needs to decide its buttons: where the handoff stands and what the role may do. */
export function handoffWorkflow(role: HandoffRole, source: unknown): HandoffWorkflow {
  const standing = handoffStandingOf(source);
  return { role, copy: handoffCopyFor(role), ...standing, ...handoffPermissions({ role, ...standing }) };
}
