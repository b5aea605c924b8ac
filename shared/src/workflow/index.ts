/** The handoff workflow both platforms follow: the rules, the form, and editing a draft through it. */
export {
  customerSuccessMayReview,
  handoffCopyFor,
  handoffPermissions,
  handoffRoles,
  handoffStageOf,
  handoffStages,
  handoffStandingOf,
  handoffWorkflow,
  salesMayEdit,
  type HandoffCopy,
  type HandoffPermissions,
  type HandoffRole,
  type HandoffSituation,
  type HandoffStage,
  type HandoffStanding,
  type HandoffWorkflow,
} from './rules';
export {
  handoffForm,
  newHandoffRow,
  type HandoffForm,
  type HandoffFormField,
  type HandoffFormOption,
  type HandoffFormSection,
  type HandoffInputKind,
} from './form';
export {
  draftPathOf,
  draftValueAt,
  inputCheckedOf,
  inputTextOf,
  inputValueOf,
  linesOf,
  withDraftRowAdded,
  withDraftRowRemoved,
  withDraftValue,
  type Draft,
  type DraftPath,
} from './draft';
export { handoffSubmitWarnings, type ReadinessInput, type SubmitWarning, type SubmitWarningCode } from './readiness';
export { handoffFieldErrors, type HandoffFieldError } from './field-errors';
