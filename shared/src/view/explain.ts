/**
 * What a card shows, as plain text (for `handoff explain`): the same view model, rendered as
 * lines instead of markup, so the CLI and the cards never disagree.
 */
import type { Kind } from '../contexts';
import type { ParseResult } from '../parse/result';
import type { ViewContext, ViewOptions } from './context';
import { contextOf } from './context';
import { viewOf, type ViewOf } from '../kinds';
import type { PayloadOf } from '../parse/result';
import type { CardView, ConflictView, FactorView, FreshnessView, ScoreView } from './types';
import type { MessageKey } from '../i18n';

type Lines = string[];

const INDENT = '  ';

function join(...parts: Array<string | undefined | false>): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' · ');
}

function section(out: Lines, ctx: ViewContext, heading: MessageKey, body: Lines) {
  if (body.length === 0) return;
  out.push('', ctx.t.t(heading), ...body.map((line) => INDENT + line));
}

function scoreLine(score: ScoreView | undefined): Lines {
  if (!score) return [];
  return [join(`${score.valueText} ${score.scaleText}`, score.bandText, score.levelText, score.polarityText)];
}

function freshnessLines(freshness: FreshnessView | undefined): Lines {
  if (!freshness) return [];
  return [
    join(freshness.ageText, freshness.atText !== freshness.ageText && freshness.atText, freshness.modelText),
    ...(freshness.staleText ? [freshness.staleText] : []),
  ];
}

function factorLines(factors: FactorView[]): Lines {
  return factors.flatMap((f) => [
    `${f.symbol} ${f.sentence}`,
    ...[f.evidence, join(f.sourceText, f.observedText)].filter(Boolean).map((line) => INDENT + line),
  ]);
}

function labelled(ctx: ViewContext, label: string, value: string): string {
  return ctx.t.t('text.labelled', { label, value });
}

function conflictLines(conflicts: ConflictView[], ctx: ViewContext): Lines {
  return conflicts.flatMap((c) => [labelled(ctx, c.title, c.summary), INDENT + join(c.notifyText, c.ownerText, c.deadlineText)]);
}

function frame(view: CardView, ctx: ViewContext, body: (out: Lines) => void): string {
  const out: Lines = [view.title];
  if (view.stateText) out.push(view.stateText);
  if (view.state === 'ready') body(out);
  section(out, ctx, 'section.conflicts', conflictLines(view.conflicts, ctx));
  section(
    out,
    ctx,
    'section.notices',
    view.notices.map((n) => `${n.tone === 'error' ? '✗' : n.tone === 'warning' ? '!' : 'i'} ${n.text}`),
  );
  return `${out.join('\n')}\n`;
}

const words = (...parts: Array<string | undefined>) => parts.filter(Boolean).join(' ');

type Body<K extends Kind> = (v: ViewOf<K>, ctx: ViewContext) => (out: Lines) => void;

