/** Pieces several cards share: scores, freshness, factors, actions, provenance, problems. */
import type { Kind, LeadScore } from '../contexts';
import type { Factor, Provenance, Score } from '../contexts/common';
import { isMessageKey, kindKey, problemText, type MessageKey, type PluralKey } from '../i18n';
import type { DeepPartial, Problem } from '../parse/result';
import type { ViewContext } from './context';
import { bag, group, items as entriesOf, list, num, oneOf, rankBy, text } from './read';
import type { ActionView, FactorView, FreshnessView, Notice, ScoreView } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_PROBLEM_NOTICES = 20;
const MINUS = '\u2212';

export type ScaleUnit = 'points' | 'percent' | 'probability' | 'percentile';

export type Polarity = 'higher-is-better' | 'higher-is-worse';

export interface ReadScore {
  view: ScoreView;
  unit?: ScaleUnit;
  /** The goodness as a percent (0–100): a win probability whatever the tool's polarity. */
  percent: number;
  isProbability: boolean;
  min: number;
  max: number;
}

/** The stored score's polarity, also when the rest of its scale cannot be read. */
export function scorePolarity(stored: unknown): Polarity | undefined {
  return oneOf(group(group(stored as DeepPartial<Score> | undefined)?.scale)?.polarity, ['higher-is-better', 'higher-is-worse'] as const);
}

/**
 * The one rule of what a factor means for the customer: moving a score in its good direction
 * helps, in its bad direction hurts. Without a known polarity, higher is read as better.
 */
export function effectOf(direction: 'raises' | 'lowers', polarity: Polarity | undefined): 'helps' | 'hurts' {
  const better = polarity === 'higher-is-worse' ? 'lowers' : 'raises';
  return direction === better ? 'helps' : 'hurts';
}

/** Applies scale and polarity: goodness 0–1 (1 best), the number shown as given. */
export function readScore(stored: DeepPartial<Score> | undefined, band: unknown, ctx: ViewContext): ReadScore | undefined {
  const { t, config } = ctx;
  const score = group(stored);
  const value = num(score?.value);
  const scale = group(score?.scale);
  const min = num(scale?.min);
  const max = num(scale?.max);
  const polarity = scorePolarity(stored);
  const unit = oneOf(scale?.unit, ['points', 'percent', 'probability', 'percentile'] as const);
  // Without a full scale a number cannot be read safely: better no meter than a misread one.
  if (value === undefined || min === undefined || max === undefined || !(max > min) || !polarity) return undefined;
  const position = Math.min(1, Math.max(0, (value - min) / (max - min)));
  const goodness = polarity === 'higher-is-worse' ? 1 - position : position;
  const level = goodness >= config.levels.high ? 'high' : goodness >= config.levels.medium ? 'medium' : 'low';
  const isProbability = unit === 'probability' || (unit === undefined && min === 0 && max === 1);
  let valueText: string;
  let scaleText: string;
  if (isProbability && min === 0 && max === 1) {
    valueText = t.formatPercent(value);
    scaleText = t.t('score.probability');
  } else if ((unit === 'percent' || unit === 'probability') && min === 0 && max === 100) {
    valueText = t.formatPercent(value / 100);
    scaleText = unit === 'probability' ? t.t('score.probability') : t.t('score.outOf', { max: t.formatPercent(1) });
  } else {
    valueText = t.formatNumber(value, { maximumFractionDigits: 2 });
    const range = min === 0 ? t.t('score.outOf', { max: t.formatNumber(max) }) : t.t('score.range', { min: t.formatNumber(min), max: t.formatNumber(max) });
    scaleText = unit === 'percentile' ? `${t.t('score.percentile')}, ${range}` : range;
  }
  const bandText = text(band);
  const polarityText = t.t(polarity === 'higher-is-worse' ? 'polarity.higherIsWorse' : 'polarity.higherIsBetter');
  const levelText = t.t(`level.${level}`);
  const view: ScoreView = {
    value,
    valueText,
    scaleText,
    polarityText,
    goodness,
    meterPercent: Math.round(position * 100),
    meterText: t.t('score.meter', { value: valueText, scale: scaleText, level: levelText, polarity: polarityText }),
    level,
    levelText,
    ...(bandText && { bandText: t.t('score.band', { band: bandText }) }),
  };
  return { view, ...(unit && { unit }), percent: goodness * 100, isProbability, min, max };
}

