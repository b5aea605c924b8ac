/**
 * The sales-to-CS handoff card: what was promised and to whom, how complete it is, and where it
 * stands between sales and CS.
 */
import type { SalesToCs } from '../contexts';
import { fieldLabel, type MessageKey } from '../i18n';
import { registryPath } from '../parse/paths';
import type { ParseResult, Problem } from '../parse/result';
import { fieldsOf } from '../registry';
import { completenessOf } from '../write/completeness';
import { metricConflicts } from './conflicts';
import type { ViewContext, ViewOptions } from './context';
import { buildCard } from './frame';
import { ageDays, byText, enumText, partialNotice, problemNotices, provenanceText, withDetail } from './parts';
import { at, bag, list, num, oneOf, text, texts, webUrl } from './read';
import type { CompletenessView, HandoffStatus, HandoffView, Notice } from './types';

const KIND = 'sales-to-cs';
const reviewStatuses = ['draft', 'submitted', 'accepted', 'returned'] as const;
const sentiments = ['positive', 'neutral', 'negative'] as const;
const levels = ['low', 'medium', 'high'] as const;

const mustHavePaths = fieldsOf(KIND)
  .filter((f) => f.mustHave)
  .map((f) => f.path);

/** A problem that only says a must-have field is not filled in yet (or a group holding some). */
function isMustHaveGap(problem: Problem): boolean {
  if (problem.code !== 'missing' && problem.code !== 'too_small') return false;
  const path = registryPath(typeof problem.path === 'string' ? problem.path : '');
  return mustHavePaths.some((must) => must === path || must.startsWith(`${path}.`));
}

export function completenessView(value: unknown, ctx: ViewContext): CompletenessView {
  const { t } = ctx;
  const result = completenessOf(KIND, value);
  const missing = result.missing.map((path) => ({ key: `missing-${path}`, path, label: fieldLabel(KIND, path, t) }));
  const complete = missing.length === 0;
  return {
    percent: result.percent,
    percentText: t.formatPercent(result.percent / 100),
    complete,
    filled: result.filled,
    total: result.total,
    missing,
    summaryText: t.tn('completeness.summary', result.total, { filled: t.formatNumber(result.filled) }),
    missingText: complete ? '' : t.t('completeness.missing', { fields: t.formatList(missing.map((m) => m.label)) }),
  };
}

function statusOf(value: unknown): Exclude<HandoffStatus, 'none'> {
  return oneOf(at(at(value, 'review'), 'status'), reviewStatuses) ?? 'draft';
}

function reviewNotices(status: HandoffStatus, value: unknown, completeness: CompletenessView, ctx: ViewContext): Notice[] {
  const { t, now, config } = ctx;
  if (status === 'draft' && !completeness.complete) return [{ key: 'review-draft', tone: 'info', text: t.t('review.draft') }];
  if (status === 'returned') return [{ key: 'review-returned', tone: 'warning', text: t.t('review.returnedNotice') }];
  if (status === 'submitted') {
    const age = ageDays(at(at(value, 'timeline'), 'submittedAt'), now);
    if (age !== undefined && age > config.reviewDays)
      return [{ key: 'review-waiting', tone: 'warning', text: t.tn('review.waiting', Math.floor(age)) }];
  }
  return [];
}

