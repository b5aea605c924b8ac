/**
 * The view models both platforms' cards render. They hold only display-ready data (strings
 * already localised and formatted, flags, keys for lists), because an LWC template cannot call
 * functions and a HubSpot card should not repeat business rules.
 */
import type { Kind } from '../contexts';

export type Tone = 'info' | 'success' | 'warning' | 'error';

/** A sentence about the data: a problem found while parsing, a stale score, a draft. */
export interface Notice {
  key: string;
  tone: Tone;
  text: string;
  path?: string;
}

export interface FreshnessView {
  atIso: string;
  /** e.g. "23 Nov 2026, 10:00" in the user's locale and time zone. */
  atText: string;
  /** e.g. "Scored 3 days ago". */
  ageText: string;
  isStale: boolean;
  /** e.g. "Older than 14 days: ask Marketing to rescore." Present only when stale. */
  staleText?: string;
  /** e.g. "Model: LeadScorer 4.2". */
  modelText: string;
}

export interface ScoreView {
  value: number;
  /** e.g. "82". */
  valueText: string;
  /** e.g. "out of 100" / "probability, 0–1". */
  scaleText: string;
  /** e.g. "Higher is better". */
  polarityText: string;
  /** 0–1 where 1 is best, whatever the tool's polarity: drives the level and the meter's colour. */
  goodness: number;
  /**
   * 0–100, whole: where the number sits on its scale, so a meter beside "64" is filled to 64 %
   * whatever the polarity; its colour comes from `level`, its meaning from `levelText` and `polarityText`.
   */
  meterPercent: number;
  /** The meter's value in words for screen readers, e.g. "64 out of 100, Weak (higher is worse)". */
  meterText: string;
  level: 'high' | 'medium' | 'low';
  /** "Strong", "Moderate", "Weak": the level in words, so no meaning rests on colour. */
  levelText: string;
  bandText?: string;
}

export interface FactorView {
  key: string;
  label: string;
  /** What it does to the number. */
  direction: 'raises' | 'lowers';
  /** "Raises" / "Lowers". */
  directionText: string;
  /**
   * Whether it is good or bad news, after the score's polarity: raising a higher-is-worse score
   * hurts. The sign, the colour and the wording all follow it.
   */
  effect: 'helps' | 'hurts';
  /** "Helps" / "Hurts": the effect in words, so no meaning rests on colour or sign. */
  effectText: string;
  /** "+" (helps) or "−" (hurts): shown beside the text, never instead of it. */
  symbol: string;
  /** e.g. "+12 points" (helps) or "−22 points" (hurts). */
  weightText: string;
  /** e.g. "Visited the pricing page 3 times raised the score by 12 points." or, on a higher-is-worse score, "… raised the score by 22 points, which is worse." */
  sentence: string;
  evidence?: string;
  sourceText?: string;
  observedText?: string;
  /** Source and date seen, e.g. "Source: HubSpot · Seen 23 Nov 2026". */
  detailText?: string;
}

export type ConflictType = 'lead-quality' | 'forecast-discrepancy' | 'metric-contradiction' | 'customer-health';

export interface ConflictView {
  key: string;
  type: ConflictType;
  /** e.g. "Lead quality disagreement". */
  title: string;
  /** Why it was raised, with the numbers, e.g. "Marketing scored this lead A, but sales rejected it." */
  summary: string;
  notify: string[];
  notifyText: string;
  owner: string;
  ownerText: string;
  /** `overdue` once the due time or due day has passed; `open` before, or when no due date is known. */
  state: 'open' | 'overdue';
  /** The state in words, the marker shown beside the title: "Open", "Overdue". */
  stateText: string;
  /** e.g. "Decide by Nov 25, 2026, 10:00 AM", "Decide by Nov 30, 2026, at the forecast meeting", "Decision overdue since Nov 24, 2026". */
  deadlineText: string;
  /** The due instant of an hours deadline. */
  dueAtIso?: string;
  /** The due day (`YYYY-MM-DD`) of a meeting deadline: the day of the next meeting. */
  dueDate?: string;
}

export interface CompletenessView {
  /** 0–100, whole number. */
  percent: number;
  percentText: string;
  complete: boolean;
  filled: number;
  total: number;
  missing: Array<{ key: string; path: string; label: string }>;
  /** e.g. "7 of 10 must-have fields filled in". */
  summaryText: string;
  /** e.g. "Missing: Success criteria, Renewal date". Empty when complete. */
  missingText: string;
  /** Success criteria filled in, and how many the customer confirmed (sales' assumptions do not). */
  criteriaTotal: number;
  criteriaConfirmed: number;
  /** e.g. "0 of 2 success criteria confirmed by the customer". Present when there are criteria. */
  confirmedText?: string;
}

export interface CardView {
  kind: Kind;
  /** `ready`: something valid to show (maybe with notices); `empty`: nothing stored yet; `invalid`: nothing usable. */
  state: 'ready' | 'empty' | 'invalid';
  title: string;
  /** Shown when state is `empty` or `invalid`, e.g. "No lead score yet." */
  stateText?: string;
  notices: Notice[];
  conflicts: ConflictView[];
}

