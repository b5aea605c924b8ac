/**
 * The four conflicts of the escalation table, shown where they happen with who is told, who
 * decides and by when. Thresholds, people and deadlines come from the settings.
 */
import type { ConflictRule, HandoffConfig, Role } from '../config';
import type { Kind } from '../contexts';
import { fieldLabel, isMessageKey, type MessageKey } from '../i18n';
import { getAt } from '../parse/paths';
import type { ViewContext } from './context';
import { dayIn, dayText, nextMeetingDay } from './calendar';
import { at, list, num, oneOf, text } from './read';
import { readScore, type ReadScore } from './parts';
import type { ConflictType, ConflictView } from './types';

const HOUR_MS = 60 * 60 * 1000;

const titles: Record<ConflictType, MessageKey> = {
  'lead-quality': 'conflict.leadQuality.title',
  'forecast-discrepancy': 'conflict.forecast.title',
  'metric-contradiction': 'conflict.metric.title',
  'customer-health': 'conflict.health.title',
};

export function roleText(role: Role, ctx: ViewContext): string {
  return isMessageKey(role) ? ctx.t.t(role) : role;
}

/**
 * A conflict card entry, with its state (open or overdue) and, where one can be computed, its due
 * date. `since`: when the conflict arose (a rejection, a score). An hours deadline counts from it
 * (without it the deadline reads "within 48 hours"); a meeting deadline is the first meeting day
 * after it (after today when it is unknown), from the cadence in the settings.
 */
export function conflictView(type: ConflictType, key: string, rule: ConflictRule, summary: string, ctx: ViewContext, since?: string): ConflictView {
  const { t, now, config } = ctx;
  let deadlineText: string;
  let dueAtIso: string | undefined;
  let dueDate: string | undefined;
  let overdue = false;
  const deadline = rule.deadline;
  const start = since ? Date.parse(since) : NaN;
  if ('hours' in deadline) {
    if (Number.isFinite(start)) {
      const due = new Date(start + deadline.hours * HOUR_MS);
      dueAtIso = due.toISOString();
      overdue = due.getTime() < now.getTime();
      const date = t.formatDateTime(due);
      deadlineText = t.t(overdue ? 'conflict.deadline.overdue' : 'conflict.deadline.at', { date });
    } else deadlineText = t.tn('conflict.deadline.within', deadline.hours);
  } else {
    const forecast = deadline.event === 'next-forecast-meeting';
    const arose = Number.isFinite(start) && start <= now.getTime() ? new Date(start) : now;
    const due = nextMeetingDay(forecast ? config.meetings.forecast : config.meetings.council, dayIn(arose, t.timeZone));
    dueDate = dayText(due);
    overdue = dayIn(now, t.timeZone) > due;
    const date = t.formatDate(dueDate);
    deadlineText = overdue
      ? t.t('conflict.deadline.overdue', { date })
      : t.t(forecast ? 'conflict.deadline.forecastMeeting' : 'conflict.deadline.councilMeeting', { date });
  }
  const notify = [...rule.notify];
  const state = overdue ? 'overdue' : 'open';
  return {
    key,
    type,
    title: t.t(titles[type]),
    summary,
    notify,
    notifyText: t.t('conflict.notify', { roles: t.formatList(notify.map((r) => roleText(r, ctx))) }),
    owner: rule.owner,
    ownerText: t.t('conflict.owner', { role: roleText(rule.owner, ctx) }),
    state,
    stateText: t.t(overdue ? 'conflict.state.overdue' : 'conflict.state.open'),
    deadlineText,
    ...(dueAtIso && { dueAtIso }),
    ...(dueDate && { dueDate }),
  };
}

function pick(dates: Array<string | undefined>, better: (time: number, best: number) => boolean): string | undefined {
  let best: { iso: string; time: number } | undefined;
  for (const iso of dates) {
    const time = iso ? Date.parse(iso) : NaN;
    if (Number.isFinite(time) && (!best || better(time, best.time))) best = { iso: iso!, time };
  }
  return best?.iso;
}

const earliest = (dates: Array<string | undefined>) => pick(dates, (time, best) => time < best);
export const latest = (dates: Array<string | undefined>) => pick(dates, (time, best) => time > best);

/** Marketing scored the lead high but sales rejected it, or reps disagree with the score. */
export function leadQualityConflict(value: unknown, score: ReadScore | undefined, ctx: ViewContext): ConflictView[] {
  const rule = ctx.config.conflicts.leadQuality;
  if (!rule.enabled) return [];
  const sentences: string[] = [];
  const since: Array<string | undefined> = [];
  const disposition = at(value, 'disposition');
  if (oneOf(at(disposition, 'status'), ['rejected'] as const) && score && score.view.goodness >= rule.highGoodness) {
    const band = text(at(value, 'band'));
    sentences.push(
      band
        ? ctx.t.t('conflict.leadQuality.rejectedBand', { band, score: score.view.valueText })
        : ctx.t.t('conflict.leadQuality.rejected', { score: score.view.valueText, level: score.view.levelText }),
    );
    since.push(text(at(disposition, 'at')));
  }
  if (rule.onDisagree) {
    const disagreements = list(at(value, 'feedback')).filter((f) => at(f, 'verdict') === 'disagree');
    if (disagreements.length > 0) {
      sentences.push(ctx.t.tn('conflict.leadQuality.disagree', disagreements.length));
      for (const f of disagreements) since.push(text(at(f, 'at')));
    }
  }
  if (sentences.length === 0) return [];
  return [conflictView('lead-quality', 'lead-quality', rule, sentences.join(' '), ctx, earliest(since))];
}

