import type { CustomerHealth, DealRisk, Kind, LeadScore, SalesToCs } from '../src/contexts';
import type { Contradiction, ParseResult, Problem } from '../src/parse/result';
import { customerHealthView, dealRiskView, handoffView, leadScoreView, type ViewOptions } from '../src/view';
import { fixture } from './data/fixtures';

const now = new Date('2026-11-23T10:00:00Z');
const en: ViewOptions = { locale: 'en-US', timeZone: 'UTC', now };
const fr: ViewOptions = { locale: 'fr-FR', timeZone: 'Europe/Paris', now };

/** Hand-built results, so these tests pin the view to the ParseResult contract, not the parser. */
function valid<T>(kind: Kind, value: T, extra: { problems?: Problem[]; contradictions?: Contradiction[] } = {}): ParseResult<T> {
  return { status: 'valid', kind, value, problems: extra.problems ?? [], version: { found: 1, current: 1 }, contradictions: extra.contradictions ?? [] };
}
function partial<T>(kind: Kind, value: unknown, problems: Problem[]): ParseResult<T> {
  return { status: 'partial', kind, value: value as never, problems, version: { found: 1, current: 1 }, contradictions: [] };
}
const problem = (path: string, code: Problem['code'], severity: Problem['severity'] = 'error', params?: Problem['params']): Problem => ({
  path,
  code,
  severity,
  message: `${path}: ${code}`,
  ...(params && { params }),
});

const lead = (): LeadScore => fixture('lead-score');
const deal = (): DealRisk => fixture('deal-risk');
const handoff = (): SalesToCs => fixture('sales-to-cs');
const health = (): CustomerHealth => fixture('customer-health');