export interface LeadScoreView extends CardView {
  kind: 'lead-score';
  score?: ScoreView;
  freshness?: FreshnessView;
  /** Ranked by weight, strongest first. */
  factors: FactorView[];
  intentSignals: Array<{
    key: string;
    topic: string;
    strength: 'low' | 'medium' | 'high';
    strengthText: string;
    trendText?: string;
    sourceText?: string;
    observedText?: string;
    /** Trend, source and date seen. */
    detailText?: string;
  }>;
  /** `detailText`: touches, then last touch. */
  engagement?: { summary: string; lastTouchText?: string; touchesText?: string; detailText?: string };
  /**
   * The marketing model's recommendation, read against what sales did since: a rejection decided
   * after the score makes it obsolete (`applies: 'no'`), an acceptance after the score makes it
   * possibly done (`applies: 'check'`). Cards strike an obsolete action through and never show it as advice.
   */
  nextAction?: LeadActionView;
  /** `detailText`: reason, then who set it. */
  disposition?: { status: 'accepted' | 'working' | 'rejected'; statusText: string; reason?: string; byText?: string; detailText?: string };
  feedback: Array<{ key: string; verdict: 'helpful' | 'not-helpful' | 'disagree'; verdictText: string; reason?: string; byText: string }>;
  /** e.g. "3 reps found this helpful, 1 disagreed." */
  feedbackSummaryText?: string;
}

export interface ActionView {
  action: string;
  rationale?: string;
  ownerText?: string;
  dueText?: string;
  /** Owner and due date, e.g. "Owner: Ana · Due 25 Nov 2026". */
  detailText?: string;
}

export interface LeadActionView extends ActionView {
  /** `yes`: current advice; `check`: sales took the lead after it was given; `no`: sales rejected the lead since. */
  applies: 'yes' | 'check' | 'no';
  /** Why it is not plain advice, e.g. "No longer applies: sales rejected this lead on 17 Nov 2026." Absent when `applies` is `yes`. */
  statusText?: string;
}

export interface DealRiskView extends CardView {
  kind: 'deal-risk';
  winProbability?: ScoreView;
  freshness?: FreshnessView;
  /** `detailText`: probability, then when it was updated (the category is the line's headline). */
  repForecast?: { categoryText: string; probabilityText?: string; updatedText?: string; detailText?: string };
  /** e.g. "AI 35%, rep 90%: 55 points apart." Present when both are known. */
  gapText?: string;
  /** Sorted by severity, critical first. */
  risks: Array<{
    key: string;
    label: string;
    category: string;
    categoryText: string;
    severity: 'low' | 'medium' | 'high' | 'critical';
    severityText: string;
    detectedText?: string;
    sourceText?: string;
    mitigation?: string;
    ownerText?: string;
    /** Detected, source, owner (the category and severity are shown beside the label). */
    detailText?: string;
  }>;
}

export type HandoffStatus = 'none' | 'draft' | 'submitted' | 'accepted' | 'returned';

export interface HandoffView extends CardView {
  kind: 'sales-to-cs';
  status: HandoffStatus;
  statusText: string;
  completeness: CompletenessView;
  desiredOutcome?: { requiredOutcome?: string; approach?: string; useCases: string[] };
  successCriteria: Array<{
    key: string;
    metric: string;
    baselineText?: string;
    target: string;
    targetDateText?: string;
    confirmed: boolean;
    /** "Confirmed by the customer" / "Assumed by sales". */
    confirmedText: string;
    provenanceText?: string;
    /** Baseline, target date, provenance. */
    detailText?: string;
  }>;
  commitments: Array<{
    key: string;
    item: string;
    type: 'contractual' | 'sow' | 'informal' | 'roadmap';
    typeText: string;
    ownerText?: string;
    /** "Due Dec 1, 2026", or "Overdue since Nov 20, 2026" once the due date has passed. */
    dueText?: string;
    /** Against today: past its due date, due within the settings' due-soon days, or later. */
    dueState?: 'overdue' | 'due-soon' | 'later';
    /** The marker shown beside the item: "Overdue", "Due soon" (none when later). */
    dueStateText?: string;
    evidenceUrl?: string;
    provenanceText?: string;
    /** Owner, due date, provenance (the type is shown as a badge). */
    detailText?: string;
  }>;
  commercial?: {
    productsText?: string;
    arrText?: string;
    termText?: string;
    renewalText?: string;
    nonStandardTerms?: string;
    /** Products, ARR, term, renewal. */
    detailText?: string;
  };
  accountSentimentText?: string;
  stakeholders: Array<{
    key: string;
    name: string;
    jobTitle?: string;
    roleText: string;
    sentiment: 'positive' | 'neutral' | 'negative';
    sentimentText: string;
    /** Job title, role, sentiment (the name is the line's headline). */
    detailText?: string;
  }>;
  objections: Array<{ key: string; objection: string; resolution: string }>;
  competitorsText?: string;
  whyWon?: string;
  risks: Array<{
    key: string;
    risk: string;
    severityText: string;
    likelihoodText: string;
    mitigation?: string;
    ownerText?: string;
    /** Severity, likelihood, owner, each named, e.g. "Severity: High · Likelihood: Medium · Owner: Ana" (the mitigation is its own line). */
    detailText?: string;
  }>;
  /** `detailText`: integrations, SSO, migration, compliance. */
  technical?: { integrationsText?: string; ssoText?: string; migration?: string; complianceText?: string; detailText?: string };
  timeline: Array<{ key: string; label: string; dateText: string }>;
  /** `detailText`: who reviewed it and when, then the return's reason and note. */
  review?: { reviewedText?: string; returnReasonText?: string; returnNote?: string; detailText?: string };
  /**
   * What CS would return the handoff for, though nothing stops sales submitting it: no success
   * criterion confirmed by the customer; sales' positive read of an account whose health is low.
   * Cards show them to sales before the submit button; `path` names the field to fix.
   */
  submitWarnings: Notice[];
}

export interface CustomerHealthView extends CardView {
  kind: 'customer-health';
  score?: ScoreView;
  freshness?: FreshnessView;
  trend?: 'improving' | 'steady' | 'declining';
  trendText?: string;
  drivers: FactorView[];
  intervention?: ActionView;
  /** `detailText`: the note, then who gave it. */
  csmSentiment?: { sentimentText: string; note?: string; byText?: string; detailText?: string };
}
