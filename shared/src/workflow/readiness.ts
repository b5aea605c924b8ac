/**
 * What CS would return a handoff for, though it may be submitted: the rules sales sees before it
 * submits. They warn and do not block (sales may know what the data does not), and they are the
 * reasons CS gives when it returns a handoff (`missing-success-criteria`) or escalates (the customer
 * health conflict), so a warning here is a return avoided.
 */
import type { Completeness } from '../write/completeness';

export type SubmitWarningCode = 'no-confirmed-criterion' | 'positive-read-low-health';

export interface SubmitWarning {
  code: SubmitWarningCode;
  /** The registry path of the field to fix. */
  path: string;
}

export interface ReadinessInput {
  criteria: Completeness['criteria'];
  /** Sales' read of the account, as the handoff holds it. */
  accountSentiment: 'positive' | 'neutral' | 'negative' | undefined;
  /** True when the account's health score sits in the low band the health conflict uses (undefined: no score). */
  healthLow: boolean | undefined;
}

export function handoffSubmitWarnings(input: ReadinessInput): SubmitWarning[] {
  const warnings: SubmitWarning[] = [];
  // Criteria all assumed by sales: the reason CS returned Kestrel's Insights handoff. (No criterion
  // at all is a must-have gap, which the meter and the submit rule already name.)
  if (input.criteria.total > 0 && input.criteria.confirmed === 0) warnings.push({ code: 'no-confirmed-criterion', path: 'successCriteria' });
  if (input.accountSentiment === 'positive' && input.healthLow === true) warnings.push({ code: 'positive-read-low-health', path: 'accountSentiment' });
  return warnings;
}