export function ageDays(iso: unknown, now: Date): number | undefined {
  const at = text(iso);
  const time = at ? Date.parse(at) : NaN;
  return Number.isFinite(time) ? (now.getTime() - time) / DAY_MS : undefined;
}

const staleKey: Record<'lead-score' | 'deal-risk' | 'customer-health', PluralKey> = {
  'lead-score': 'freshness.stale.leadScore',
  'deal-risk': 'freshness.stale.dealRisk',
  'customer-health': 'freshness.stale.health',
};

/** How old the output is and which model made it; stale past the kind's threshold. */
export function readFreshness(
  kind: 'lead-score' | 'deal-risk' | 'customer-health',
  scoredAt: unknown,
  stored: DeepPartial<LeadScore['model']> | undefined,
  ctx: ViewContext,
): FreshnessView | undefined {
  const { t, now, config } = ctx;
  const model = group(stored);
  const name = text(model?.name);
  const version = text(model?.version);
  const iso = text(scoredAt);
  const age = ageDays(iso, now);
  if (age === undefined && !name) return undefined;
  const modelText = name ? (version ? t.t('freshness.modelVersion', { name, version }) : t.t('freshness.model', { name })) : '';
  if (age === undefined) return { atIso: '', atText: t.t('freshness.unknown'), ageText: t.t('freshness.unknown'), isStale: false, modelText };
  const limit = config.staleDays[kind];
  const isStale = age > limit;
  return {
    atIso: iso!,
    atText: t.formatDateTime(iso!),
    ageText: t.t('freshness.scored', { relative: t.formatRelative(iso!, now) }),
    isStale,
    ...(isStale && { staleText: t.tn(staleKey[kind], limit) }),
    modelText,
  };
}

export function staleNotice(freshness: FreshnessView | undefined, ctx: ViewContext): Notice[] {
  if (!freshness?.isStale || !freshness.staleText) return [];
  return [{ key: 'stale', tone: 'warning', text: ctx.t.t('freshness.staleNotice', { advice: freshness.staleText }) }];
}

// Keys as constants: views look them up for every factor of every card. Each pair is
// [with a weight, without]; a factor's sentence says what it did to the number, a driver's what it did to health.
const directionKeys = { raises: 'enum.direction.raises', lowers: 'enum.direction.lowers' } as const;
const effectKeys = { helps: 'factor.effect.helps', hurts: 'factor.effect.hurts' } as const;
const sentenceKeys = {
  factor: {
    raises: { helps: ['factor.sentence.raises', 'factor.sentence.raisesPlain'], hurts: ['factor.sentence.raisesWorse', 'factor.sentence.raisesWorsePlain'] },
    lowers: { helps: ['factor.sentence.lowersBetter', 'factor.sentence.lowersBetterPlain'], hurts: ['factor.sentence.lowers', 'factor.sentence.lowersPlain'] },
  },
  driver: {
    raises: { helps: ['driver.sentence.improves', 'driver.sentence.improvesPlain'], hurts: ['driver.sentence.worsens', 'driver.sentence.worsensPlain'] },
    lowers: { helps: ['driver.sentence.improves', 'driver.sentence.improvesPlain'], hurts: ['driver.sentence.worsens', 'driver.sentence.worsensPlain'] },
  },
} as const satisfies Record<'factor' | 'driver', Record<'raises' | 'lowers', Record<'helps' | 'hurts', readonly [MessageKey, MessageKey]>>>;

