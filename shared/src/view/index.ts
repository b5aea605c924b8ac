/** The view models both platforms' cards render: display-ready, localised, never throwing. */
export type {
  ActionView,
  CardView,
  CompletenessView,
  ConflictType,
  ConflictView,
  CustomerHealthView,
  DealRiskView,
  FactorView,
  FreshnessView,
  HandoffStatus as HandoffViewStatus,
  HandoffView,
  LeadActionView,
  LeadScoreView,
  Notice,
  ScoreView,
  Tone,
} from './types';
export type { ViewOptions } from './context';
export { FEEDBACK_PREVIEW_COUNT, leadScoreView } from './lead-score';
export { dealRiskView } from './deal-risk';
export { handoffView, completenessView } from './handoff';
export { customerHealthView } from './customer-health';
export { explainText } from './explain';