describe('lead score view', () => {
  it('shows the score on its scale, fresh, with factors ranked strongest first in sentences', () => {
    const value = lead();
    value.factors = [
      { label: 'Opened one email', direction: 'raises', weight: 2 },
      {
        label: 'Visited the pricing page 3 times',
        direction: 'raises',
        weight: 12,
        evidence: 'Pricing page views',
        source: 'Web analytics',
        observedAt: '2026-11-19T08:00:00Z',
      },
      { label: 'Company below target size', direction: 'lowers', weight: 6 },
    ];
    const view = leadScoreView(valid('lead-score', value), en);
    expect(view.state).toBe('ready');
    expect(view.title).toBe('Lead score');
    expect(view.score).toMatchObject({
      value: 82,
      valueText: '82',
      scaleText: 'out of 100',
      polarityText: 'Higher is better',
      goodness: 0.82,
      level: 'high',
      levelText: 'Strong',
      bandText: 'Band A',
    });
    expect(view.factors.map((f) => f.key)).toEqual(['factor-1', 'factor-2', 'factor-0']);
    expect(view.factors[0]).toEqual({
      key: 'factor-1',
      label: 'Visited the pricing page 3 times',
      direction: 'raises',
      directionText: 'Raises',
      effect: 'helps',
      effectText: 'Helps',
      symbol: '+',
      weightText: '+12 points',
      sentence: 'Visited the pricing page 3 times raised the score by 12 points.',
      evidence: 'Pricing page views',
      sourceText: 'Source: Web analytics',
      observedText: 'Observed Nov 19, 2026',
      detailText: 'Source: Web analytics · Observed Nov 19, 2026',
    });
    expect(view.factors[1]).toMatchObject({ symbol: '−', weightText: '−6 points', sentence: 'Company below target size lowered the score by 6 points.' });
    expect(view.freshness).toMatchObject({ atIso: value.scoredAt, isStale: false, modelText: 'Model: LeadScorer 4.2' });
    expect(view.freshness!.ageText).toMatch(/^Scored \d+ days? ago$|^Scored yesterday$/);
    expect(view.freshness!.staleText).toBeUndefined();
    expect(view.notices).toEqual([]);
    expect(view.conflicts).toEqual([]);
    expect(view.intentSignals[0]).toMatchObject({ key: 'intent-0', strength: 'high', strengthText: 'High' });
    expect(view.nextAction?.action).toBe(value.nextAction!.action);
  });

  it('is empty, with a sentence, when nothing is stored', () => {
    const view = leadScoreView({ status: 'empty', kind: 'lead-score' }, en);
    expect(view).toMatchObject({ state: 'empty', stateText: 'No lead score yet. It appears here once Marketing scores this lead.', factors: [], feedback: [] });
    expect(view.score).toBeUndefined();
  });

  it('is invalid, with the reason in the user language, when nothing could be read', () => {
    const reason = problem('', 'not_json');
    const result: ParseResult<LeadScore> = { status: 'invalid', kind: 'lead-score', reason, problems: [reason] };
    const view = leadScoreView(result, fr);
    expect(view.state).toBe('invalid');
    expect(view.stateText).toBe('Ces données n’ont pas pu être lues : Score du lead : le texte enregistré n’est pas du JSON valide ; il n’a pas pu être lu.');
    expect(view.notices).toHaveLength(1);
    expect(view.notices[0]).toMatchObject({ key: 'problem-0', tone: 'error' });
  });

  it('shows what survived a partial payload, with one notice per problem', () => {
    const value = lead() as Partial<LeadScore>;
    delete value.band;
    delete value.scoredAt;
    const view = leadScoreView(
      partial('lead-score', value, [problem('band', 'missing'), problem('scoredAt', 'missing'), problem('extra', 'unknown_field', 'warning')]),
      en,
    );
    expect(view.state).toBe('ready');
    expect(view.score?.bandText).toBeUndefined();
    expect(view.freshness).toMatchObject({ atText: 'Date unknown', isStale: false, modelText: 'Model: LeadScorer 4.2' });
    expect(view.notices.map((n) => [n.key, n.tone, n.text])).toEqual([
      ['partial', 'warning', 'Some parts could not be read and are not shown.'],
      ['problem-0', 'error', 'Band is missing.'],
      ['problem-1', 'error', 'Scored at is missing.'],
      ['problem-2', 'warning', 'extra has fields this version does not know; they are ignored.'],
    ]);
  });

  it('caps a flood of problems and counts the rest', () => {
    const problems = Array.from({ length: 45 }, (_, i) => problem(`factors[${i}]`, 'dropped_item'));
    const view = leadScoreView(partial('lead-score', lead(), problems), en);
    const listed = view.notices.filter((n) => n.key.startsWith('problem-'));
    expect(listed).toHaveLength(21);
    expect(listed[20]).toMatchObject({ key: 'problem-more', text: '25 more problems are not listed.' });
  });

  it('flags a score older than 14 days, and follows an admin threshold', () => {
    const value = { ...lead(), scoredAt: '2026-11-01T10:00:00Z' };
    const view = leadScoreView(valid('lead-score', value), en);
    expect(view.freshness).toMatchObject({ isStale: true, staleText: 'Older than 14 days: ask Marketing to rescore.', ageText: 'Scored 22 days ago' });
    expect(view.notices[0]).toMatchObject({ key: 'stale', tone: 'warning' });
    const relaxed = leadScoreView(valid('lead-score', value), { ...en, config: { staleDays: { 'lead-score': 30 } } });
    expect(relaxed.freshness?.isStale).toBe(false);
  });

  it('raises a lead quality conflict when a high score was rejected by sales', () => {
    const value = { ...lead(), disposition: { status: 'rejected' as const, reason: 'No budget', by: 'Ana Silva', at: '2026-11-22T09:00:00Z' } };
    const view = leadScoreView(valid('lead-score', value), en);
    expect(view.conflicts).toEqual([
      {
        key: 'lead-quality',
        type: 'lead-quality',
        title: 'Lead quality disagreement',
        summary: 'Marketing scored this lead A (82), but sales rejected it.',
        notify: ['role.revops', 'role.salesManager', 'role.marketingDirector'],
        notifyText: 'Notify: RevOps, Sales manager, and Marketing director',
        owner: 'role.revops',
        ownerText: 'Decides: RevOps',
        state: 'open',
        stateText: 'Open',
        deadlineText: 'Decide by Nov 24, 2026, 9:00 AM',
        dueAtIso: '2026-11-24T09:00:00.000Z',
      },
    ]);
    expect(view.disposition).toEqual({
      status: 'rejected',
      statusText: 'Rejected',
      reason: 'No budget',
      byText: 'By Ana Silva, Nov 22, 2026',
      detailText: 'No budget · By Ana Silva, Nov 22, 2026',
    });
  });

  it('reads the next action against the disposition sales decided after the score', () => {
    const at = (disposition: LeadScore['disposition']) =>
      leadScoreView(valid('lead-score', { ...lead(), scoredAt: '2026-11-20T08:00:00Z', disposition }), en).nextAction;
    expect(at({ status: 'rejected', at: '2026-11-21T09:00:00Z' })).toMatchObject({
      applies: 'no',
      statusText: 'No longer applies: sales rejected this lead on Nov 21, 2026.',
    });
    expect(at({ status: 'rejected' })).toMatchObject({ applies: 'no', statusText: 'No longer applies: sales rejected this lead.' });
    expect(at({ status: 'accepted', at: '2026-11-21T09:00:00Z' })).toMatchObject({
      applies: 'check',
      statusText: 'Recommended before sales accepted this lead on Nov 21, 2026: check it is still to do.',
    });
    expect(at({ status: 'working', at: '2026-11-21T09:00:00Z' })?.applies).toBe('check');
    // Decided before the model scored the lead: the model knew, the advice is current.
    expect(at({ status: 'rejected', at: '2026-11-19T09:00:00Z' })).toMatchObject({ applies: 'yes' });
    expect(at({ status: 'rejected', at: '2026-11-19T09:00:00Z' })?.statusText).toBeUndefined();
    expect(at(undefined)?.applies).toBe('yes');
    expect(leadScoreView(valid('lead-score', { ...lead(), disposition: { status: 'rejected', at: '2026-11-21T09:00:00Z' } }), fr).nextAction?.statusText).toBe(
      'Ne s’applique plus : les ventes ont rejeté ce lead le 21 nov. 2026.',
    );
  });

  it('does not raise it for a rejected low score, an accepted high score, or when the rule is off', () => {
    const low = { ...lead(), score: { ...lead().score, value: 30 }, disposition: { status: 'rejected' as const } };
    expect(leadScoreView(valid('lead-score', low), en).conflicts).toEqual([]);
    const accepted = { ...lead(), disposition: { status: 'accepted' as const } };
    expect(leadScoreView(valid('lead-score', accepted), en).conflicts).toEqual([]);
    const rejected = { ...lead(), disposition: { status: 'rejected' as const } };
    expect(leadScoreView(valid('lead-score', rejected), { ...en, config: { conflicts: { leadQuality: { enabled: false } } } }).conflicts).toEqual([]);
  });

  it('raises it when a rep disagrees, and summarises the feedback', () => {
    const value = {
      ...lead(),
      feedback: [
        { verdict: 'helpful' as const, by: 'Ana', at: '2026-11-21T10:00:00Z' },
        { verdict: 'helpful' as const, by: 'Ben', at: '2026-11-22T10:00:00Z' },
        { verdict: 'disagree' as const, reason: 'They are a partner, not a buyer', by: 'Chloé', at: '2026-11-23T08:00:00Z' },
      ],
    };
    const view = leadScoreView(valid('lead-score', value), en);
    expect(view.conflicts).toHaveLength(1);
    expect(view.conflicts[0].summary).toBe('1 rep disagrees with the score.');
    expect(view.conflicts[0].deadlineText).toBe('Decide by Nov 25, 2026, 8:00 AM');
    expect(view.feedback.map((f) => f.key)).toEqual(['feedback-2', 'feedback-1', 'feedback-0']);
    expect(view.feedback[0]).toMatchObject({ verdictText: 'Disagrees', reason: 'They are a partner, not a buyer', byText: 'Chloé, Nov 23, 2026' });
    expect(view.feedbackSummaryText).toBe('2 reps found this helpful and 1 disagreed.');
    const quiet = leadScoreView(valid('lead-score', value), { ...en, config: { conflicts: { leadQuality: { onDisagree: false } } } });
    expect(quiet.conflicts).toEqual([]);
  });

  it('reads a higher-is-worse score as low goodness, but shows the number as given', () => {
    const value = { ...lead(), score: { value: 80, scale: { min: 0, max: 100, polarity: 'higher-is-worse' as const } } };
    const view = leadScoreView(valid('lead-score', value), en);
    expect(view.score).toMatchObject({ valueText: '80', polarityText: 'Higher is worse', level: 'low', levelText: 'Weak' });
    expect(view.score!.goodness).toBeCloseTo(0.2);
  });

  it('speaks French with French numbers and dates', () => {
    const value = { ...lead(), score: { value: 1234.5, scale: { min: 0, max: 2000, polarity: 'higher-is-better' as const } } };
    const enView = leadScoreView(valid('lead-score', value), en);
    const frView = leadScoreView(valid('lead-score', value), fr);
    expect(enView.score?.valueText).toBe('1,234.5');
    expect(frView.score?.valueText).toMatch(/^1\s234,5$/);
    expect(frView.title).toBe('Score du lead');
    expect(frView.score?.scaleText).toMatch(/^sur 2\s000$/);
    expect(enView.freshness?.atText).toBe('Nov 20, 2026, 9:30 AM');
    expect(frView.freshness?.atText).toBe('20 nov. 2026, 10:30');
    expect(frView.factors[0].sentence).toMatch(/a augmenté le score de \d+ points\.$/);
  });

  it('uses admin-retranslated messages', () => {
    const view = leadScoreView(valid('lead-score', lead()), { ...en, messages: { HC_leadScore_title: 'Marketing score', 'level.high': 'Hot' } });
    expect(view.title).toBe('Marketing score');
    expect(view.score?.levelText).toBe('Hot');
  });

  it('warns once when the settings were not valid', () => {
    const view = leadScoreView(valid('lead-score', lead()), { ...en, config: { levels: { high: 'very' } } as never });
    expect(view.notices).toEqual([
      { key: 'settings', tone: 'warning', text: 'Some Handoff Context settings were not valid; the defaults were used for: levels.high.' },
    ]);
  });

  it('keeps user text as text: markup is passed through, never interpreted', () => {
    const value = { ...lead(), factors: [{ label: '<img src=x onerror=alert(1)>', direction: 'raises' as const, weight: 3 }] };
    const view = leadScoreView(valid('lead-score', value), en);
    expect(view.factors[0].label).toBe('<img src=x onerror=alert(1)>');
    expect(view.factors[0].sentence).toBe('<img src=x onerror=alert(1)> raised the score by 3 points.');
  });

  it('shows a migrated v1 score with its plain reasons', () => {
    const value = { ...lead(), factors: [{ label: "Downloaded the buyer's guide", direction: 'raises' as const, weight: 0 }] };
    const view = leadScoreView(valid('lead-score', value, { problems: [problem('', 'migrated', 'warning', { found: 1, current: 2 })] }), en);
    expect(view.factors[0]).toMatchObject({ weightText: '', sentence: "Downloaded the buyer's guide raised the score." });
    expect(view.notices).toEqual([{ key: 'problem-0', tone: 'info', text: 'Lead score: written as version 1 and upgraded to version 2 when read.' }]);
  });
});

