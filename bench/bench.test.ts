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
import { defaultSpineBytes, minimumCalls, parseBytes, type ImportMemory, type PushCalls } from './spine';
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

const pushed = (platform: 'hubspot' | 'salesforce', batchSize: number, extra: Partial<PushCalls> = {}): PushCalls => ({
  platform,
  records: 10_000,
  changed: 5_000,
  batchSize,
  reads: Math.ceil(10_000 / batchSize),
  writes: Math.ceil(5_000 / batchSize),
  other: 0,
  minimumReads: Math.ceil(10_000 / batchSize),
  minimumWrites: Math.ceil(5_000 / batchSize),
  written: 5_000,
  unchanged: 5_000,
  failed: 0,
  seconds: 2,
  recordsPerSecond: 5_000,
  ...extra,
});
const imported = (peakMb: number, extra: Partial<ImportMemory> = {}): ImportMemory => ({
  bytes: 1024 ** 3,
  records: 2_500_000,
  imported: 2_500_000,
  exitCode: 0,
  seconds: 64,
  bytesPerSecond: 1024 ** 3 / 64,
  peakRssBytes: peakMb * 1024 ** 2,
  ...extra,
});

describe('spine verdicts', () => {
  it('wants the fewest calls the batch sizes allow: ceil(records / size) reads, ceil(changed / size) writes', () => {
    expect(minimumCalls(10_000, 5_000, 100)).toEqual({ reads: 100, writes: 50 });
    expect(minimumCalls(10_000, 5_000, 200)).toEqual({ reads: 50, writes: 25 });
    expect(minimumCalls(10_001, 0, 200)).toEqual({ reads: 51, writes: 0 });
    const verdicts = evaluate({ pushCalls: [pushed('hubspot', 100), pushed('salesforce', 200)], importMemory: imported(256) });
    expect(verdicts).toEqual([
      { budget: 'push API calls: hubspot (10000 records, 5000 changed)', measured: '100 reads + 50 writes', limit: '= 100 + 50 (100 a call)', pass: true },
      { budget: 'push API calls: salesforce (10000 records, 5000 changed)', measured: '50 reads + 25 writes', limit: '= 50 + 25 (200 a call)', pass: true },
      { budget: 'import peak memory (1024.0 MB CSV)', measured: '256.0 MB', limit: '≤ 256.0 MB', pass: true },
    ]);
  });

  it('fails one call over the minimum, a call of another kind, a push that did not finish, and memory just over 256 MB', () => {
    const verdicts = evaluate({
      pushCalls: [
        pushed('hubspot', 100, { writes: 51 }),
        pushed('hubspot', 100, { reads: 101 }),
        pushed('salesforce', 200, { other: 1 }),
        // Fewer writes than the minimum only because records failed: not a pass.
        pushed('salesforce', 200, { writes: 20, written: 4_000, failed: 1_000 }),
      ],
      importMemory: imported(256 + 1 / 1024),
    });
    expect(verdicts.map((v) => v.pass)).toEqual([false, false, false, false, false]);
    expect(verdicts[2].measured).toBe('50 reads + 25 writes + 1 other');
    expect(verdicts[3].measured).toBe('50 reads + 20 writes (4000 written, 1000 failed)');
    expect(verdicts[4]).toMatchObject({ measured: '256.0 MB', pass: false });
  });

  it('fails an import that stopped, skipped records or left no memory figure', () => {
    expect(evaluate({ importMemory: imported(100, { exitCode: 1, imported: 2_499_999 }) })[0]).toMatchObject({
      measured: '100.0 MB (exit code 1, 2499999 of 2500000 imported)',
      pass: false,
    });
    expect(evaluate({ importMemory: imported(NaN) })[0]).toMatchObject({ measured: 'not measured', pass: false });
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
    expect(text).toMatch(/\| `handoff push`: API calls for 10,000 records, [^|]+ \| the minimum the batch sizes allow \| not measured in this run \|/);
    expect(text).toContain('| `handoff import`: peak memory (RSS) importing a large CSV export | ≤ 256.0 MB | not measured in this run |');
  });

  it('states the spine figures with their verdicts', () => {
    const spine = { ...results, pushCalls: [pushed('hubspot', 100), pushed('salesforce', 200, { writes: 26 })], importMemory: imported(90.5) };
    const text = performanceTable({ ...spine, verdicts: evaluate(spine) });
    expect(text).toContain(
      '| HubSpot 100 reads + 50 writes (minimum 100 + 50), 5,000 records/s; Salesforce 50 reads + 26 writes (minimum 50 + 25), 5,000 records/s: **missed** by 1 of 2 |',
    );
    expect(text).toContain('| ≤ 256.0 MB | 90.5 MB: met (1024.0 MB CSV, 2,500,000 records at 16.0 MB/s) |');
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
    expect([...parseArgs([]).only]).toEqual(['size', 'core', 'cards', 'start', 'spine']);
    expect(parseArgs(['--only=size,core', '--with-test-time'])).toEqual({
      only: new Set(['size', 'core']),
      withTestTime: true,
      markdown: false,
      spineBytes: defaultSpineBytes,
      spineRecords: 10_000,
    });
    expect(parseArgs(['--markdown']).markdown).toBe(true);
    expect(() => parseArgs(['--only=speed'])).toThrow(/unknown section "speed"/);
  });

  it('takes the spine sizes, and refuses a size it cannot read or an argument it does not know', () => {
    expect(defaultSpineBytes).toBe(1024 ** 3);
    expect(parseArgs(['--only=spine', '--spine-bytes=64MB', '--spine-records=2000'])).toMatchObject({ spineBytes: 64 * 1024 ** 2, spineRecords: 2000 });
    expect([parseBytes('1GB'), parseBytes('0.5 kb'), parseBytes('5000000')]).toEqual([1024 ** 3, 512, 5_000_000]);
    expect(() => parseArgs(['--spine-bytes=lots'])).toThrow(/not a size/);
    expect(() => parseArgs(['--spine-bytes=0'])).toThrow(/at least one byte/);
    expect(() => parseArgs(['--spine-records=1e4'])).toThrow(/whole number/);
    expect(() => parseArgs(['--spine-byte=64MB'])).toThrow(/unknown argument "--spine-byte=64MB"/);
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
