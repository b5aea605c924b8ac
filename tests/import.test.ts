/**
 * handoff import (issue 15): every shipped mapping checked against the core's registry; each source's
 * fixture imported, its bad records reported with id and reason while the run goes on, and every
 * imported payload read back by the core as valid. Fixtures follow the documented shapes:
 * - ops-lead-scores.csv, warehouse-health.jsonl: the columns mappings/csv-lead-score.json and
 *   mappings/jsonl-customer-health.json name (RFC 4180 CSV; JSON Lines, https://jsonlines.org/).
 * - hubspot-contacts.json, hubspot-deals.json: the CRM objects API list response, `{ results: [{ id,
 *   properties, propertiesWithHistory }] }` with every value a string and history entries
 *   `{ value, timestamp, sourceType }` (https://developers.hubspot.com/docs/api-reference/crm-contacts-v3/guide);
 *   the score properties of https://knowledge.hubspot.com/records/use-deal-scores and
 *   https://knowledge.hubspot.com/articles/kcs_article/contacts/what-are-the-likelihood-to-close-and-contact-priority-properties-in-my-hubspot-sales-professional-account.
 * - einstein-*-reasons.json: a REST query response `{ totalSize, done, records }` of AIInsightReason rows
 *   with their parents through the documented lookups AiInsightValue and AiRecordInsight
 *   (https://developer.salesforce.com/docs/platform/object-reference/references/standard-objects/object-aiinsightreason.html,
 *   https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/api/sforce_api_objects_airecordinsight.htm).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isKind } from '../shared/src/contexts';
import { parsePayload } from '../shared/src/parse';
import { fieldsOf } from '../shared/src/registry';
import { buildCli } from '../scripts/build';
import { loadMapping, shippedMappings } from '../scripts/import/command';
import { checkMapping, targetPaths, type Mapping } from '../scripts/import/mapping';
import { runImport } from '../scripts/import/run';

const root = join(__dirname, '..');
const mappingsDir = join(root, 'mappings');
const fixture = (name: string) => join(__dirname, 'data', 'import', name);
const launcher = join(root, 'scripts', 'handoff.mjs');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'handoff-import-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function mapping(name: string): Mapping {
  const loaded = loadMapping(name, mappingsDir);
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.mapping;
}

interface Line {
  source: string;
  id: string;
  kind: string;
  target: { salesforce?: { object: string; id?: string }; hubspot?: { objectType: string; id?: string } };
  payload: Record<string, any>;
}

async function importFixture(name: string, input: string) {
  const out = join(dir, `${name}.jsonl`);
  const report = join(dir, `${name}.csv`);
  const summary = await runImport({ mapping: mapping(name), input: fixture(input), out, report });
  const lines = readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Line);
  const reportLines = readFileSync(report, 'utf8').trim().split('\n');
  const outcomes = new Map(reportLines.slice(1).map((line) => [line.slice(0, line.indexOf(',')), line.slice(line.indexOf(',') + 1)]));
  return { summary, lines, reportLines, outcomes };
}

/** The round trip: what the importer wrote, the core's reader takes as valid. */
function expectValid(lines: Line[]) {
  for (const line of lines) {
    expect(isKind(line.kind)).toBe(true);
    const result = parsePayload(line.kind as never, line.payload);
    expect({ id: line.id, status: result.status }).toEqual({ id: line.id, status: 'valid' });
  }
}

