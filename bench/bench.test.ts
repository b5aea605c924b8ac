/** The bench's pure parts on made-up figures: no timing happens in a test. */
import { evaluate, type Measurements } from './budgets';
import { renderTime } from './cards';
import { lwcTemplate, type DomNode } from './framework-floor';
import { parseArgs } from './main';
import { lengthen } from './payloads';
import { allPass, resultsJson, table, verdictTable } from './report';
import { median } from './timing';

const size = (name: string, minifiedBytes: number) => ({ name, file: `${name}.js`, minifiedBytes, gzippedBytes: Math.round(minifiedBytes / 3) });
const core = (ratio: number) => ({
  kind: 'lead-score' as const,
  platform: 'salesforce' as const,
  characters: 130_000,
  coreMs: ratio * 0.2,
  jsonParseMs: 0.2,
  ratio,
});
const card = (name: string, object: string, ratio: number) => ({
  platform: 'salesforce' as const,
  card: name,
  object,
  page: 'p',
  renderMs: ratio,
  staticMs: 1,
  ratio,
  htmlLength: 1000,
  loads: 5,
});
const requests = (name: string, object: string, count: number) => ({ platform: 'salesforce' as const, card: name, object, requests: count, page: 'p' });

const passing: Measurements = {
  size: [size('c/handoffCore', 40 * 1024), size('c/handoffCatalogEn', 90_000)],
  coreSpeed: [core(2.99)],
  cardSpeed: [card('c-handoff-lead-score', 'Lead', 2)],
  cardRequests: [
    requests('c-handoff-lead-score', 'Lead', 1),
    requests('c-handoff-sales-to-cs', 'Account', 2),
    requests('c-handoff-sales-to-cs', 'Opportunity', 5),
    requests('hc_deal_card', 'deals', 4),
  ],
};

describe('budget verdicts', () => {
  it('passes figures at their limits, and only budgets the LWC core module among sizes', () => {
    const verdicts = evaluate(passing);
    expect(verdicts.map((v) => v.pass)).toEqual([true, true, true, true, true]);
    expect(allPass(verdicts)).toBe(true);
  });

  it('fails each figure just over its limit', () => {
    const verdicts = evaluate({
      size: [size('c/handoffCore', 40 * 1024 + 1)],
      coreSpeed: [core(3.01)],
      cardSpeed: [card('hc_deal_card', 'deals', 2.01)],
      cardRequests: [
        requests('c-handoff-customer-health', 'Account', 2),
        requests('c-handoff-sales-to-cs', 'Account', 3),
        requests('hc_lead_score_card', 'contacts', 2),
      ],
    });
    expect(verdicts.map((v) => v.pass)).toEqual([false, false, false, false, false, false]);
    expect(verdicts[0]).toEqual({ budget: 'size of c/handoffCore (minified)', measured: '40.0 KB', limit: '≤ 40.0 KB', pass: false });
    expect(allPass(verdicts)).toBe(false);
  });

  it('fails a budgeted figure that could not be measured, and a run that measured nothing', () => {
    expect(evaluate({ size: [size('c/handoffCatalogEn', 1)] })[0]).toMatchObject({ measured: 'not found', pass: false });
    expect(evaluate({ coreSpeed: [core(NaN)] })[0]).toMatchObject({ measured: 'not measured', pass: false });
    expect(allPass([])).toBe(false);
  });

  it('holds the handoff card to 2 requests on Account only, and leaves unbudgeted cards out', () => {
    const verdicts = evaluate({ cardRequests: passing.cardRequests });
    expect(verdicts.map((v) => v.budget)).toEqual([
      'data requests: c-handoff-lead-score on Lead (lead score card)',
      'data requests: c-handoff-sales-to-cs on Account (handoff card on Account)',
    ]);
  });
});

describe('the output', () => {
  it('prints an aligned table, numbers to the right', () => {
    expect(
      table(
        ['name', 'size'],
        [
          ['core', '9.5 KB'],
          ['catalog', '25.1 KB'],
        ],
      ),
    ).toBe(['name        size', '-------  -------', 'core      9.5 KB', 'catalog  25.1 KB'].join('\n'));
  });

  it('marks a missed budget in the verdict table', () => {
    const text = verdictTable(evaluate({ size: [size('c/handoffCore', 102_000)] }));
    expect(text).toContain('99.6 KB');
    expect(text).toMatch(/MISSED$/m);
  });

  it('writes JSON with four significant digits and whole numbers untouched', () => {
    expect(JSON.parse(resultsJson({ a: 1.234567, b: 130_032, c: [0.000123456] }))).toEqual({ a: 1.235, b: 130_032, c: [0.0001235] });
    expect(resultsJson({})).toBe('{}\n');
  });
});

describe('timeline arithmetic', () => {
  it('sums the work after each answer, not the wait for the next one', () => {
    // Answers at 100 and 600; the card renders at 150, 180 and 640.
    expect(renderTime([{ answeredAt: 600 }, { answeredAt: 100 }], [50, 150, 180, 640])).toBe(80 + 40);
  });

  it('has no time without an answer or without a render', () => {
    expect(renderTime([], [10])).toBeNaN();
    expect(renderTime([{ answeredAt: 100 }], [50])).toBeNaN();
  });

  it('takes the median of odd and even samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('arguments and payload growth', () => {
  it('knows its sections and refuses unknown ones', () => {
    expect([...parseArgs([]).only]).toEqual(['size', 'core', 'cards', 'start']);
    expect(parseArgs(['--only=size,core', '--with-test-time'])).toEqual({ only: new Set(['size', 'core']), withTestTime: true });
    expect(() => parseArgs(['--only=speed'])).toThrow(/unknown section "speed"/);
  });

  it('lengthens a text with its own words to the length asked, never ending on a space', () => {
    const long = lengthen('Route planning', 40, 2);
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long.length).toBeGreaterThan(35);
    expect(long.startsWith('Route planning (2) Route')).toBe(true);
    expect(long).toBe(long.trim());
    expect(lengthen('Route planning', 0, 0)).toBe('R');
  });
});

describe('framework floor templates', () => {
  const node = (tag: string, children: Array<DomNode | string> = [], attributes: Record<string, string> = {}): DomNode => ({
    tag,
    svg: false,
    attributes,
    children,
  });

  it('turns a paragraph holding a base component into a div, which an HTML-parsed template can hold', () => {
    const tree = [node('p', [node('lightning-icon', [node('span', ['!'])]), 'Stale'], { class: 'slds-text-color_error' }), node('p', ['plain'])];
    expect(lwcTemplate(tree)).toBe(
      '<template><template lwc:if={ready}><div class="slds-text-color_error"><div><span>!</span></div>Stale</div><p>plain</p></template></template>\n',
    );
  });

  it('escapes text and keeps braces out of LWC expressions', () => {
    expect(lwcTemplate(['a < b {x}'])).toContain('a &lt; b (x)');
  });
});
