/**
 * The data spine of issue 15, measured for issue 18:
 * - writers: `handoff push` (its module API, the real @hubspot/api-client and jsforce) against the
 *   local stand-ins of tests/push, with generated records of which half differ from what the stand-in
 *   holds; the calls are counted by kind from the stand-in's own request log and set against the
 *   fewest the documented batch sizes allow (HubSpot 100 a batch read or update, Salesforce 200 an
 *   sObject Collections call): ceil(records / size) reads and ceil(changed / size) writes.
 * - importers: a generated CSV export of the shipped csv-lead-score shape, imported by the built
 *   `handoff` command in a child process whose peak resident memory is taken from the child itself
 *   (process.resourceUsage().maxRSS at exit, through bench/max-rss.cjs) and, on Linux, from
 *   /proc/<pid>/status VmHWM polled meanwhile; the larger of the two counts.
 * Every file is written to a temporary folder, removed afterwards.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PushTarget } from '../scripts/push/target';

export type SpinePlatform = 'hubspot' | 'salesforce';

export interface PushCalls {
  platform: SpinePlatform;
  records: number;
  /** Records whose values differ from what the stand-in holds. */
  changed: number;
  batchSize: number;
  /** Requests the stand-in logged, by kind (retries included); `other` is anything but a batch read or write. */
  reads: number;
  writes: number;
  other: number;
  /** ceil(records / batchSize) and ceil(changed / batchSize). */
  minimumReads: number;
  minimumWrites: number;
  written: number;
  unchanged: number;
  failed: number;
  seconds: number;
  recordsPerSecond: number;
}

export interface ImportMemory {
  /** Size of the generated CSV. */
  bytes: number;
  records: number;
  imported: number;
  exitCode: number | null;
  seconds: number;
  bytesPerSecond: number;
  peakRssBytes: number;
}

export const defaultSpineRecords = 10_000;
export const defaultSpineBytes = 1024 ** 3;

/** The fewest calls the batch size allows: every record read once, every changed one written once. */
export function minimumCalls(records: number, changed: number, batchSize: number): { reads: number; writes: number } {
  return { reads: Math.ceil(records / batchSize), writes: Math.ceil(changed / batchSize) };
}

/** `--spine-bytes=64MB`, `=1GB`, `=5000000`: bytes (1024-based units). */
export function parseBytes(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?\s*$/i.exec(text);
  if (!match) throw new Error(`"${text}" is not a size (e.g. 64MB, 1GB, 5000000)`);
  const unit = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[(match[2] ?? 'B').toUpperCase() as 'B' | 'KB' | 'MB' | 'GB'];
  const bytes = Math.round(Number(match[1]) * unit);
  if (bytes < 1) throw new Error(`"${text}" is not a size of at least one byte`);
  return bytes;
}

function payload(score: number) {
  return {
    schemaVersion: 2,
    score: { value: score, scale: { min: 0, max: 100, polarity: 'higher-is-better', unit: 'points' } },
    band: score >= 70 ? 'Hot' : 'Warm',
    model: { name: 'Ops fit model', version: '2026.1' },
    scoredAt: '2026-09-14T00:00:00.000Z',
    factors: [{ label: 'Pricing page visits', direction: 'raises', weight: 18, evidence: 'Visited pricing 4 times', source: 'Ops sheet' }],
  };
}
const scoreOf = (i: number) => 40 + (i % 50);
const hubspotId = (i: number) => String(1000 + i);
const salesforceId = (i: number) => `00Q5g0000${String(i).padStart(6, '0')}AAA`;

interface StandIn {
  url: string;
  requests: Array<{ method: string; path: string; status: number }>;
  close(): Promise<void>;
}