/** What each kind's card shows below its header, as lines. Typed by kind: a context without one does not compile. */
const bodies: { [K in Kind]: Body<K> } = {
  'lead-score': (v, ctx) => (out) => {
    section(out, ctx, 'section.score', [...scoreLine(v.score), ...freshnessLines(v.freshness)]);
    section(out, ctx, 'section.whyScore', factorLines(v.factors));
    section(
      out,
      ctx,
      'section.intentSignals',
      v.intentSignals.map((s) => join(s.topic, s.strengthText, s.trendText, s.sourceText, s.observedText)),
    );
    if (v.engagement)
      section(out, ctx, 'section.engagement', [v.engagement.summary, join(v.engagement.lastTouchText, v.engagement.touchesText)].filter(Boolean));
    if (v.nextAction)
      section(out, ctx, 'section.nextAction', [
        v.nextAction.action,
        ...[v.nextAction.rationale, join(v.nextAction.ownerText, v.nextAction.dueText)].filter((s): s is string => !!s),
      ]);
    if (v.disposition)
      section(out, ctx, 'section.disposition', [join(v.disposition.statusText, v.disposition.byText), ...(v.disposition.reason ? [v.disposition.reason] : [])]);
    section(out, ctx, 'section.feedback', [
      ...(v.feedbackSummaryText ? [v.feedbackSummaryText] : []),
      ...v.feedback.map((f) => join(f.verdictText, f.byText, f.reason)),
    ]);
  },
  'deal-risk': (v, ctx) => (out) => {
    section(out, ctx, 'section.winProbability', [...scoreLine(v.winProbability), ...freshnessLines(v.freshness)]);
    if (v.repForecast)
      section(out, ctx, 'section.repForecast', [
        join(v.repForecast.categoryText, v.repForecast.probabilityText, v.repForecast.updatedText),
        ...(v.gapText ? [v.gapText] : []),
      ]);
    section(
      out,
      ctx,
      'section.riskFactors',
      v.risks.flatMap((r) => [
        join(`[${r.severityText}] ${r.label}`, r.categoryText, r.detectedText, r.sourceText, r.ownerText),
        ...(r.mitigation ? [INDENT + r.mitigation] : []),
      ]),
    );
  },
  'sales-to-cs': (v, ctx) => (out) => {
    const { t } = ctx;
    const c = v.completeness;
    out.push(t.t('explain.status', { status: v.statusText }), join(`${c.percentText}`, c.summaryText), ...(c.missingText ? [c.missingText] : []));
    const o = v.desiredOutcome;
    if (o)
      section(
        out,
        ctx,
        'section.desiredOutcome',
        [o.requiredOutcome, o.approach, o.useCases.length ? t.formatList(o.useCases) : undefined].filter((s): s is string => !!s),
      );
    section(
      out,
      ctx,
      'section.successCriteria',
      v.successCriteria.map((s) => join(words(s.metric, '→', s.target), s.baselineText, s.targetDateText, s.confirmedText, s.provenanceText)),
    );
    section(
      out,
      ctx,
      'section.commitments',
      v.commitments.map((m) => join(m.item, m.typeText, m.ownerText, m.dueText, m.evidenceUrl, m.provenanceText)),
    );
    if (v.commercial)
      section(out, ctx, 'section.commercialTerms', [
        join(v.commercial.productsText, v.commercial.arrText, v.commercial.termText, v.commercial.renewalText),
        ...(v.commercial.nonStandardTerms ? [v.commercial.nonStandardTerms] : []),
      ]);
    if (v.accountSentimentText) section(out, ctx, 'section.accountSentiment', [v.accountSentimentText]);
    section(
      out,
      ctx,
      'section.stakeholders',
      v.stakeholders.map((s) => join(s.name, s.jobTitle, s.roleText, s.sentimentText)),
    );
    section(
      out,
      ctx,
      'section.objections',
      v.objections.map((o) => `${o.objection} → ${o.resolution}`),
    );
    if (v.competitorsText) section(out, ctx, 'section.competitors', [v.competitorsText]);
    if (v.whyWon) section(out, ctx, 'section.whyWon', [v.whyWon]);
    section(
      out,
      ctx,
      'section.knownRisks',
      v.risks.map((r) =>
        join(r.risk, t.t('detail.severity', { value: r.severityText }), t.t('detail.likelihood', { value: r.likelihoodText }), r.mitigation, r.ownerText),
      ),
    );
    if (v.technical)
      section(
        out,
        ctx,
        'section.technicalNeeds',
        [v.technical.integrationsText, v.technical.ssoText, v.technical.migration, v.technical.complianceText].filter((s): s is string => !!s),
      );
    section(
      out,
      ctx,
      'section.timeline',
      v.timeline.map((e) => labelled(ctx, e.label, e.dateText)),
    );
    if (v.review)
      section(
        out,
        ctx,
        'section.review',
        [v.review.reviewedText, v.review.returnReasonText, v.review.returnNote].filter((s): s is string => !!s),
      );
  },
  'customer-health': (v, ctx) => (out) => {
    const { t } = ctx;
    section(out, ctx, 'section.score', [
      ...scoreLine(v.score),
      ...(v.trendText ? [t.t('detail.trend', { value: v.trendText })] : []),
      ...freshnessLines(v.freshness),
    ]);
    section(out, ctx, 'section.drivers', factorLines(v.drivers));
    if (v.intervention)
      section(out, ctx, 'section.intervention', [
        v.intervention.action,
        ...[v.intervention.rationale, join(v.intervention.ownerText, v.intervention.dueText)].filter((s): s is string => !!s),
      ]);
    if (v.csmSentiment)
      section(out, ctx, 'section.csmSentiment', [
        join(v.csmSentiment.sentimentText, v.csmSentiment.byText),
        ...(v.csmSentiment.note ? [v.csmSentiment.note] : []),
      ]);
  },
};

/** Plain text of what the kind's card shows for a parse result. Never throws. */
export function explainText<K extends Kind>(kind: K, result: ParseResult<unknown>, options: ViewOptions = {}): string {
  const ctx = contextOf(options);
  const body = bodies[kind] as Body<K> | undefined;
  if (!body) return `${ctx.t.t('state.unreadable')}\n`; // a kind name from outside the types
  try {
    const view = viewOf(kind, result as ParseResult<PayloadOf<K>>, options);
    return frame(view, ctx, body(view, ctx));
  } catch {
    return `${ctx.t.t('state.unreadable')}\n`;
  }
}