describe('shipped mappings', () => {
  const names = shippedMappings(mappingsDir);

  it('ships a mapping for every source', () => {
    expect(names).toEqual(
      expect.arrayContaining(['csv-lead-score', 'jsonl-customer-health', 'hubspot-predictive-contact-score', 'salesforce-einstein-lead-score']),
    );
  });

  it.each(names)('%s is usable, cites its documentation, and every target path exists in the registry', (name) => {
    const raw = JSON.parse(readFileSync(join(mappingsDir, `${name}.json`), 'utf8'));
    expect(checkMapping(raw)).toEqual([]);
    const known = new Set(fieldsOf(raw.kind).map((f) => f.path));
    for (const path of targetPaths(raw)) expect({ path, known: known.has(path) }).toEqual({ path, known: true });
    expect(raw.documentation.length).toBeGreaterThan(0);
  });

  it('names what is wrong with a broken mapping', () => {
    const broken = {
      ...mapping('csv-lead-score'),
      fields: { 'score.valu': { column: 'score' }, factors: { list: { repeat: { from: 1, to: 2 }, fields: { lable: { column: 'x' } } } } },
    };
    const problems = checkMapping(broken);
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringContaining('"score.valu": lead-score has no such field'), expect.stringContaining('has no field factors[].lable')]),
    );
    expect(checkMapping({ ...broken, kind: 'lead-scor' })).toEqual(expect.arrayContaining([expect.stringContaining('kind: must be one of')]));
  });
});

describe('CSV (the Ops spreadsheet)', () => {
  it('imports the good rows, reports each bad one with its id and why, and goes on', async () => {
    const { summary, lines, outcomes } = await importFixture('csv-lead-score', 'ops-lead-scores.csv');
    expect(summary).toEqual({ imported: 3, skipped: 5 });
    expect(lines.map((l) => l.id)).toEqual(['L-001', 'L-002', 'L-008']);
    expect(outcomes.get('L-001')).toBe('imported,');
    expect(outcomes.get('L-003')).toMatch(/skipped,.*column ""score"": ""n\/a"" is not a number/);
    expect(outcomes.get('L-004')).toMatch(/skipped,.*score\.value: value is outside its scale/);
    expect(outcomes.get('L-005')).toMatch(/skipped,.*""lukewarm"" is not one of/);
    expect(outcomes.get('L-006')).toMatch(/skipped,.*scoredAt: is missing.*column ""scored_on"" is empty/);
    expect(outcomes.get('line 8')).toMatch(/skipped,.*Invalid Record Length/);
    expectValid(lines);
  });

  it('maps columns, transforms and repeated factor columns to the canonical payload', async () => {
    const { lines } = await importFixture('csv-lead-score', 'ops-lead-scores.csv');
    const [first, second, third] = lines;
    expect(first).toMatchObject({
      source: 'csv',
      kind: 'lead-score',
      target: { salesforce: { object: 'Lead', id: '00Q5g00000AbCdEAA1' }, hubspot: { objectType: 'contacts', id: '101' } },
    });
    expect(first.payload).toMatchObject({ score: { value: 82, scale: { min: 0, max: 100 } }, band: 'Hot', scoredAt: '2026-09-14T00:00:00.000Z' });
    expect(first.payload.factors).toEqual([
      expect.objectContaining({ label: 'Pricing page visits', direction: 'raises', weight: 18 }),
      expect.objectContaining({ label: 'Competitor in use', direction: 'lowers', weight: 6, evidence: 'Uses a competitor, "renewal in Q1"' }),
    ]);
    expect(second.target).toEqual({ salesforce: { object: 'Contact', id: '0035g00000XyZaBAA2' }, hubspot: { objectType: 'contacts' } });
    expect(second.payload.scoredAt).toBe('2026-09-10T07:00:00.000Z');
    expect(third.payload.model).toEqual({ name: 'Ops lead score' });
    expect(third.payload.factors).toHaveLength(3);
  });
});

describe('JSONL (a warehouse export)', () => {
  it('imports drivers from a JSON field, reports unreadable lines and bad values, and goes on', async () => {
    const { summary, lines, outcomes } = await importFixture('jsonl-customer-health', 'warehouse-health.jsonl');
    expect(summary).toEqual({ imported: 2, skipped: 3 });
    expect(lines[0].payload.drivers).toEqual([
      expect.objectContaining({ label: 'Weekly active users', direction: 'raises', weight: 12, observedAt: '2026-09-14T00:00:00.000Z' }),
      expect.objectContaining({ label: 'Open P1 tickets', direction: 'lowers', weight: 7 }),
    ]);
    expect(lines[1].payload.drivers).toEqual([expect.objectContaining({ label: 'Champion left', direction: 'lowers', weight: 20 })]);
    expect(outcomes.get('line 3')).toMatch(/skipped,.*not JSON/);
    expect(outcomes.get('ACC-4')).toMatch(/""purple"" is not one of/);
    expect(outcomes.get('ACC-5')).toMatch(/""lots"" is not a number/);
    expectValid(lines);
  });
});

