/**
 * The sales-to-CS handoff card: what was promised and to whom, how complete it is, and where it
 * stands between sales and CS. Each section has its own reader; this puts them together.
 */
import type { CustomerHealth, SalesToCs } from '../../contexts';
import type { ParseResult } from '../../parse/result';
import { metricConflicts } from '../conflicts';
import type { ViewOptions } from '../context';
import { buildCard } from '../frame';
import { enumText, partialNotice, problemNotices } from '../parts';
import { at, bag, oneOf, text, texts } from '../read';
import type { HandoffView } from '../types';
import { readAccountSentiment, readKnownRisks, readObjections, readStakeholders, sentiments } from './account';
import { completenessView, isMustHaveGap } from './completeness';
import { readTechnical, readTimeline } from './delivery';
import { submitWarnings } from './readiness';
import { readReview, reviewNotices, statusOf } from './review';
import { readCommercial, readCommitments, readCriteria, readOutcome } from './sale';
import { KIND } from './stored';

export { completenessView } from './completeness';

/**
 * `related.health`: the account's customer health, when the card can read it: sales is warned
 * before submitting a positive read of an account whose health is low.
 */
export function handoffView(result: ParseResult<SalesToCs>, options: ViewOptions = {}, related?: { health?: ParseResult<CustomerHealth> }): HandoffView {
  return buildCard<HandoffView, typeof KIND>(
    KIND,
    result,
    options,
    (base, ctx) => ({
      ...base,
      kind: KIND,
      status: 'none',
      statusText: ctx.t.t('enum.handoffStatus.none'),
      completeness: completenessView(undefined, ctx),
      successCriteria: [],
      commitments: [],
      stakeholders: [],
      objections: [],
      risks: [],
      timeline: [],
      submitWarnings: [],
    }),
    ({ status: parseStatus, value, problems, contradictions }, base, ctx) => {
      const { t } = ctx;
      const status = statusOf(value);
      const completeness = completenessView(value, ctx);
      // While sales is still writing it, an empty must-have field is a gap in the meter, not an error.
      const editing = status === 'draft' || status === 'returned';
      const notices = problemNotices(KIND, problems, ctx, (p) => !(editing && isMustHaveGap(p)));

      const desiredOutcome = readOutcome(value);
      const commercial = readCommercial(value, ctx);
      const accountSentimentText = readAccountSentiment(value, ctx);
      const competitors = texts(value.competitors);
      const whyWon = text(value.whyWon);
      const technical = readTechnical(value, ctx);
      const review = readReview(status, value, ctx);
      let health: unknown;
      try {
        health = related && typeof related === 'object' ? related.health : undefined;
      } catch {
        health = undefined;
      }

      return {
        ...base,
        kind: KIND,
        status,
        statusText: enumText(ctx, 'handoffStatus', status),
        notices: [...base.notices, ...partialNotice(parseStatus, notices, ctx), ...reviewNotices(status, value, completeness, ctx), ...notices],
        conflicts: metricConflicts(KIND, contradictions, value, ctx),
        completeness,
        ...(desiredOutcome && { desiredOutcome }),
        successCriteria: readCriteria(value, ctx),
        commitments: readCommitments(value, ctx),
        ...(commercial && { commercial }),
        ...(accountSentimentText && { accountSentimentText }),
        stakeholders: readStakeholders(value, ctx),
        objections: readObjections(value),
        ...(competitors.length && { competitorsText: t.formatList(competitors) }),
        ...(whyWon && { whyWon }),
        risks: readKnownRisks(value, ctx),
        ...(technical && { technical }),
        timeline: readTimeline(value, ctx),
        ...(review && { review }),
        submitWarnings: submitWarnings(value, completeness, health, ctx),
      };
    },
  );
}

/** Sales' read of the account from a handoff result, for the health conflict; undefined if unknown. */
export function accountSentimentOf(result: unknown): 'positive' | 'neutral' | 'negative' | undefined {
  const status = at(result, 'status');
  if (status !== 'valid' && status !== 'partial') return undefined;
  return oneOf(at(bag(at(result, 'value')), 'accountSentiment'), sentiments);
}