describe('deal risk view', () => {
  it('shows the AI probability as a percent beside the rep forecast, risks by severity', () => {
    const value = deal();
    value.riskFactors.push({ label: 'Competitor offered 40% off', category: 'competition', severity: 'critical' });
    const view = dealRiskView(valid('deal-risk', value), en);
    expect(view.winProbability).toMatchObject({ valueText: '62%', scaleText: 'probability', level: 'medium' });
    expect(view.repForecast).toEqual({
      categoryText: 'Commit',
      probabilityText: '90%',
      updatedText: 'Updated Nov 20, 2026',
      detailText: '90% · Updated Nov 20, 2026',
    });
    expect(view.gapText).toBe('AI 62%, rep 90%: 28 points apart.');
    expect(view.risks.map((r) => [r.key, r.severity])).toEqual([
      ['risk-2', 'critical'],
      ['risk-0', 'high'],
      ['risk-1', 'medium'],
    ]);
    expect(view.risks[0]).toMatchObject({ categoryText: 'Competition', severityText: 'Critical' });
  });

  it('raises a forecast discrepancy above 25 points, not at or below', () => {
    const over = dealRiskView(valid('deal-risk', deal()), en);
    expect(over.conflicts).toHaveLength(1);
    expect(over.conflicts[0]).toMatchObject({
      type: 'forecast-discrepancy',
      title: 'Forecast discrepancy',
      summary: "The AI's win probability (62%) and the rep's forecast (90%) are 28 points apart; the limit is 25.",
      notifyText: 'Notify: VP Sales and RevOps',
      ownerText: 'Decides: VP Sales',
      // Scored on Saturday Nov 21: the next forecast meeting (weekly, Monday) is today.
      state: 'open',
      stateText: 'Open',
      deadlineText: 'Decide by Nov 23, 2026, at the forecast meeting',
      dueDate: '2026-11-23',
    });
    expect(over.conflicts[0].dueAtIso).toBeUndefined();
    const close = { ...deal(), repForecast: { category: 'commit' as const, probability: 87 } };
    expect(dealRiskView(valid('deal-risk', close), en).conflicts).toEqual([]);
    const looser = dealRiskView(valid('deal-risk', deal()), { ...en, config: { conflicts: { forecastDiscrepancy: { maxGapPoints: 30 } } } });
    expect(looser.conflicts).toEqual([]);
  });

  it('reads the rep probability from the forecast category when the rep gave none', () => {
    const value = { ...deal(), repForecast: { category: 'pipeline' as const } };
    const view = dealRiskView(valid('deal-risk', value), en);
    expect(view.repForecast?.probabilityText).toBe('30%, from the forecast category');
    expect(view.gapText).toBe('AI 62%, rep 30%: 32 points apart.');
    expect(view.conflicts[0].type).toBe('forecast-discrepancy');
    const bestCase = dealRiskView(valid('deal-risk', { ...deal(), repForecast: { category: 'best-case' as const } }), en);
    expect(bestCase.conflicts).toEqual([]);
  });

  it('turns a higher-is-worse loss risk into the win probability it implies', () => {
    const value = {
      ...deal(),
      winProbability: { value: 70, scale: { min: 0, max: 100, polarity: 'higher-is-worse' as const, unit: 'percent' as const } },
      repForecast: { category: 'pipeline' as const, probability: 30 },
    };
    const view = dealRiskView(valid('deal-risk', value), en);
    expect(view.winProbability).toMatchObject({ valueText: '70%', polarityText: 'Higher is worse', level: 'low' });
    expect(view.gapText).toBe('AI 30%, rep 30%: 0 points apart.');
    expect(view.conflicts).toEqual([]);
  });

  it('flags a deal score older than 7 days', () => {
    const view = dealRiskView(valid('deal-risk', { ...deal(), scoredAt: '2026-11-10T07:00:00Z' }), en);
    expect(view.freshness?.staleText).toBe('Older than 7 days: ask Sales to rescore the deal.');
  });

  it('formats percents the French way', () => {
    const view = dealRiskView(valid('deal-risk', deal()), fr);
    expect(view.winProbability?.valueText).toMatch(/^62\s%$/);
    expect(view.gapText).toMatch(/^IA 62\s%, commercial 90\s% : 28 points d’écart\.$/);
    expect(view.conflicts[0].deadlineText).toBe('Décider avant le 23 nov. 2026, à la réunion de prévision');
  });

  it('turns an unmet forecast meeting into an overdue decision, on the day after the meeting', () => {
    const onTheDay = dealRiskView(valid('deal-risk', deal()), { ...en, now: new Date('2026-11-23T23:59:00Z') });
    expect(onTheDay.conflicts[0]).toMatchObject({ state: 'open', dueDate: '2026-11-23' });
    const later = dealRiskView(valid('deal-risk', deal()), { ...en, now: new Date('2026-11-24T08:00:00Z') });
    expect(later.conflicts[0]).toMatchObject({
      state: 'overdue',
      stateText: 'Overdue',
      deadlineText: 'Decision overdue since Nov 23, 2026',
      dueDate: '2026-11-23',
    });
    const laterFr = dealRiskView(valid('deal-risk', deal()), { ...fr, now: new Date('2026-11-24T08:00:00Z') });
    expect(laterFr.conflicts[0]).toMatchObject({ stateText: 'En retard', deadlineText: 'Décision en retard depuis le 23 nov. 2026' });
  });

  it('counts the forecast meeting from the later of the score and the rep forecast, on the cadence in the settings', () => {
    // The rep updated the forecast on the Monday of the meeting: the gap waits for the next one.
    const value = { ...deal(), repForecast: { ...deal().repForecast!, updatedAt: '2026-11-23T08:00:00Z' } };
    expect(dealRiskView(valid('deal-risk', value), en).conflicts[0]).toMatchObject({ dueDate: '2026-11-30', state: 'open' });
    const thursdays = { ...en, config: { meetings: { forecast: { every: 'week' as const, weekday: 'thursday' as const } } } };
    expect(dealRiskView(valid('deal-risk', deal()), thursdays).conflicts[0]).toMatchObject({
      deadlineText: 'Decide by Nov 26, 2026, at the forecast meeting',
      dueDate: '2026-11-26',
    });
  });

  it('raises a metric contradiction when a report column disagrees with the payload', () => {
    const contradictions: Contradiction[] = [{ path: 'winProbability', documentValue: 0.62, columnValue: 0.4, column: 'HC_Win_Probability__c' }];
    const view = dealRiskView(valid('deal-risk', { ...deal(), repForecast: undefined }, { contradictions }), en);
    expect(view.conflicts).toEqual([
      expect.objectContaining({
        key: 'metric-contradiction-0',
        type: 'metric-contradiction',
        title: 'Metric contradiction',
        summary: 'AI win probability: this card shows 62%, but the AI win probability report field says 40%.',
        notifyText: 'Notify: AI coordination council',
        ownerText: 'Decides: RevOps (council chair)',
        // No time for a contradiction: the next council (first Tuesday of the month) after today.
        state: 'open',
        deadlineText: 'Decide by Dec 1, 2026, at the AI coordination council meeting',
        dueDate: '2026-12-01',
      }),
    ]);
    expect(dealRiskView(valid('deal-risk', deal()), en).conflicts.some((c) => c.type === 'metric-contradiction')).toBe(false);
  });

  it('is empty when no deal score is stored', () => {
    expect(dealRiskView({ status: 'empty', kind: 'deal-risk' }, en)).toMatchObject({ state: 'empty', risks: [], conflicts: [] });
  });
});

