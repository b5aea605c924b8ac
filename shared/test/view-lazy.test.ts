/** Lists a card opens with "Show more" are built when read (issue 18), and read exactly as if built at once. */
import { FEEDBACK_PREVIEW_COUNT, leadScoreView } from '../src/view';
import { lazyList } from '../src/view/read';
import { parsePayload } from '../src/parse';
import { sampleNow } from '../src/samples';

describe('lazyList', () => {
  it('builds the first entries now and each later one once, when it is first read', () => {
    const built: number[] = [];
    const list = lazyList([1, 2, 3, 4, 5], (n) => (built.push(n), { n }), 2);
    expect(built).toEqual([1, 2]);
    expect(list).toHaveLength(5);
    expect(list[3]).toEqual({ n: 4 });
    expect(list[3]).toBe(list[3]);
    expect(built).toEqual([1, 2, 4]);
    expect(list.slice(0, 2).map((e) => e.n)).toEqual([1, 2]);
    expect(built).toEqual([1, 2, 4]);
    expect(JSON.parse(JSON.stringify(list))).toEqual([1, 2, 3, 4, 5].map((n) => ({ n })));
    expect(Array.isArray(list)).toBe(true);
  });
});

describe('the lead score view', () => {
  const feedback = Array.from({ length: 40 }, (_, i) => ({
    verdict: i % 3 === 0 ? 'disagree' : 'helpful',
    by: `Rep ${i}`,
    at: new Date(Date.UTC(2026, 10, 1, 9, i)).toISOString(),
    ...(i % 3 === 0 && { reason: `Reason ${i}` }),
  }));
  const payload = {
    schemaVersion: 2,
    score: { value: 82, scale: { min: 0, max: 100, polarity: 'higher-is-better' } },
    scoredAt: '2026-11-20T09:00:00Z',
    model: { name: 'Fit model' },
    factors: [],
    feedback,
  };

  it('gives every feedback entry, newest first, formatted as if it were built at once', () => {
    const result = parsePayload('lead-score', JSON.stringify(payload), { platform: 'salesforce' });
    const view = leadScoreView(result, { locale: 'en-US', timeZone: 'UTC', now: sampleNow() });
    expect(view.feedback).toHaveLength(40);
    const all = JSON.parse(JSON.stringify(view.feedback));
    expect(all[0]).toEqual({
      key: 'feedback-39',
      verdict: 'disagree',
      verdictText: 'Disagrees',
      reason: 'Reason 39',
      byText: expect.stringContaining('Rep 39'),
    });
    expect(all[1]).toEqual({ key: 'feedback-38', verdict: 'helpful', verdictText: 'Helpful', byText: expect.stringContaining('Rep 38') });
    expect(all.at(-1)).toEqual({
      key: 'feedback-0',
      verdict: 'disagree',
      verdictText: 'Disagrees',
      reason: 'Reason 0',
      byText: expect.stringContaining('Rep 0'),
    });
    expect(all.slice(0, FEEDBACK_PREVIEW_COUNT).map((e: { key: string }) => e.key)).toEqual(['feedback-39', 'feedback-38', 'feedback-37']);
    expect(view.feedbackSummaryText).toBe('26 reps found this helpful and 14 disagreed.');
  });
});