describe("HubSpot's native scores (CRM objects API export)", () => {
  it('Likelihood to close: a percent, Contact priority as band, scored at the newest history timestamp, no factors', async () => {
    const { summary, lines, outcomes } = await importFixture('hubspot-predictive-contact-score', 'hubspot-contacts.json');
    expect(summary).toEqual({ imported: 2, skipped: 2 });
    expect(lines[0]).toMatchObject({ source: 'hubspot', id: '501', target: { hubspot: { objectType: 'contacts', id: '501' } } });
    expect(lines[0].payload).toMatchObject({
      score: { value: 22, scale: { unit: 'percent', polarity: 'higher-is-better' } },
      band: 'Very high',
      scoredAt: '2026-09-13T04:12:09.120Z',
      factors: [],
    });
    expect(outcomes.get('503')).toMatch(/scoredAt: is missing.*propertiesWithHistory/);
    expectValid(lines);
  });

  it('lead scoring tool: the total with its fit and engagement parts as factors that say what HubSpot does not export', async () => {
    const { lines } = await importFixture('hubspot-lead-scoring-tool', 'hubspot-contacts.json');
    expect(lines[0].payload.factors).toEqual([
      expect.objectContaining({
        label: 'Fit (contact and company properties)',
        direction: 'raises',
        weight: 40,
        evidence: expect.stringContaining('does not export'),
      }),
      expect.objectContaining({ label: 'Engagement (actions, with decay)', direction: 'raises', weight: 34 }),
    ]);
    expect(lines[1].payload.factors[1]).toMatchObject({ direction: 'lowers', weight: 8 });
    expect(lines.map((l) => l.payload.band)).toEqual(['High', 'Low']);
    expectValid(lines);
  });

  it('the older HubSpot score, and the deal score as deal risk (an unknown forecast category is left out)', async () => {
    const score = await importFixture('hubspot-score', 'hubspot-contacts.json');
    expect(score.lines.map((l) => [l.payload.score.value, l.payload.band, l.payload.scoredAt])).toEqual([
      [65, 'Hot', '2025-08-30T12:00:00.000Z'],
      [-15, 'Cold', '2025-08-30T12:00:00.000Z'],
    ]);
    expectValid(score.lines);
    const deals = await importFixture('hubspot-deal-score', 'hubspot-deals.json');
    expect(deals.summary).toEqual({ imported: 2, skipped: 1 });
    expect(deals.lines[0].payload).toMatchObject({ winProbability: { value: 85 }, repForecast: { category: 'commit' }, riskFactors: [] });
    expect(deals.lines[1].payload.repForecast).toBeUndefined();
    expect(deals.outcomes.get('9003')).toMatch(/outside its scale/);
    expectValid(deals.lines);
  });
});