describe('handoff view', () => {
  it('shows a complete handoff with completeness, commitments, money and dates', () => {
    const value = { ...handoff(), review: { status: 'submitted' as const }, timeline: { ...handoff().timeline, submittedAt: '2026-11-22T10:00:00Z' } };
    const view = handoffView(valid('sales-to-cs', value), en);
    expect(view).toMatchObject({ state: 'ready', status: 'submitted', statusText: 'Submitted, waiting for CS' });
    expect(view.completeness).toEqual({
      percent: 100,
      percentText: '100%',
      complete: true,
      filled: 10,
      total: 10,
      missing: [],
      summaryText: '10 of 10 must-have fields filled in',
      missingText: '',
      criteriaTotal: 2,
      criteriaConfirmed: 1,
      confirmedText: '1 of 2 success criteria confirmed by the customer',
    });
    expect(view.commercial).toEqual({
      productsText: 'Onboarding Cloud and Portal add-on',
      arrText: '€120,000.00',
      termText: '24 months',
      renewalText: 'Renews Dec 1, 2028',
      detailText: 'Onboarding Cloud and Portal add-on · €120,000.00 · 24 months · Renews Dec 1, 2028',
    });
    expect(view.successCriteria[0]).toMatchObject({
      key: 'criterion-0',
      confirmed: true,
      confirmedText: 'Confirmed by the customer',
      baselineText: 'Baseline: 60 days',
      targetDateText: 'By Jun 30, 2027',
    });
    expect(view.successCriteria[1]).toMatchObject({ confirmed: false, confirmedText: 'Assumed by sales' });
    expect(view.commitments[1]).toMatchObject({
      typeText: 'Informal',
      provenanceText: 'Source: Call with the VP Operations, captured by Alex Kim, Nov 10, 2026',
    });
    expect(view.stakeholders[0]).toMatchObject({ name: 'Maria Lopez', jobTitle: 'VP Operations', roleText: 'Economic buyer', sentimentText: 'Positive' });
    expect(view.timeline.map((e) => e.key)).toEqual(['timeline-closedWonAt', 'timeline-submittedAt', 'timeline-kickoffAt', 'timeline-targetGoLive']);
    expect(view.timeline[3]).toEqual({ key: 'timeline-targetGoLive', label: 'Target go-live', dateText: 'Mar 1, 2027' });
    expect(view.accountSentimentText).toBe('Positive');
    expect(view.notices).toEqual([]);
  });

  it('is status none when there is no handoff yet, with an empty meter', () => {
    const view = handoffView({ status: 'empty', kind: 'sales-to-cs' }, en);
    expect(view).toMatchObject({
      state: 'empty',
      status: 'none',
      statusText: 'Not started',
      stateText: 'No handoff yet. The account executive fills it in at close.',
    });
    expect(view.completeness).toMatchObject({ percent: 0, filled: 0, total: 10, complete: false });
    expect(view.completeness.missing).toHaveLength(10);
  });

  it('treats a draft’s missing must-have fields as gaps in the meter, not as errors', () => {
    const value: any = handoff();
    delete value.commercialTerms.renewalDate;
    value.successCriteria = [];
    const problems = [
      problem('commercialTerms.renewalDate', 'missing'),
      problem('successCriteria', 'too_small', 'error', { minimum: 1, empty: 1 }),
      problem('stakeholders[1].role', 'invalid_value'),
    ];
    const view = handoffView(partial('sales-to-cs', value, problems), en);
    expect(view.status).toBe('draft');
    expect(view.completeness).toMatchObject({ percent: 80, filled: 8, total: 10, complete: false, missingText: 'Missing: Success criteria and Renewal date' });
    expect(view.completeness.missing).toEqual([
      { key: 'missing-successCriteria', path: 'successCriteria', label: 'Success criteria' },
      { key: 'missing-commercialTerms.renewalDate', path: 'commercialTerms.renewalDate', label: 'Renewal date' },
    ]);
    expect(view.notices.map((n) => n.key)).toEqual(['partial', 'review-draft', 'problem-0']);
    expect(view.notices[2].text).toBe('Buying role (Stakeholders, entry 2) is not one of the allowed values and is not shown.');
  });

  it('reports missing must-have fields as errors once the handoff is submitted', () => {
    const value: any = { ...handoff(), review: { status: 'submitted' } };
    delete value.commercialTerms.renewalDate;
    const view = handoffView(partial('sales-to-cs', value, [problem('commercialTerms.renewalDate', 'missing')]), en);
    expect(view.notices.map((n) => n.text)).toContain('Renewal date is missing.');
  });

  it('flags a submitted handoff waiting more than 2 days for review', () => {
    const waiting = { ...handoff(), review: { status: 'submitted' as const }, timeline: { submittedAt: '2026-11-20T09:00:00Z' } };
    const view = handoffView(valid('sales-to-cs', waiting), en);
    expect(view.notices).toEqual([{ key: 'review-waiting', tone: 'warning', text: 'Submitted 3 days ago and still waiting for CS review.' }]);
    const recent = { ...waiting, timeline: { submittedAt: '2026-11-22T09:00:00Z' } };
    expect(handoffView(valid('sales-to-cs', recent), en).notices).toEqual([]);
  });

  it('marks a commitment past its due date overdue and one due within 14 days due soon, in words', () => {
    const value = {
      ...handoff(),
      commitments: [
        { item: 'Kickoff workshop', type: 'sow' as const, dueDate: '2026-11-20' },
        { item: 'Data migration plan', type: 'contractual' as const, owner: 'Implementation', dueDate: '2026-12-07' },
        { item: 'SSO set up', type: 'sow' as const, dueDate: '2026-12-08' },
        { item: 'Roadmap: bulk export', type: 'roadmap' as const },
      ],
    };
    const view = handoffView(valid('sales-to-cs', value), en);
    expect(view.commitments[0]).toMatchObject({
      dueState: 'overdue',
      dueStateText: 'Overdue',
      dueText: 'Overdue since Nov 20, 2026',
      detailText: 'Overdue since Nov 20, 2026',
    });
    expect(view.commitments[1]).toMatchObject({ dueState: 'due-soon', dueStateText: 'Due soon', dueText: 'Due Dec 7, 2026' });
    expect(view.commitments[2]).toMatchObject({ dueState: 'later', dueText: 'Due Dec 8, 2026' });
    expect(view.commitments[2].dueStateText).toBeUndefined();
    expect(view.commitments[3].dueState).toBeUndefined();
    // Due today is not late yet.
    const today = handoffView(valid('sales-to-cs', value), { ...en, now: new Date('2026-11-20T23:00:00Z') });
    expect(today.commitments[0]).toMatchObject({ dueState: 'due-soon', dueText: 'Due Nov 20, 2026' });
    const inFrench = handoffView(valid('sales-to-cs', value), fr);
    expect(inFrench.commitments[0]).toMatchObject({ dueStateText: 'En retard', dueText: 'En retard depuis le 20 nov. 2026' });
    expect(inFrench.commitments[1].dueStateText).toBe('Échéance proche');
    const wider = handoffView(valid('sales-to-cs', value), { ...en, config: { commitmentDueSoonDays: 30 } });
    expect(wider.commitments[2].dueState).toBe('due-soon');
  });

  it('shows who returned it and why, in French', () => {
    const value = {
      ...handoff(),
      review: {
        status: 'returned' as const,
        reviewedBy: 'Priya Shah',
        reviewedAt: '2026-11-23T08:00:00Z',
        returnReason: 'missing-success-criteria' as const,
        returnNote: 'Add the CSAT baseline.',
      },
    };
    const view = handoffView(valid('sales-to-cs', value), fr);
    expect(view.statusText).toBe('Renvoyée aux ventes');
    expect(view.review).toEqual({
      reviewedText: 'Renvoyée par Priya Shah, 23 nov. 2026',
      returnReasonText: 'Motif : Critères de succès manquants ou flous',
      returnNote: 'Add the CSAT baseline.',
      detailText: 'Renvoyée par Priya Shah, 23 nov. 2026 · Motif : Critères de succès manquants ou flous · Add the CSAT baseline.',
    });
    expect(view.commercial?.arrText).toMatch(/^120\s000,00\s€$/);
    expect(view.notices[0]).toMatchObject({ key: 'review-returned', text: 'Le CS a renvoyé cette passation : corrigez-la et soumettez-la à nouveau.' });
    expect(view.completeness.summaryText).toBe('10 champs indispensables remplis sur 10');
  });

  it('shows an earlier return only while the handoff stands returned: a resubmit leaves it in CS’s columns', () => {
    const value = {
      ...handoff(),
      review: {
        status: 'submitted' as const,
        reviewedBy: 'Priya Shah',
        reviewedAt: '2026-11-23T08:00:00Z',
        returnReason: 'missing-success-criteria' as const,
        returnNote: 'Add the CSAT baseline.',
      },
    };
    expect(handoffView(valid('sales-to-cs', value), en).review).toBeUndefined();
  });

  it('never hands a card a link that is not a web link', () => {
    const value = {
      ...handoff(),
      commitments: [
        { item: 'Training', type: 'sow' as const, evidenceUrl: 'javascript:alert(1)' },
        { item: 'SSO', type: 'contractual' as const, evidenceUrl: 'https://docs.example.com/sow.pdf' },
      ],
    };
    const view = handoffView(valid('sales-to-cs', value as never), en);
    expect(view.commitments[0].evidenceUrl).toBeUndefined();
    expect(view.commitments[1].evidenceUrl).toBe('https://docs.example.com/sow.pdf');
  });
});

