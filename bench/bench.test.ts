/** The bench's pure parts on made-up figures: no timing happens in a test. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, type Measurements } from './budgets';
import { renderTime } from './cards';
import { lwcTemplate, type DomNode } from './framework-floor';
import { parseArgs } from './main';
import { lengthen } from './payloads';
import { performanceTable, tableEnd, tableStart, withPerformanceTable, type Results } from './readme';
import { allPass, resultsJson, table, verdictTable } from './report';
import { median } from './timing';

const load = (card: string, coreKb: number, platform: 'salesforce' | 'hubspot' = 'salesforce') => ({
  platform,
  card,
  coreMinifiedBytes: coreKb * 1024,
  catalogMinifiedBytes: 54 * 1024,
  modules: [],
});
const core = (ratio: number) => ({
  kind: 'lead-score' as const,
  platform: 'salesforce' as const,
  characters: 130_000,
  coreMs: ratio * 0.2,
  jsonParseMs: 0.2,
  ratio,
});
const card = (name: string, object: string, ratio: number, platform: 'salesforce' | 'hubspot' = 'salesforce') => ({
  platform,
  card: name,
  object,
  page: 'p',
  renderMs: ratio * 5,
  floorMs: 5,
  ratio,
  staticMs: 0.2,
  htmlLength: 1000,
  loads: 5,
});
const requests = (name: string, object: string, count: number, platform: 'salesforce' | 'hubspot' = 'salesforce') => ({
  platform,
  card: name,
  object,
  requests: count,
  page: 'p',
});

const passing: Measurements = {
  cardLoads: [load('c/handoffLeadScore', 64), load('hc_deal_card', 150, 'hubspot')],
  coreSpeed: [core(2.99)],
  cardSpeed: [card('c-handoff-lead-score', 'Lead', 2)],
  cardRequests: [requests('c-handoff-lead-score', 'Lead', 1), requests('hc_company_card', 'companies', 2, 'hubspot')],
};

describe('budget verdicts', () => {
  it('passes figures at their limits, and budgets only the Salesforce cards among sizes', () => {
    const verdicts = evaluate(passing);
    expect(verdicts.map((v) => [v.budget, v.pass])).toEqual([
      ['core code loaded by c/handoffLeadScore (minified)', true],
      ['core speed: lead-score (salesforce, 130000 chars)', true],
      ['card speed: c-handoff-lead-score on Lead', true],
      ['data requests: c-handoff-lead-score on Lead', true],
      ['data requests: hc_company_card on companies', true],
    ]);
    expect(allPass(verdicts)).toBe(true);
  });

  it('fails each figure just over its limit', () => {
    const verdicts = evaluate({
      cardLoads: [{ ...load('c/handoffSalesToCs', 64), coreMinifiedBytes: 64 * 1024 + 1 }],
      coreSpeed: [core(3.01)],
      cardSpeed: [card('hc_deal_card', 'deals', 2.01, 'hubspot')],
      cardRequests: [requests('c-handoff-sales-to-cs', 'Account', 2), requests('hc_lead_score_card', 'contacts', 3, 'hubspot')],
    });
    expect(verdicts.map((v) => v.pass)).toEqual([false, false, false, false, false]);
    expect(verdicts[0]).toEqual({ budget: 'core code loaded by c/handoffSalesToCs (minified)', measured: '64.0 KB', limit: '≤ 64.0 KB', pass: false });
    expect(verdicts[2].limit).toBe('≤ 2× its framework floor');
    expect(allPass(verdicts)).toBe(false);
  });

  it('fails a budgeted figure that could not be measured, and a run that measured nothing', () => {
    expect(evaluate({ cardLoads: [load('c/handoffDealRisk', NaN)] })[0]).toMatchObject({ measured: 'not measured', pass: false });
    expect(evaluate({ coreSpeed: [core(NaN)] })[0]).toMatchObject({ measured: 'not measured', pass: false });
    // A card whose framework floor failed to build has no ratio.
    expect(evaluate({ cardSpeed: [{ ...card('c-handoff-deal-risk', 'Opportunity', 1), floorMs: NaN, ratio: NaN }] })[0]).toMatchObject({ pass: false });
    expect(allPass([])).toBe(false);
  });
});

describe('the README performance table', () => {
  const results: Results = {
    command: 'npm run bench',
    machine: { node: 'v20.20.2', cpus: 2 },
    ...passing,
    reported: { chromium: '156.0.1', npmStartToFirstPage: { seconds: 0.5, rebuilt: false } },
    verdicts: evaluate(passing),
  };

  it('states each budget and what was measured, with its verdict', () => {
    const text = performanceTable(results);
    expect(text.startsWith(tableStart)).toBe(true);
    expect(text.endsWith(tableEnd)).toBe(true);
    expect(text).toContain('Latest run: `npm run bench` (2 cores, Node 20, Chromium 156; `bench/results.json`).');
    expect(text).toContain('| ≤ 64.0 KB | handoffLeadScore 64.0 KB: met; catalogs 54.0 KB |');
    expect(text).toContain('| reported | hc_deal_card 150.0 KB; catalogs 54.0 KB |');
    expect(text).toContain('| Data requests per HubSpot card at load, settings included | ≤ 2 | 2: met |');
    expect(text).toContain('| `npm test` | reported | not measured in this run |');
  });

  it('names how many figures missed their budget', () => {
    const missed = { ...results, coreSpeed: [core(2), core(4)] };
    expect(performanceTable({ ...missed, verdicts: evaluate(missed) })).toContain('2.00× to 4.00×: **missed** by 1 of 2');
  });

  it('replaces only the table in the README, and refuses a README without its markers', () => {
    const readme = `# R\n\n${tableStart}\nold\n${tableEnd}\n\nafter\n`;
    expect(withPerformanceTable(readme, `${tableStart}\nnew\n${tableEnd}`)).toBe(`# R\n\n${tableStart}\nnew\n${tableEnd}\n\nafter\n`);
    expect(() => withPerformanceTable('# R\n', 'x')).toThrow(/no Performance table/);
  });

  it('in README.md is the one bench/results.json prints (npm run bench -- --markdown)', () => {
    const root = join(__dirname, '..');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const printed = performanceTable(JSON.parse(readFileSync(join(__dirname, 'results.json'), 'utf8')));
    expect(withPerformanceTable(readme, printed)).toBe(readme);
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
    const text = verdictTable(evaluate({ cardLoads: [load('c/handoffLeadScore', 99.6)] }));
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
    expect(parseArgs(['--only=size,core', '--with-test-time'])).toEqual({ only: new Set(['size', 'core']), withTestTime: true, markdown: false });
    expect(parseArgs(['--markdown']).markdown).toBe(true);
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