/** One platform: seed the stand-in (even records already current), push, count the calls. */
async function pushOnce(platform: SpinePlatform, records: number, dir: string): Promise<PushCalls> {
  const { runPush } = await import('../scripts/push/run');
  const { prepareHubSpotWrite, prepareSalesforceWrite } = await import('../shared/src/write');
  const current = (i: number) => i % 2 === 0;
  const token = 'bench-stand-in-token';
  let api: StandIn;
  let target: PushTarget;
  let kindOf: (request: { method: string; path: string }) => 'read' | 'write' | 'other';
  if (platform === 'hubspot') {
    const { startBatchStandIn } = await import('../tests/push/hubspot-batch-stand-in');
    const { hubspotTarget } = await import('../scripts/push/hubspot');
    const standIn = await startBatchStandIn(token);
    for (let i = 0; i < records; i++) {
      const prepared = prepareHubSpotWrite('lead-score', payload(current(i) ? scoreOf(i) : scoreOf(i) + 1));
      if (!prepared.ok) throw new Error(`the bench's HubSpot payload is refused: ${JSON.stringify(prepared.problems)}`);
      standIn.put('contacts', hubspotId(i), { email: `p${i}@example.com`, ...prepared.properties });
    }
    api = standIn;
    target = hubspotTarget(token, standIn.url);
    kindOf = (r) =>
      r.method === 'POST' && r.path.endsWith('/batch/read') ? 'read' : r.method === 'POST' && r.path.endsWith('/batch/update') ? 'write' : 'other';
  } else {
    const { startCollectionsStandIn } = await import('../tests/push/salesforce-collections-stand-in');
    const { salesforceTarget } = await import('../scripts/push/salesforce');
    const { salesforceApiVersion } = await import('../scripts/salesforce-api-version');
    const standIn = await startCollectionsStandIn(token, salesforceApiVersion);
    for (let i = 0; i < records; i++) {
      const prepared = prepareSalesforceWrite('lead-score', payload(current(i) ? scoreOf(i) : scoreOf(i) + 1));
      if (!prepared.ok) throw new Error(`the bench's Salesforce payload is refused: ${JSON.stringify(prepared.problems)}`);
      standIn.put('Lead', salesforceId(i), prepared.fields);
    }
    api = standIn;
    target = salesforceTarget({ instanceUrl: standIn.url, accessToken: token });
    const base = `/services/data/v${salesforceApiVersion}/composite/sobjects`;
    kindOf = (r) => (r.method === 'POST' && r.path.startsWith(`${base}/`) ? 'read' : r.method === 'PATCH' && r.path === base ? 'write' : 'other');
  }
  try {
    const input = join(dir, `push-${platform}.jsonl`);
    const lines = Array.from({ length: records }, (_, i) =>
      JSON.stringify({
        source: 'bench',
        id: `L-${i}`,
        kind: 'lead-score',
        target: platform === 'hubspot' ? { hubspot: { objectType: 'contacts', id: hubspotId(i) } } : { salesforce: { object: 'Lead', id: salesforceId(i) } },
        payload: payload(scoreOf(i)),
      }),
    );
    writeFileSync(input, `${lines.join('\n')}\n`);
    const changed = Array.from({ length: records }, (_, i) => i).filter((i) => !current(i)).length;
    const started = performance.now();
    const summary = await runPush({ input, target });
    const seconds = (performance.now() - started) / 1000;
    const count = (kind: 'read' | 'write' | 'other') => api.requests.filter((r) => kindOf(r) === kind).length;
    const minimum = minimumCalls(records, changed, target.batchSize);
    return {
      platform,
      records,
      changed,
      batchSize: target.batchSize,
      reads: count('read'),
      writes: count('write'),
      other: count('other'),
      minimumReads: minimum.reads,
      minimumWrites: minimum.writes,
      written: summary.counts.written,
      unchanged: summary.counts.unchanged,
      failed: summary.counts.failed + summary.counts.skipped,
      seconds,
      recordsPerSecond: records / seconds,
    };
  } finally {
    await api.close();
  }
}

export async function measurePushCalls(records = defaultSpineRecords): Promise<PushCalls[]> {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-push-'));
  try {
    return [await pushOnce('hubspot', records, dir), await pushOnce('salesforce', records, dir)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const csvHeader =
  'lead_id,salesforce_object,salesforce_id,hubspot_contact_id,score,tier,model,model_version,scored_on,factor_1_label,factor_1_direction,factor_1_points,factor_1_evidence,factor_2_label,factor_2_direction,factor_2_points,factor_2_evidence,engagement_summary,last_touch,next_action,next_action_why\n';

/** One row of the Ops lead-score sheet (csv-lead-score), about 400 bytes, with quoted commas and quotes. */
function csvRow(i: number): string {
  return `L-${i},Lead,${salesforceId(i % 1_000_000)},${hubspotId(i)},${i % 101},${i % 3 ? 'warm' : 'hot'},Ops fit model,2026.1,2026-09-14,Pricing page visits,+,${i % 20},"Visited pricing ${i % 7} times, last on Sept 12",Competitor in use,-,${i % 9},"Uses a competitor, ""renewal in Q1""",Opened ${i % 6} of 6 emails and replied to the follow-up about the rollout plan,2026-09-12T16:20:00Z,Call within 24 hours,"Pricing interest and fit, asked for a call with the team"\n`;
}

/** A CSV of at least `bytes` (whole rows); its record count. */
export async function writeLeadScoreCsv(file: string, bytes: number): Promise<number> {
  const stream = createWriteStream(file);
  let size = Buffer.byteLength(csvHeader);
  stream.write(csvHeader);
  let rows = 0;
  while (size < bytes) {
    let chunk = '';
    while (chunk.length < 1 << 20 && size + chunk.length < bytes) chunk += csvRow(rows++);
    size += Buffer.byteLength(chunk);
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return rows;
}

/** VmHWM of a live process on Linux, in bytes; undefined elsewhere or once it is gone. */
function highWaterMark(pid: number): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

export async function measureImportMemory(bytes = defaultSpineBytes): Promise<ImportMemory> {
  const root = join(__dirname, '..');
  const { buildCli } = await import('../scripts/build');
  await buildCli();
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-import-'));
  try {
    const input = join(dir, 'leads.csv');
    const records = await writeLeadScoreCsv(input, bytes);
    const size = statSync(input).size;
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [
        '--require',
        join(__dirname, 'max-rss.cjs'),
        join(root, 'scripts', 'handoff.mjs'),
        'import',
        'csv-lead-score',
        input,
        '--out',
        join(dir, 'leads.jsonl'),
        '--report',
        join(dir, 'report.csv'),
      ],
      { cwd: root, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
    );
    let peak = 0;
    const poll = setInterval(() => (peak = Math.max(peak, highWaterMark(child.pid!) ?? 0)), 25);
    let stderr = '';
    let reported = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => (reported += chunk.toString()));
    const [exitCode] = (await once(child, 'close')) as [number | null];
    clearInterval(poll);
    const seconds = (performance.now() - started) / 1000;
    const maxRss = /"maxRssBytes":(\d+)/.exec(reported);
    if (maxRss) peak = Math.max(peak, Number(maxRss[1]));
    const imported = /(\d+) records? imported/.exec(stderr);
    if (exitCode !== 0 && exitCode !== 1) throw new Error(`handoff import exited ${exitCode}: ${stderr.trim()}`);
    return {
      bytes: size,
      records,
      imported: imported ? Number(imported[1]) : 0,
      exitCode,
      seconds,
      bytesPerSecond: size / seconds,
      peakRssBytes: peak || Number.NaN,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