describe('customer health view', () => {
  it('shows health, trend and drivers ranked by weight', () => {
    const view = customerHealthView(valid('customer-health', health()), en);
    expect(view.score).toMatchObject({ valueText: '38', level: 'low', levelText: 'Weak', bandText: 'Band At risk' });
    expect(view.trendText).toBe('Declining');
    expect(view.drivers.map((d) => d.sentence)).toEqual([
      'Weekly active users down 30% lowered health by 18 points.',
      'Two open priority-1 tickets lowered health by 10 points.',
      'Executive sponsor renewed interest improved health by 5 points.',
    ]);
    expect(view.csmSentiment).toEqual({
      sentimentText: 'Negative',
      note: 'Champion left in October.',
      byText: 'By Sam Okafor, Nov 21, 2026',
      detailText: 'Champion left in October. · By Sam Okafor, Nov 21, 2026',
    });
    expect(view.conflicts).toEqual([]);
  });

  it('raises a customer health conflict when health is low but sales read the account as positive', () => {
    const related = { handoff: valid('sales-to-cs', handoff()) };
    const view = customerHealthView(valid('customer-health', health()), en, related);
    expect(view.conflicts).toEqual([
      {
        key: 'customer-health',
        type: 'customer-health',
        title: 'Customer health conflict',
        summary: 'Health is weak (38), but sales read the account as positive at handoff.',
        notify: ['role.csDirector', 'role.accountOwner'],
        notifyText: 'Notify: CS director and Account owner',
        owner: 'role.csDirector',
        ownerText: 'Decides: CS director',
        state: 'open',
        stateText: 'Open',
        deadlineText: 'Decide by Nov 24, 2026, 6:00 AM',
        dueAtIso: '2026-11-24T06:00:00.000Z',
      },
    ]);
  });

  it('raises it when health is high but sales read the account as negative', () => {
    const healthy = { ...health(), score: { ...health().score, value: 85 } };
    const negative = { handoff: valid('sales-to-cs', { ...handoff(), accountSentiment: 'negative' as const }) };
    expect(customerHealthView(valid('customer-health', healthy), en, negative).conflicts[0].summary).toBe(
      'Health is strong (85), but sales read the account as negative at handoff.',
    );
  });

  it('does not raise it when both agree, the read is neutral, the handoff is missing, or health is medium', () => {
    const positive = { handoff: valid('sales-to-cs', handoff()) };
    const neutral = { handoff: valid('sales-to-cs', { ...handoff(), accountSentiment: 'neutral' as const }) };
    const healthy = { ...health(), score: { ...health().score, value: 85 } };
    const medium = { ...health(), score: { ...health().score, value: 55 } };
    expect(customerHealthView(valid('customer-health', healthy), en, positive).conflicts).toEqual([]);
    expect(customerHealthView(valid('customer-health', health()), en, neutral).conflicts).toEqual([]);
    expect(customerHealthView(valid('customer-health', health()), en).conflicts).toEqual([]);
    expect(customerHealthView(valid('customer-health', health()), en, { handoff: { status: 'empty', kind: 'sales-to-cs' } }).conflicts).toEqual([]);
    expect(customerHealthView(valid('customer-health', medium), en, positive).conflicts).toEqual([]);
  });

  it('shows an overdue decision once the deadline has passed', () => {
    const related = { handoff: valid('sales-to-cs', handoff()) };
    const later = customerHealthView(valid('customer-health', health()), { ...en, now: new Date('2026-11-25T10:00:00Z') }, related);
    expect(later.conflicts[0]).toMatchObject({
      state: 'overdue',
      stateText: 'Overdue',
      deadlineText: 'Decision overdue since Nov 24, 2026, 6:00 AM',
    });
  });

  it('flags health older than 30 days', () => {
    const old = { ...health(), scoredAt: '2026-10-01T06:00:00Z' };
    expect(customerHealthView(valid('customer-health', old), en).freshness).toMatchObject({
      isStale: true,
      staleText: 'Older than 30 days: ask Customer Success to refresh the health score.',
    });
  });
});

