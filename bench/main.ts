/**
 * `npm run bench`: the size and speed budgets of issue 18, measured side by side in one run. Prints a
 * table, writes bench/results.json and the README's Performance table, and exits non-zero when a
 * budget is missed.
 *
 *   npm run bench                            everything but the npm test time
 *   npm run bench -- --with-test-time        also time the whole `npm test` (slow)
 *   npm run bench -- --only=size,core        some sections: size, core, cards, start, spine
 *   npm run bench -- --spine-bytes=64MB      spine: import a smaller CSV than the 1 GB default
 *   npm run bench -- --spine-records=2000    spine: push fewer records than the 10,000 default
 *   npm run bench -- --markdown              print the README's table from bench/results.json, measuring nothing
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { evaluate, type Measurements } from './budgets';
import { measureCards } from './cards';
import { measureCoreSpeed } from './core-speed';
import { performanceTable, withPerformanceTable, type Results } from './readme';
import { allPass, kb, mb, ms, ratio, resultsJson, table, verdictTable } from './report';
import { timeNpmStart, timeNpmTest } from './runs';
import { measureCardLoads } from './size';
import { defaultSpineBytes, defaultSpineRecords, measureImportMemory, measurePushCalls, parseBytes } from './spine';

const sections = ['size', 'core', 'cards', 'start', 'spine'] as const;
type Section = (typeof sections)[number];

export interface Args {
  only: Set<Section>;
  withTestTime: boolean;
  markdown: boolean;
  /** Size of the CSV the spine section imports. */
  spineBytes: number;
  /** Records the spine section pushes to each platform. */
  spineRecords: number;
}

export function parseArgs(args: string[]): Args {
  const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(`--${name}=`.length);
  const known = ['--with-test-time', '--markdown'];
  const unknown = args.find((a) => !known.includes(a) && !/^--(only|spine-bytes|spine-records)=/.test(a));
  if (unknown) throw new Error(`unknown argument "${unknown}"`);
  const records = value('spine-records');
  if (records !== undefined && !/^[1-9]\d*$/.test(records)) throw new Error(`--spine-records needs a whole number of records, not "${records}"`);
  const onlyArg = args.find((a) => a.startsWith('--only='));
  const only = new Set<Section>();
  for (const name of onlyArg ? onlyArg.slice('--only='.length).split(',') : sections) {
    if (!(sections as readonly string[]).includes(name)) throw new Error(`unknown section "${name}" (known: ${sections.join(', ')})`);
    only.add(name as Section);
  }
  const bytes = value('spine-bytes');
  return {
    only,
    withTestTime: args.includes('--with-test-time'),
    markdown: args.includes('--markdown'),
    spineBytes: bytes === undefined ? defaultSpineBytes : parseBytes(bytes),
    spineRecords: records === undefined ? defaultSpineRecords : Number(records),
  };
}

const resultsFile = join(__dirname, 'results.json');
const readmeFile = join(__dirname, '..', 'README.md');

async function main(args: string[]): Promise<number> {
  const { only, withTestTime, markdown, spineBytes, spineRecords } = parseArgs(args);
  if (markdown) {
    console.log(performanceTable(JSON.parse(readFileSync(resultsFile, 'utf8')) as Results));
    return 0;
  }
  const measurements: Measurements = {};
  const reported: Record<string, unknown> = {};
  const errors: string[] = [];
  const section = async (name: string, run: () => Promise<void>) => {
    console.log(`… ${name}`);
    try {
      await run();
    } catch (error) {
      errors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      console.error(`${name} failed: ${error instanceof Error ? error.stack : error}`);
    }
  };

  if (only.has('size'))
    await section('size', async () => {
      measurements.cardLoads = await measureCardLoads();
      console.log(
        table(
          ['card', 'core', 'catalogs', 'core modules'],
          measurements.cardLoads.map((l) => [l.card, kb(l.coreMinifiedBytes), kb(l.catalogMinifiedBytes), l.modules.join(' ') || '(bundled)']),
        ),
      );
    });
  if (only.has('core'))
    await section('core speed', async () => {
      measurements.coreSpeed = measureCoreSpeed();
      console.log(
        table(
          ['kind', 'platform', 'characters', 'core', 'JSON.parse', 'ratio'],
          measurements.coreSpeed.map((r) => [r.kind, r.platform, r.characters, ms(r.coreMs), ms(r.jsonParseMs), ratio(r.ratio)]),
        ),
      );
    });
  if (only.has('start'))
    await section('npm start', async () => {
      const start = await timeNpmStart();
      reported.npmStartToFirstPage = start;
      console.log(`npm start → first served page: ${start.seconds.toFixed(1)} s (${start.rebuilt ? 'built the preview' : 'reused an identical build'})`);
    });
  if (only.has('cards'))
    await section('cards in Chromium', async () => {
      const cards = await measureCards({ log: (line) => console.log(line) });
      measurements.cardSpeed = cards.speed;
      measurements.cardRequests = cards.requests;
      reported.chromium = cards.chromium;
      console.log(
        table(
          ['card', 'on', 'page', 'rendered', 'framework floor', 'ratio', 'static HTML', 'requests'],
          cards.speed.map((r) => [
            r.card,
            r.object,
            r.page,
            ms(r.renderMs),
            ms(r.floorMs),
            ratio(r.ratio),
            ms(r.staticMs),
            cards.requests.find((q) => q.card === r.card && q.object === r.object)?.requests ?? '—',
          ]),
        ),
      );
    });
  if (only.has('spine')) {
    await section('spine push', async () => {
      measurements.pushCalls = await measurePushCalls(spineRecords);
      console.log(
        table(
          ['platform', 'records', 'changed', 'batch', 'reads', 'writes', 'other', 'minimum', 'written', 'records/s'],
          measurements.pushCalls.map((r) => [
            r.platform,
            r.records,
            r.changed,
            r.batchSize,
            r.reads,
            r.writes,
            r.other,
            `${r.minimumReads} + ${r.minimumWrites}`,
            r.written,
            Math.round(r.recordsPerSecond),
          ]),
        ),
      );
    });
    await section('spine import', async () => {
      const memory = await measureImportMemory(spineBytes);
      measurements.importMemory = memory;
      console.log(
        `handoff import: ${mb(memory.bytes)} CSV, ${memory.imported} of ${memory.records} records in ${memory.seconds.toFixed(1)} s (${mb(memory.bytesPerSecond)}/s), peak RSS ${mb(memory.peakRssBytes)}`,
      );
    });
  }
  if (withTestTime)
    await section('npm test', async () => {
      const test = await timeNpmTest();
      reported.npmTest = test;
      console.log(`npm test: ${test.seconds.toFixed(0)} s (exit code ${test.exitCode})`);
    });

  const verdicts = evaluate(measurements);
  for (const error of errors) verdicts.push({ budget: `section ${error.split(':')[0]}`, measured: 'failed to run', limit: 'runs', pass: false });
  const pass = allPass(verdicts);
  const results = {
    measuredAt: new Date().toISOString(),
    command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
    machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model },
    sections: [...only],
    ...measurements,
    reported,
    errors,
    verdicts,
    pass,
  };
  writeFileSync(resultsFile, resultsJson(results));
  writeFileSync(readmeFile, withPerformanceTable(readFileSync(readmeFile, 'utf8'), performanceTable(results as Results)));
  console.log(`\n${verdictTable(verdicts)}\n\n${pass ? 'Every budget is met.' : 'A budget is missed.'} Written: bench/results.json, README.md (Performance)`);
  return pass ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: Error) => {
      console.error(`bench failed: ${error.message}`);
      process.exitCode = 2;
    },
  );
}
