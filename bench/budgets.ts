/** The budgets of issue 18, and their verdict on a set of measurements. Pure: no timing happens here. */
import type { CardRequests, CardSpeed } from './cards';
import type { CoreSpeed } from './core-speed';
import type { CardLoad } from './size';
import type { ImportMemory, PushCalls } from './spine';

export const budgets = {
  /** The core modules one Salesforce card loads, minified (its message catalogs are reported apart). */
  cardCoreMinifiedBytes: 64 * 1024,
  /** parse + validate + view model / JSON.parse of the same text. */
  coreSpeedRatio: 3,
  /** data arrival → rendered card / the same final DOM from its framework alone (template-only LWC, plain React). */
  cardSpeedRatio: 2,
  /** handoff push makes exactly the calls the documented batch sizes allow: ceil(records / size) reads, ceil(changed / size) writes. */
  pushApiCallsMinimum: true,
  /** Peak resident memory of `handoff import` on a large CSV export (1 GB in the bench). */
  importPeakMemoryBytes: 256 * 1024 * 1024,
} as const;

/** Most data requests a card makes to load, settings included, on each platform. */
export const requestBudgets = { salesforce: 1, hubspot: 2 } as const;

export type Platform = keyof typeof requestBudgets;

export interface Measurements {
  cardLoads?: CardLoad[];
  coreSpeed?: CoreSpeed[];
  cardSpeed?: CardSpeed[];
  cardRequests?: CardRequests[];
  pushCalls?: PushCalls[];
  importMemory?: ImportMemory;
}

export interface Verdict {
  budget: string;
  measured: string;
  limit: string;
  pass: boolean;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const times = (ratio: number) => (Number.isFinite(ratio) ? `${ratio.toFixed(ratio < 10 ? 2 : 0)}×` : 'not measured');

/** One verdict per budgeted figure; a budgeted figure that is missing or not a number fails. */
export function evaluate(m: Measurements): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const load of m.cardLoads ?? [])
    if (load.platform === 'salesforce')
      verdicts.push({
        budget: `core code loaded by ${load.card} (minified)`,
        measured: Number.isFinite(load.coreMinifiedBytes) ? kb(load.coreMinifiedBytes) : 'not measured',
        limit: `≤ ${kb(budgets.cardCoreMinifiedBytes)}`,
        pass: Number.isFinite(load.coreMinifiedBytes) && load.coreMinifiedBytes <= budgets.cardCoreMinifiedBytes,
      });
  for (const row of m.coreSpeed ?? [])
    verdicts.push({
      budget: `core speed: ${row.kind} (${row.platform}, ${row.characters} chars)`,
      measured: times(row.ratio),
      limit: `≤ ${budgets.coreSpeedRatio}×`,
      pass: Number.isFinite(row.ratio) && row.ratio <= budgets.coreSpeedRatio,
    });
  for (const row of m.cardSpeed ?? [])
    verdicts.push({
      budget: `card speed: ${row.card} on ${row.object}`,
      measured: times(row.ratio),
      limit: `≤ ${budgets.cardSpeedRatio}× its framework floor`,
      pass: Number.isFinite(row.ratio) && row.ratio <= budgets.cardSpeedRatio,
    });
  for (const row of m.cardRequests ?? [])
    verdicts.push({
      budget: `data requests: ${row.card} on ${row.object}`,
      measured: String(row.requests),
      limit: `≤ ${requestBudgets[row.platform]}`,
      pass: row.requests <= requestBudgets[row.platform],
    });
  for (const row of m.pushCalls ?? []) {
    const minimum = row.reads === row.minimumReads && row.writes === row.minimumWrites && row.other === 0;
    // The calls only mean something if the push did the whole job: every changed record written, the rest found unchanged.
    const complete = row.written === row.changed && row.unchanged === row.records - row.changed && row.failed === 0;
    verdicts.push({
      budget: `push API calls: ${row.platform} (${row.records} records, ${row.changed} changed)`,
      measured: `${row.reads} reads + ${row.writes} writes${row.other ? ` + ${row.other} other` : ''}${complete ? '' : ` (${row.written} written, ${row.failed} failed)`}`,
      limit: `= ${row.minimumReads} + ${row.minimumWrites} (${row.batchSize} a call)`,
      pass: complete && minimum === budgets.pushApiCallsMinimum,
    });
  }
  if (m.importMemory) {
    const { peakRssBytes, bytes, exitCode, imported, records } = m.importMemory;
    const complete = exitCode === 0 && imported === records;
    verdicts.push({
      budget: `import peak memory (${mb(bytes)} CSV)`,
      measured: `${Number.isFinite(peakRssBytes) ? mb(peakRssBytes) : 'not measured'}${complete ? '' : ` (exit code ${exitCode}, ${imported} of ${records} imported)`}`,
      limit: `≤ ${mb(budgets.importPeakMemoryBytes)}`,
      pass: complete && Number.isFinite(peakRssBytes) && peakRssBytes <= budgets.importPeakMemoryBytes,
    });
  }
  return verdicts;
}