/**
 * Factors (lead score) and drivers (health), ranked by weight, strongest first, each with a
 * sentence. Weights are in the units of the score's scale; `polarity` (the stored score's) says
 * which way is good, so that the sign, the effect and the sentence follow what helps the customer.
 */
export function readFactors(
  items: Array<DeepPartial<Factor>> | undefined,
  score: ReadScore | undefined,
  ctx: ViewContext,
  variant: { keyPrefix: string; sentence: 'factor' | 'driver'; polarity: Polarity | undefined },
): FactorView[] {
  const { t } = ctx;
  const percentagePoints = score?.unit === 'percent' || !!score?.isProbability;
  // A probability's weights are fractions of 1; people read them as percentage points.
  const factor = score?.isProbability && score.max - score.min === 1 ? 100 : 1;
  const read: Array<FactorView & { rank: number }> = [];
  entriesOf(items).forEach((entry, index) => {
    const item = group(entry);
    const label = text(item?.label);
    const direction = oneOf(item?.direction, ['raises', 'lowers'] as const);
    if (!item || !label || !direction) return;
    const effect = effectOf(direction, variant.polarity);
    const weight = num(item.weight);
    const shown = weight !== undefined ? Math.abs(weight) * factor : undefined;
    const weightKey: PluralKey = percentagePoints ? 'factor.weight.percentagePoints' : 'factor.weight.points';
    const amount = shown !== undefined ? t.formatNumber(shown, { maximumFractionDigits: 1 }) : '';
    const symbol = effect === 'helps' ? '+' : MINUS;
    const hasWeight = shown !== undefined && shown > 0;
    const weightText = hasWeight ? t.tn(weightKey, shown!, { sign: symbol, weight: amount }) : '';
    const plainWeight = hasWeight ? t.tn(weightKey, shown!, { sign: '', weight: amount }) : '';
    const sentenceKey = sentenceKeys[variant.sentence][direction][effect][hasWeight ? 0 : 1];
    const evidence = text(item.evidence);
    const source = text(item.source);
    const observed = text(item.observedAt);
    read.push({
      rank: shown ?? 0,
      key: `${variant.keyPrefix}-${index}`,
      label,
      direction,
      directionText: t.t(directionKeys[direction]),
      effect,
      effectText: t.t(effectKeys[effect]),
      symbol,
      weightText,
      sentence: t.t(sentenceKey, { label, weight: plainWeight }),
      ...(evidence && { evidence }),
      ...(source && { sourceText: t.t('detail.source', { source }) }),
      ...(observed && { observedText: t.t('detail.observed', { date: t.formatDate(observed) }) }),
    });
  });
  return rankBy(read, (f) => f.rank).map(({ rank: _rank, ...view }) => withDetail(view, view.sourceText, view.observedText));
}

export function readAction(stored: DeepPartial<LeadScore['nextAction']> | undefined, ctx: ViewContext): ActionView | undefined {
  const value = group(stored);
  const action = text(value?.action);
  if (!value || !action) return undefined;
  const rationale = text(value.rationale);
  const owner = text(value.owner);
  const due = text(value.dueBy);
  const ownerText = owner ? ctx.t.t('detail.owner', { owner }) : undefined;
  const dueText = due ? ctx.t.t('detail.due', { date: ctx.t.formatDate(due) }) : undefined;
  return withDetail({ action, ...(rationale && { rationale }), ...(ownerText && { ownerText }), ...(dueText && { dueText }) }, ownerText, dueText);
}

/**
 * A detail line, e.g. "Source: HubSpot · Seen 23 Nov 2026": the secondary facts about one item,
 * joined once here so that both platforms show the same line. Undefined when there are none.
 */
export function detailText(...parts: Array<string | undefined>): string | undefined {
  const shown = parts.filter((part): part is string => typeof part === 'string' && part !== '');
  return shown.length ? shown.join(DETAIL_SEPARATOR) : undefined;
}

