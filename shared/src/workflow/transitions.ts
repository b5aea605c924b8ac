/**
 * The handoff workflow as a table of status changes, for platforms that enforce it in the CRM itself
 * (the Salesforce validation rules are generated from it). Apart from rules.ts so that no card loads it.
 */
import { customerSuccessMayReview, handoffStages, salesMayEdit, type HandoffRole, type HandoffStage } from './rules';

/** A status change the workflow allows: who makes it, from which stages, to which. */
export interface HandoffTransition {
  role: HandoffRole;
  from: HandoffStage[];
  to: HandoffStage[];
}

/**
 * Every status change the workflow allows, from the same rules the cards ask: sales saves a draft
 * and submits it while it may edit; CS accepts or returns what was submitted.
 */
export const handoffTransitions: readonly HandoffTransition[] = [
  { role: 'sales', from: handoffStages.filter(salesMayEdit), to: ['draft', 'submitted'] },
  { role: 'customer-success', from: handoffStages.filter(customerSuccessMayReview), to: ['accepted', 'returned'] },
];

/** The stages in which the handoff is CS's record and sales may not change it. */
export const handoffLockedStages: readonly HandoffStage[] = handoffStages.filter((stage) => stage !== 'none' && !salesMayEdit(stage));