describe('Salesforce Einstein (AIInsightReason rows with their value and insight)', () => {
  it('groups the reasons of one insight into one lead score, with weight and direction from Contribution', async () => {
    const { summary, lines, outcomes } = await importFixture('salesforce-einstein-lead-score', 'einstein-lead-reasons.json');
    expect(summary).toEqual({ imported: 2, skipped: 2 });
    expect(lines[0]).toMatchObject({
      source: 'salesforce-einstein',
      id: '0Wz000000000001AAA',
      target: { salesforce: { object: 'Lead', id: '00Q5g00000AbCdEAA1' } },
    });
    expect(lines[0].payload).toMatchObject({
      score: { value: 81 },
      band: 'High',
      model: { name: 'Einstein prediction (Lead.Converted_Prediction__c)' },
      scoredAt: '2026-09-15T03:00:00.000Z',
    });
    expect(lines[0].payload.factors.map((f: any) => [f.label, f.direction, f.weight])).toEqual([
      ['LeadSource: Webinar', 'raises', 12.5],
      ['NumberOfEmployees: 2500', 'raises', 7.25],
      ['Industry: Retail', 'lowers', 4],
    ]);
    expect(lines[1].target).toEqual({ salesforce: { object: 'Contact', id: '0035g00000XyZaBAA2' } });
    expect(outcomes.get('0Wz000000000003AAA')).toMatch(/"Opportunity"" is not one that holds lead-score/);
    expect(outcomes.get('0Wz000000000004AAA')).toMatch(/""high"" is not a number/);
    expectValid(lines);
  });

  it('turns negative contributions into deal risks, severity by size', async () => {
    const { lines, outcomes } = await importFixture('salesforce-einstein-deal-risk', 'einstein-deal-reasons.json');
    expect(lines[0].payload.riskFactors.map((r: any) => [r.label, r.category, r.severity])).toEqual([
      ['NextStep', 'other', 'high'],
      ['CloseDate: pushed 3 times', 'other', 'critical'],
    ]);
    expect(outcomes.get('0Wz000000000012AAA')).toMatch(/winProbability\.value: is missing/);
    expectValid(lines);
  });
});

describe('handoff import (the command)', () => {
  beforeAll(() => buildCli(), 60_000);
  const handoff = (args: string[], options: { heap?: number } = {}) => {
    const flags = options.heap ? [`--max-old-space-size=${options.heap}`] : [];
    const result = spawnSync(process.execPath, [...flags, launcher, ...args], { encoding: 'utf8', timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('exits 1 when records were skipped, 2 with an unknown source or no --out, and writes no half file', () => {
    const out = join(dir, 'cli.jsonl');
    const ok = handoff(['import', 'csv-lead-score', fixture('ops-lead-scores.csv'), '--out', out]);
    expect(ok.code).toBe(1);
    expect(ok.stderr).toContain('3 records imported');
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(3);
    const unknown = handoff(['import', 'salesfarce', fixture('ops-lead-scores.csv'), '--out', join(dir, 'none.jsonl')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('csv-lead-score');
    expect(handoff(['import', 'csv-lead-score', fixture('ops-lead-scores.csv')]).code).toBe(2);
    const notJson = handoff(['import', 'hubspot-deal-score', fixture('ops-lead-scores.csv'), '--out', join(dir, 'half.jsonl')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('nothing was written');
    expect(readdirSync(dir).filter((name) => name.startsWith('half.jsonl'))).toEqual([]);
  });

  it('streams: a ~50 MB CSV imports with a 64 MB heap', async () => {
    const big = join(dir, 'big.csv');
    const stream = createWriteStream(big);
    stream.write('lead_id,score,tier,scored_on,factor_1_label,factor_1_direction,factor_1_points,factor_1_evidence\n');
    const padding = 'x'.repeat(2400);
    for (let i = 0; i < 20_000; i++)
      if (!stream.write(`L-${i},${i % 100},warm,2026-09-14,Pricing page,+,5,"Visited ${i} ${padding}"\n`)) await once(stream, 'drain');
    await new Promise((resolve) => stream.end(resolve));
    const mappingFile = join(dir, 'big-mapping.json');
    writeFileSync(mappingFile, JSON.stringify({ ...mapping('csv-lead-score'), target: { hubspot: { objectType: 'contacts' } } }));
    const out = join(dir, 'big.jsonl');
    const { code, stderr } = handoff(['import', mappingFile, big, '--out', out, '--report', join(dir, 'big-report.csv')], { heap: 64 });
    expect({ code, stderr }).toEqual({ code: 0, stderr: expect.stringContaining('20000 records imported') });
    expect(existsSync(out)).toBe(true);
  }, 60_000);
});