/** The same in English and French (a middle dot reads as a separator in both). */
const DETAIL_SEPARATOR = ' · ';

/** An item with its detail line (`detailText`) from its own texts, listed in the order shown. */
export function withDetail<T extends object>(item: T, ...parts: Array<string | undefined>): T & { detailText?: string } {
  const line = detailText(...parts);
  return line ? { ...item, detailText: line } : item;
}

/** "By Ana, 23 Nov 2026" / "By Ana" / undefined. */
export function byText(name: unknown, when: unknown, ctx: ViewContext): string | undefined {
  const who = text(name);
  const date = text(when);
  if (who && date) return ctx.t.t('detail.byAt', { name: who, date: ctx.t.formatDate(date) });
  if (who) return ctx.t.t('detail.by', { name: who });
  return undefined;
}

export function provenanceText(stored: DeepPartial<Provenance> | undefined, ctx: ViewContext): string | undefined {
  const value = group(stored);
  const source = text(value?.source);
  if (!value || !source) return undefined;
  const name = text(value.capturedBy);
  const capturedAt = text(value.capturedAt);
  const date = capturedAt ? ctx.t.formatDate(capturedAt) : undefined;
  if (name && date) return ctx.t.t('provenance.sourceByAt', { source, name, date });
  if (name) return ctx.t.t('provenance.sourceBy', { source, name });
  if (date) return ctx.t.t('provenance.sourceAt', { source, date });
  return ctx.t.t('provenance.source', { source });
}

function toneOf(problem: Problem): Notice['tone'] {
  if (problem.code === 'migrated') return 'info';
  return problem.severity === 'warning' ? 'warning' : 'error';
}

/**
 * Parse problems as localised notices, at most 20 and a count of the rest. A column that disagrees
 * with the document is left to its metric-contradiction conflict, which says it once, with who decides.
 */
export function problemNotices(kind: Kind, problems: unknown, ctx: ViewContext, keep: (p: Problem) => boolean = () => true): Notice[] {
  const shownAsConflict = (p: Problem) => p.code === 'column_mismatch' && ctx.config.conflicts.metricContradiction.enabled;
  const shown = list(problems).filter((p): p is Problem => !!bag(p) && keep(p as Problem) && !shownAsConflict(p as Problem));
  const notices: Notice[] = shown.slice(0, MAX_PROBLEM_NOTICES).map((problem, index) => {
    const path = typeof problem.path === 'string' ? problem.path : '';
    return { key: `problem-${index}`, tone: toneOf(problem), text: problemText(problem, ctx.t, kind), ...(path && { path }) };
  });
  const rest = shown.length - notices.length;
  if (rest > 0) notices.push({ key: 'problem-more', tone: 'warning', text: ctx.t.tn('state.moreProblems', rest) });
  return notices;
}

/** Some error cost data: say so once, above the individual problems. */
export function partialNotice(status: string, notices: Notice[], ctx: ViewContext): Notice[] {
  if (status !== 'partial' || !notices.some((n) => n.tone === 'error')) return [];
  return [{ key: 'partial', tone: 'warning', text: ctx.t.t('state.partial') }];
}

export function titleKey(kind: Kind): MessageKey {
  return `${kindKey[kind]}.title` as MessageKey;
}

export function emptyKey(kind: Kind): MessageKey {
  return `${kindKey[kind]}.empty` as MessageKey;
}

/** `best-case` → `enum.forecastCategory.bestCase`. */
export function enumText(ctx: ViewContext, group: string, value: string): string {
  let byValue = enumKeys.get(group);
  if (!byValue) enumKeys.set(group, (byValue = new Map()));
  let key = byValue.get(value);
  if (!key) {
    key = `enum.${group}.${value.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}` as MessageKey;
    // Values come from payloads: remember only the ones the catalog knows.
    if (isMessageKey(key)) byValue.set(value, key);
  }
  return ctx.t.t(key);
}

const enumKeys = new Map<string, Map<string, MessageKey>>();
