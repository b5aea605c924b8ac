/**
 * What an admin can change without code: when output counts as stale, where score levels start,
 * and the four conflict rules of the escalation table (thresholds, who is told, who decides, by when).
 */
import type { ScoredKind } from '../contexts';
import type { MessageKey } from '../i18n/catalog';

/** A role is a message key (so it is shown in the user's language) or an admin's own wording. */
export type Role = Extract<MessageKey, `role.${string}`> | (string & {});

export type Deadline = { hours: number } | { event: 'next-forecast-meeting' | 'next-council-meeting' };

/** Monday first; `Date#getUTCDay()` counts from Sunday. */
export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof weekdays)[number];

/**
 * When a recurring meeting is held: every week on a weekday, or every month on the nth (1–4) or
 * last such weekday. A "before the next meeting" deadline is the day of the next one.
 */
export type Cadence = { every: 'week'; weekday: Weekday } | { every: 'month'; weekday: Weekday; week: 1 | 2 | 3 | 4 | 'last' };

export interface ConflictRule {
  enabled: boolean;
  notify: Role[];
  owner: Role;
  deadline: Deadline;
}

export interface HandoffConfig {
  /** Days after which AI output counts as stale, per scored kind. */
  staleDays: Record<ScoredKind, number>;
  /** Days a submitted handoff may wait for CS review before it is flagged. */
  reviewDays: number;
  /** Days before a commitment's due date from which it reads as due soon. */
  commitmentDueSoonDays: number;
  /** When the forecast meeting and the AI coordination council meet, for "next meeting" deadlines. */
  meetings: { forecast: Cadence; council: Cadence };
  /** Goodness (0–1, 1 best) where a score's level starts. */
  levels: { high: number; medium: number };
  conflicts: {
    /** Marketing scored the lead high but sales rejected it, or a rep disagreed. */
    leadQuality: ConflictRule & { highGoodness: number; onDisagree: boolean };
    /** The AI's win probability and the rep's forecast differ by more than `maxGapPoints`. */
    forecastDiscrepancy: ConflictRule & {
      maxGapPoints: number;
      /** The probability a forecast category stands for when the rep gave no number. */
      categoryProbability: { pipeline: number; 'best-case': number; commit: number; closed: number; omitted: number };
    };
    /** The same canonical field holds different values in two places. */
    metricContradiction: ConflictRule;
    /** Health is low while sales read the account as positive, or high while sales read it as negative. */
    customerHealth: ConflictRule & { lowBelow: number; highAtLeast: number };
  };
}

export const defaultConfig: HandoffConfig = {
  staleDays: { 'lead-score': 14, 'deal-risk': 7, 'customer-health': 30 },
  reviewDays: 2,
  commitmentDueSoonDays: 14,
  meetings: {
    forecast: { every: 'week', weekday: 'monday' },
    council: { every: 'month', weekday: 'tuesday', week: 1 },
  },
  levels: { high: 0.7, medium: 0.4 },
  conflicts: {
    leadQuality: {
      enabled: true,
      highGoodness: 0.7,
      onDisagree: true,
      notify: ['role.revops', 'role.salesManager', 'role.marketingDirector'],
      owner: 'role.revops',
      deadline: { hours: 48 },
    },
    forecastDiscrepancy: {
      enabled: true,
      maxGapPoints: 25,
      categoryProbability: { pipeline: 30, 'best-case': 60, commit: 90, closed: 100, omitted: 0 },
      notify: ['role.vpSales', 'role.revops'],
      owner: 'role.vpSales',
      deadline: { event: 'next-forecast-meeting' },
    },
    metricContradiction: {
      enabled: true,
      notify: ['role.aiCouncil'],
      owner: 'role.revopsChair',
      deadline: { event: 'next-council-meeting' },
    },
    customerHealth: {
      enabled: true,
      lowBelow: 0.4,
      highAtLeast: 0.7,
      notify: ['role.csDirector', 'role.accountOwner'],
      owner: 'role.csDirector',
      deadline: { hours: 48 },
    },
  },
};