export interface ForecastGap {
  ai: number;
  rep: number;
  gap: number;
  fromCategory: boolean;
}

/** The rep's probability, or the one their forecast category stands for. */
export function repProbability(repForecast: unknown, config: HandoffConfig): { value: number; fromCategory: boolean } | undefined {
  const given = num(at(repForecast, 'probability'));
  if (given !== undefined && given >= 0 && given <= 100) return { value: given, fromCategory: false };
  const category = oneOf(at(repForecast, 'category'), ['pipeline', 'best-case', 'commit', 'closed', 'omitted'] as const);
  if (!category) return undefined;
  return { value: config.conflicts.forecastDiscrepancy.categoryProbability[category], fromCategory: true };
}

export function forecastGap(score: ReadScore | undefined, repForecast: unknown, config: HandoffConfig): ForecastGap | undefined {
  const rep = repProbability(repForecast, config);
  if (!score || !rep) return undefined;
  return { ai: score.percent, rep: rep.value, gap: Math.abs(score.percent - rep.value), fromCategory: rep.fromCategory };
}

/** `since`: when the gap arose, the later of the AI's score and the rep's forecast update. */
export function forecastConflict(gap: ForecastGap | undefined, ctx: ViewContext, since?: string): ConflictView[] {
  const rule = ctx.config.conflicts.forecastDiscrepancy;
  if (!rule.enabled || !gap || !(gap.gap > rule.maxGapPoints)) return [];
  const { t } = ctx;
  const summary = t.t('conflict.forecast.summary', {
    ai: t.formatPercent(gap.ai / 100),
    rep: t.formatPercent(gap.rep / 100),
    gap: t.formatNumber(gap.gap, { maximumFractionDigits: 0 }),
    threshold: t.formatNumber(rule.maxGapPoints),
  });
  return [conflictView('forecast-discrepancy', 'forecast-discrepancy', rule, summary, ctx, since)];
}

const SHOWN_VALUE_LIMIT = 80;

function shownValue(value: unknown, ctx: ViewContext): string {
  if (typeof value === 'number' && Number.isFinite(value)) return ctx.t.formatNumber(value, { maximumFractionDigits: 2 });
  if (typeof value === 'boolean') return ctx.t.t(value ? 'text.yes' : 'text.no');
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (/^\d{4}-\d{2}-\d{2}T/.test(trimmed) && Number.isFinite(Date.parse(trimmed))) return ctx.t.formatDateTime(trimmed);
    if (trimmed === '') return ctx.t.t('text.none');
    return trimmed.length > SHOWN_VALUE_LIMIT ? `${trimmed.slice(0, SHOWN_VALUE_LIMIT)}…` : trimmed;
  }
  if (value === null || value === undefined) return ctx.t.t('text.none');
  return ctx.t.t('conflict.metric.otherValue');
}

/**
 * A contradicting value as people read it: a score on its own scale ("62%"), an amount in its
 * currency, a date in the user's locale; never the raw stored number.
 */
function contradictionValue(raw: unknown, path: string, payload: unknown, ctx: ViewContext): string {
  const stored = getAt(payload, path);
  if (typeof raw === 'number' && at(stored, 'scale') !== undefined) {
    const score = readScore({ ...(stored as object), value: raw }, undefined, ctx);
    if (score) return score.view.valueText;
  }
  const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.') + 1) : '';
  const currency = text(getAt(payload, `${parent}currency`));
  if (typeof raw === 'number' && Number.isFinite(raw) && currency && /^[A-Z]{3}$/.test(currency)) return ctx.t.formatCurrency(raw, currency);
  return shownValue(raw, ctx);
}

/** One conflict per field whose report column disagrees with the payload document, named by its label. */
export function metricConflicts(kind: Kind, contradictions: unknown, payload: unknown, ctx: ViewContext): ConflictView[] {
  const rule = ctx.config.conflicts.metricContradiction;
  if (!rule.enabled) return [];
  return list(contradictions).flatMap((c, index) => {
    const path = text(at(c, 'path'));
    if (!path) return [];
    const summary = ctx.t.t('conflict.metric.summary', {
      field: fieldLabel(kind, path, ctx.t),
      documentValue: contradictionValue(at(c, 'documentValue'), path, payload, ctx),
      columnValue: contradictionValue(at(c, 'columnValue'), path, payload, ctx),
    });
    return [conflictView('metric-contradiction', `metric-contradiction-${index}`, rule, summary, ctx)];
  });
}

/** Health points one way, sales' read of the account at handoff the other. */
export function healthConflict(score: ReadScore | undefined, scoredAt: unknown, accountSentiment: unknown, ctx: ViewContext): ConflictView[] {
  const rule = ctx.config.conflicts.customerHealth;
  const sentiment = oneOf(accountSentiment, ['positive', 'neutral', 'negative'] as const);
  if (!rule.enabled || !score || !sentiment) return [];
  const params = { level: score.view.levelText.toLowerCase(), score: score.view.valueText };
  let summary: string | undefined;
  if (score.view.goodness < rule.lowBelow && sentiment === 'positive') summary = ctx.t.t('conflict.health.lowButPositive', params);
  if (score.view.goodness >= rule.highAtLeast && sentiment === 'negative') summary = ctx.t.t('conflict.health.highButNegative', params);
  if (!summary) return [];
  return [conflictView('customer-health', 'customer-health', rule, summary, ctx, text(scoredAt))];
}