describe('every view', () => {
  it('gives unique keys to every list item', () => {
    const views = [
      leadScoreView(valid('lead-score', { ...lead(), feedback: [{ verdict: 'helpful', by: 'A', at: '2026-11-20T10:00:00Z' }] }), en),
      dealRiskView(valid('deal-risk', deal()), en),
      handoffView(valid('sales-to-cs', handoff()), en),
      customerHealthView(valid('customer-health', health()), en),
    ];
    for (const view of views) {
      for (const items of Object.values(view).filter(Array.isArray)) {
        const keys = (items as Array<{ key?: string }>).map((i) => i.key).filter(Boolean);
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
  });

  it('gives the same view for the same input (deterministic)', () => {
    expect(handoffView(valid('sales-to-cs', handoff()), en)).toEqual(handoffView(valid('sales-to-cs', handoff()), en));
  });

  it('refuses a result of another kind instead of misreading it', () => {
    const view = leadScoreView(valid('deal-risk', deal()) as never, en);
    expect(view).toMatchObject({ state: 'invalid', stateText: 'This card could not read its data. Reload the page; if it persists, tell your admin.' });
  });

  it('returns an invalid view, not an exception, for garbage from a JavaScript caller', () => {
    const hostile = {
      status: 'valid',
      kind: 'lead-score',
      get value(): never {
        throw new Error('boom');
      },
    };
    for (const input of [undefined, null, 42, 'text', [], {}, { status: 'valid' }, hostile]) {
      const view = leadScoreView(input as never, en);
      expect(view.state).toBe('invalid');
      expect(view.notices[0]).toMatchObject({ key: 'unreadable', tone: 'error' });
      expect(view.factors).toEqual([]);
    }
    expect(handoffView(null as never, null as never)).toMatchObject({ state: 'invalid', status: 'none', timeline: [] });
  });
});