export function handoffView(result: ParseResult<SalesToCs>, options: ViewOptions = {}): HandoffView {
  return buildCard<HandoffView>(
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
    }),
    ({ status: parseStatus, value, problems, contradictions }, base, ctx) => {
      const { t } = ctx;
      const status = statusOf(value);
      const completeness = completenessView(value, ctx);
      // While sales is still writing it, an empty must-have field is a gap in the meter, not an error.
      const editing = status === 'draft' || status === 'returned';
      const notices = problemNotices(KIND, problems, ctx, (p) => !(editing && isMustHaveGap(p)));

      const outcome = at(value, 'desiredOutcome');
      const requiredOutcome = text(at(outcome, 'requiredOutcome'));
      const approach = text(at(outcome, 'approach'));
      const useCases = texts(at(outcome, 'useCases'));
      const desiredOutcome =
        requiredOutcome || approach || useCases.length
          ? { ...(requiredOutcome && { requiredOutcome }), ...(approach && { approach }), useCases }
          : undefined;

      const successCriteria = list(at(value, 'successCriteria')).flatMap((c, index) => {
        const metric = text(at(c, 'metric'));
        if (!metric) return [];
        const baseline = text(at(c, 'baseline'));
        const targetDate = text(at(c, 'targetDate'));
        const confirmed = at(c, 'customerConfirmed') === true;
        const provenance = provenanceText(at(c, 'provenance'), ctx);
        const baselineText = baseline ? t.t('criterion.baseline', { value: baseline }) : undefined;
        const targetDateText = targetDate ? t.t('criterion.targetBy', { date: t.formatDate(targetDate) }) : undefined;
        const item = {
          key: `criterion-${index}`,
          metric,
          ...(baselineText && { baselineText }),
          target: text(at(c, 'target')) ?? '',
          ...(targetDateText && { targetDateText }),
          confirmed,
          confirmedText: t.t(confirmed ? 'criterion.confirmed' : 'criterion.assumed'),
          ...(provenance && { provenanceText: provenance }),
        };
        return [withDetail(item, baselineText, targetDateText, provenance)];
      });

      const commitments = list(at(value, 'commitments')).flatMap((c, index) => {
        const item = text(at(c, 'item'));
        const type = oneOf(at(c, 'type'), ['contractual', 'sow', 'informal', 'roadmap'] as const);
        if (!item || !type) return [];
        const owner = text(at(c, 'owner'));
        const due = text(at(c, 'dueDate'));
        const evidenceUrl = webUrl(at(c, 'evidenceUrl'));
        const provenance = provenanceText(at(c, 'provenance'), ctx);
        const ownerText = owner ? t.t('detail.owner', { owner }) : undefined;
        const dueText = due ? t.t('detail.due', { date: t.formatDate(due) }) : undefined;
        const commitment = {
          key: `commitment-${index}`,
          item,
          type,
          typeText: enumText(ctx, 'commitmentType', type),
          ...(ownerText && { ownerText }),
          ...(dueText && { dueText }),
          ...(evidenceUrl && { evidenceUrl }),
          ...(provenance && { provenanceText: provenance }),
        };
        return [withDetail(commitment, ownerText, dueText, provenance)];
      });

      const terms = at(value, 'commercialTerms');
      const products = texts(at(terms, 'products'));
      const arr = num(at(terms, 'arr'));
      const currency = text(at(terms, 'currency'));
      const termMonths = num(at(terms, 'termMonths'));
      const renewal = text(at(terms, 'renewalDate'));
      const nonStandardTerms = text(at(terms, 'nonStandardTerms'));
      const commercialParts = {
        ...(products.length && { productsText: t.formatList(products) }),
        ...(arr !== undefined && { arrText: currency ? t.formatCurrency(arr, currency) : t.formatNumber(arr) }),
        ...(termMonths !== undefined && { termText: t.tn('commercial.term', termMonths) }),
        ...(renewal && { renewalText: t.t('commercial.renews', { date: t.formatDate(renewal) }) }),
        ...(nonStandardTerms && { nonStandardTerms }),
      };
      const commercial = Object.keys(commercialParts).length
        ? withDetail(commercialParts, commercialParts.productsText, commercialParts.arrText, commercialParts.termText, commercialParts.renewalText)
        : undefined;

      const accountSentiment = oneOf(at(value, 'accountSentiment'), sentiments);

      const stakeholders = list(at(value, 'stakeholders')).flatMap((s, index) => {
        const name = text(at(s, 'name'));
        const role = oneOf(at(s, 'role'), ['champion', 'economic-buyer', 'influencer', 'detractor', 'power-user'] as const);
        const sentiment = oneOf(at(s, 'sentiment'), sentiments);
        if (!name || !role || !sentiment) return [];
        const jobTitle = text(at(s, 'title'));
        const roleText = enumText(ctx, 'stakeholderRole', role);
        const sentimentText = enumText(ctx, 'sentiment', sentiment);
        return [withDetail({ key: `stakeholder-${index}`, name, ...(jobTitle && { jobTitle }), roleText, sentiment, sentimentText }, jobTitle, roleText, sentimentText)];
      });

      const objections = list(at(value, 'objections')).flatMap((o, index) => {
        const objection = text(at(o, 'objection'));
        if (!objection) return [];
        return [{ key: `objection-${index}`, objection, resolution: text(at(o, 'resolution')) ?? '' }];
      });

      const competitors = texts(at(value, 'competitors'));
      const whyWon = text(at(value, 'whyWon'));

      const risks = list(at(value, 'risks')).flatMap((r, index) => {
        const risk = text(at(r, 'risk'));
        const severity = oneOf(at(r, 'severity'), ['low', 'medium', 'high', 'critical'] as const);
        const likelihood = oneOf(at(r, 'likelihood'), levels);
        if (!risk || !severity || !likelihood) return [];
        const mitigation = text(at(r, 'mitigation'));
        const owner = text(at(r, 'owner'));
        const severityText = enumText(ctx, 'severity', severity);
        const likelihoodText = enumText(ctx, 'likelihood', likelihood);
        const ownerText = owner ? t.t('detail.owner', { owner }) : undefined;
        const item = { key: `known-risk-${index}`, risk, severityText, likelihoodText, ...(mitigation && { mitigation }), ...(ownerText && { ownerText }) };
        return [withDetail(item, severityText, likelihoodText, ownerText)];
      });

      const needs = at(value, 'technicalNeeds');
      const integrations = texts(at(needs, 'integrations'));
      const sso = at(needs, 'sso');
      const migration = text(at(needs, 'migration'));
      const compliance = texts(at(needs, 'compliance'));
      const technicalParts = {
        ...(integrations.length && { integrationsText: t.formatList(integrations) }),
        ...(typeof sso === 'boolean' && { ssoText: t.t(sso ? 'technical.ssoRequired' : 'technical.ssoNotRequired') }),
        ...(migration && { migration }),
        ...(compliance.length && { complianceText: t.formatList(compliance) }),
      };
      const technical = Object.keys(technicalParts).length
        ? withDetail(technicalParts, technicalParts.integrationsText, technicalParts.ssoText, technicalParts.migration, technicalParts.complianceText)
        : undefined;

      const timelineValue = at(value, 'timeline');
      const timeline = (['closedWonAt', 'submittedAt', 'kickoffAt', 'targetGoLive'] as const).flatMap((name) => {
        const when = text(at(timelineValue, name));
        if (!when) return [];
        const dateText = name === 'targetGoLive' ? t.formatDate(when) : t.formatDateTime(when);
        return [{ key: `timeline-${name}`, label: fieldLabel(KIND, `timeline.${name}`, t), dateText }];
      });

      const reviewValue = at(value, 'review');
      const reviewedBy = text(at(reviewValue, 'reviewedBy'));
      const reviewedAt = text(at(reviewValue, 'reviewedAt'));
      const returnReason = oneOf(at(reviewValue, 'returnReason'), [
        'missing-success-criteria',
        'unclear-commitments',
        'wrong-stakeholders',
        'commercial-mismatch',
        'other',
      ] as const);
      const returnNote = text(at(reviewValue, 'returnNote'));
      let reviewedText: string | undefined;
      if (status === 'accepted' || status === 'returned') {
        const date = reviewedAt ? t.formatDate(reviewedAt) : '';
        const prefix = status === 'accepted' ? 'review.accepted' : 'review.returned';
        if (reviewedBy && reviewedAt) reviewedText = t.t(`${prefix}By` as MessageKey, { name: reviewedBy, date });
        else if (reviewedAt) reviewedText = t.t(prefix as MessageKey, { date });
        else if (reviewedBy) reviewedText = byText(reviewedBy, undefined, ctx);
      }
      // A resubmitted handoff keeps the last return's reason and note in CS's columns (sales cannot
      // clear them): they describe the handoff only while it stands returned.
      const returned = status === 'returned';
      const reviewParts = {
        ...(reviewedText && { reviewedText }),
        ...(returned && returnReason && { returnReasonText: t.t('review.reason', { reason: enumText(ctx, 'returnReason', returnReason) }) }),
        ...(returned && returnNote && { returnNote }),
      };

      return {
        ...base,
        kind: KIND,
        status,
        statusText: enumText(ctx, 'handoffStatus', status),
        notices: [
          ...base.notices,
          ...partialNotice(parseStatus, notices, ctx),
          ...reviewNotices(status, value, completeness, ctx),
          ...notices,
        ],
        conflicts: metricConflicts(contradictions, (path) => fieldLabel(KIND, path, t), ctx),
        completeness,
        ...(desiredOutcome && { desiredOutcome }),
        successCriteria,
        commitments,
        ...(commercial && { commercial }),
        ...(accountSentiment && { accountSentimentText: enumText(ctx, 'sentiment', accountSentiment) }),
        stakeholders,
        objections,
        ...(competitors.length && { competitorsText: t.formatList(competitors) }),
        ...(whyWon && { whyWon }),
        risks,
        ...(technical && { technical }),
        timeline,
        ...(Object.keys(reviewParts).length && { review: reviewParts }),
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
