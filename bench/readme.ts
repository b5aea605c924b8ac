/**
 * The README's Performance table, printed from bench/results.json (`npm run bench -- --markdown`) and
 * written into the README by every measuring run, so that the two cannot drift (bench.test.ts checks).
 * Pure.
 */
import { budgets, requestBudgets, type Measurements, type Verdict } from './budgets';
import { kb, mb, ms, ratio } from './report';

export interface Results extends Measurements {
  command: string;
  machine: { node: string; cpus: number };
  reported: { chromium?: string; npmStartToFirstPage?: { seconds: number; rebuilt: boolean }; npmTest?: { seconds: number; exitCode: number | null } };
  verdicts: Verdict[];
}

export const tableStart = '<!-- bench:performance — written by npm run bench from bench/results.json; do not edit -->';
export const tableEnd = '<!-- /bench:performance -->';

const notMeasured = 'not measured in this run';
const range = (values: number[], format: (v: number) => string) => {
  const finite = values.filter(Number.isFinite);
  if (!finite.length) return '—';
  const [low, high] = [Math.min(...finite), Math.max(...finite)];
  return low === high ? format(low) : `${format(low)} to ${format(high)}`;
};
const verdictOf = (rows: Verdict[], prefix: string) => {
  const own = rows.filter((v) => v.budget.startsWith(prefix));
  if (!own.length) return '';
  const missed = own.filter((v) => !v.pass).length;
  return missed ? `: **missed** by ${missed} of ${own.length}` : ': met';
};
const cardName = (card: string) => card.replace(/^c\//, '');

export function performanceTable(results: Results): string {
  const rows: string[][] = [];
  const { cardLoads, coreSpeed, cardSpeed, cardRequests, pushCalls, importMemory, verdicts, reported } = results;

  const salesforceLoads = cardLoads?.filter((l) => l.platform === 'salesforce') ?? [];
  const hubspotLoads = cardLoads?.filter((l) => l.platform === 'hubspot') ?? [];
  rows.push([
    'Core code a Salesforce card loads, minified (its message catalogs apart)',
    `≤ ${kb(budgets.cardCoreMinifiedBytes)}`,
    cardLoads
      ? `${salesforceLoads.map((l) => `${cardName(l.card)} ${kb(l.coreMinifiedBytes)}`).join(', ')}${verdictOf(verdicts, 'core code loaded')}; catalogs ${range(
          salesforceLoads.map((l) => l.catalogMinifiedBytes),
          kb,
        )}`
      : notMeasured,
  ]);
  rows.push([
    'Core code (zod included) in each HubSpot card bundle, minified (its message catalogs apart)',
    'reported',
    cardLoads
      ? `${hubspotLoads.map((l) => `${l.card} ${kb(l.coreMinifiedBytes)}`).join(', ')}; catalogs ${range(
          hubspotLoads.map((l) => l.catalogMinifiedBytes),
          kb,
        )}`
      : notMeasured,
  ]);
  rows.push([
    'Core: parse + validate + view model of the largest payload of each kind ÷ `JSON.parse` of the same text',
    `≤ ${budgets.coreSpeedRatio}×`,
    coreSpeed
      ? `${range(
          coreSpeed.map((r) => r.ratio),
          ratio,
        )}${verdictOf(verdicts, 'core speed')} (${range(
          coreSpeed.map((r) => r.coreMs),
          ms,
        )} per payload)`
      : notMeasured,
  ]);
  for (const platform of ['salesforce', 'hubspot'] as const) {
    const own = cardSpeed?.filter((r) => r.platform === platform) ?? [];
    rows.push([
      `${platform === 'salesforce' ? 'Salesforce' : 'HubSpot'} card: data arrival → rendered ÷ the same DOM from ${platform === 'salesforce' ? 'a template-only LWC component' : 'a plain React component'}`,
      `≤ ${budgets.cardSpeedRatio}×`,
      cardSpeed
        ? `${range(
            own.map((r) => r.ratio),
            ratio,
          )}${verdictOf(
            verdicts.filter((v) => own.some((r) => v.budget === `card speed: ${r.card} on ${r.object}`)),
            'card speed',
          )} (${range(
            own.map((r) => r.renderMs),
            ms,
          )} against ${range(
            own.map((r) => r.floorMs),
            ms,
          )}; static HTML ${range(
            own.map((r) => r.staticMs),
            ms,
          )})`
        : notMeasured,
    ]);
  }
  for (const platform of ['salesforce', 'hubspot'] as const) {
    const own = cardRequests?.filter((r) => r.platform === platform) ?? [];
    rows.push([
      `Data requests per ${platform === 'salesforce' ? 'Salesforce' : 'HubSpot'} card at load, settings included`,
      `≤ ${requestBudgets[platform]}`,
      cardRequests
        ? `${range(
            own.map((r) => r.requests),
            String,
          )}${verdictOf(
            verdicts.filter((v) => own.some((r) => v.budget === `data requests: ${r.card} on ${r.object}`)),
            'data requests',
          )}`
        : notMeasured,
    ]);
  }
  const pushRecords = pushCalls?.[0]?.records;
  rows.push([
    `\`handoff push\`: API calls for ${pushRecords ? pushRecords.toLocaleString('en-US') : '10,000'} records, half of them changed, against local stand-ins (HubSpot 100 a batch read or update, Salesforce 200 an sObject Collections call)`,
    'the minimum the batch sizes allow',
    pushCalls
      ? `${pushCalls
          .map(
            (r) =>
              `${r.platform === 'hubspot' ? 'HubSpot' : 'Salesforce'} ${r.reads} reads + ${r.writes} writes${r.other ? ` + ${r.other} other` : ''} (minimum ${r.minimumReads} + ${r.minimumWrites}), ${Math.round(r.recordsPerSecond).toLocaleString('en-US')} records/s`,
          )
          .join('; ')}${verdictOf(verdicts, 'push API calls')}`
      : notMeasured,
  ]);
  rows.push([
    '`handoff import`: peak memory (RSS) importing a large CSV export',
    `≤ ${mb(budgets.importPeakMemoryBytes)}`,
    importMemory
      ? `${mb(importMemory.peakRssBytes)}${verdictOf(verdicts, 'import peak memory')} (${mb(importMemory.bytes)} CSV, ${importMemory.imported.toLocaleString('en-US')} records at ${mb(importMemory.bytesPerSecond)}/s)`
      : notMeasured,
  ]);
  const start = reported.npmStartToFirstPage;
  rows.push([
    '`npm start` → first served page',
    'reported',
    start ? `${start.seconds.toFixed(1)} s (${start.rebuilt ? 'built the preview' : 'reused an identical build'})` : notMeasured,
  ]);
  const test = reported.npmTest;
  rows.push(['`npm test`', 'reported', test ? `${test.seconds.toFixed(0)} s (exit code ${test.exitCode})` : notMeasured]);

  const machine = `${results.machine.cpus} cores, Node ${results.machine.node.replace(/^v/, '').split('.')[0]}${reported.chromium ? `, Chromium ${reported.chromium.split('.')[0]}` : ''}`;
  return [
    tableStart,
    `Latest run: \`${results.command}\` (${machine}; \`bench/results.json\`).`,
    '',
    '| measure | budget | measured |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    tableEnd,
  ].join('\n');
}

/** The README with its Performance table replaced; throws when the markers are missing. */
export function withPerformanceTable(readme: string, table: string): string {
  const start = readme.indexOf(tableStart);
  const end = readme.indexOf(tableEnd);
  if (start < 0 || end < start) throw new Error(`README.md has no Performance table between "${tableStart}" and "${tableEnd}"`);
  return `${readme.slice(0, start)}${table}${readme.slice(end + tableEnd.length)}`;
}
