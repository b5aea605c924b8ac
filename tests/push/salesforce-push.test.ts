/**
 * handoff push --to salesforce (issue 15): the real jsforce against a stand-in of Salesforce's REST
 * sObject Collections on 127.0.0.1 (salesforce-collections-stand-in.ts). Reads with collections
 * retrieve, writes with collections update in batches of 200 (allOrNone false), SaveResult failures
 * per record, server errors retried, typed values compared as Salesforce gives them back, only the
 * payload's document and report fields sent, and a crashed run resumed writing every record once.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { prepareSalesforceWrite } from '../../shared/src/write';
import { salesforceFieldName } from '../../shared/src/storage';
import { salesforceApiVersion } from '../../scripts/salesforce-api-version';
import { protectedColumns } from '../../scripts/push/columns';
import { salesforceConnectionFrom, salesforceTarget } from '../../scripts/push/salesforce';
import { PushStopped, readCheckpoint, runPush, type PushOptions } from '../../scripts/push/run';
import type { RetryOptions } from '../../scripts/push/retry';
import { startCollectionsStandIn, type CollectionsStandIn } from './salesforce-collections-stand-in';

const token = '00Dstand-in!session';
let dir: string;
let api: CollectionsStandIn;

function payload(score: number) {
  return {
    schemaVersion: 2,
    score: { value: score, scale: { min: 0, max: 100, polarity: 'higher-is-better', unit: 'points' } },
    band: score >= 70 ? 'Hot' : 'Warm',
    model: { name: 'Ops fit model', version: '2026.1' },
    scoredAt: '2026-09-14T00:00:00.000Z',
    factors: [{ label: 'Pricing page visits', direction: 'raises', weight: 18, source: 'Ops sheet' }],
  };
}
const leadId = (i: number) => `00Q5g0000${String(i).padStart(6, '0')}AAA`;
const scoreOf = (i: number) => 40 + (i % 50);
const record = (i: number) => ({
  source: 'csv',
  id: `L-${i}`,
  kind: 'lead-score',
  target: { salesforce: { object: 'Lead', id: leadId(i) } },
  payload: payload(scoreOf(i)),
});

function fields(i: number): Record<string, string | number | null> {
  const prepared = prepareSalesforceWrite('lead-score', payload(scoreOf(i)));
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
  return prepared.fields;
}

/** As Salesforce gives the fields back: numbers as numbers, date-times with a +0000 offset. */
function asSalesforceHolds(values: Record<string, string | number | null>): Record<string, string | number | null> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, typeof v === 'string' && /^\d{4}-\d\d-\d\dT.*Z$/.test(v) ? v.replace('Z', '+0000') : v]),
  );
}

const own = [...protectedColumns('lead-score')].map((name) => salesforceFieldName({ name }));

function seed(n: number, current: (i: number) => boolean): string {
  for (let i = 0; i < n; i++)
    api.put('Lead', leadId(i), { LastName: `P${i}`, HC_Lead_Disposition__c: '{"status":"working"}', ...(current(i) ? asSalesforceHolds(fields(i)) : {}) });
  const file = join(dir, `records-${n}.jsonl`);
  writeFileSync(file, Array.from({ length: n }, (_, i) => JSON.stringify(record(i))).join('\n') + '\n');
  return file;
}

const waits: number[] = [];
const fast: RetryOptions = { retries: 4, baseDelayMs: 1, maxDelayMs: 60_000, sleep: async (ms) => void waits.push(ms) };
const push = (input: string, extra: Partial<PushOptions> = {}) =>
  runPush({ input, target: salesforceTarget({ instanceUrl: api.url, accessToken: token }), retry: fast, ...extra });
const calls = (method: 'POST' | 'PATCH') => api.requests.filter((r) => r.method === method);
const written = () => calls('PATCH').flatMap((r) => (r.status === 200 ? r.body.records : []) as Array<Record<string, unknown>>);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'handoff-push-sf-'));
  api = await startCollectionsStandIn(token, salesforceApiVersion);
  waits.length = 0;
});
afterEach(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('handoff push --to salesforce', () => {
  it('reads and writes in collections of 200, only the changed records, only the document and report fields', async () => {
    const file = seed(450, (i) => i % 3 === 0); // 150 hold their payload already (typed, +0000 offsets); 300 to write
    const summary = await push(file, { report: join(dir, 'r.csv') });
    expect(summary.counts).toMatchObject({ written: 300, unchanged: 150, failed: 0 });
    expect(calls('POST')).toHaveLength(Math.ceil(450 / 200));
    expect(calls('PATCH')).toHaveLength(Math.ceil(300 / 200));
    for (const request of calls('PATCH')) {
      expect(request.path).toBe(`/services/data/v${salesforceApiVersion}/composite/sobjects`);
      expect(request.body.allOrNone).toBe(false);
      expect(request.body.records.length).toBeLessThanOrEqual(200);
    }
    const sent = new Set(written().flatMap((r) => Object.keys(r)));
    expect([...sent].sort()).toEqual(['attributes', 'id', ...Object.keys(fields(0))].sort());
    for (const name of own) expect(sent.has(name)).toBe(false);
    expect(api.get('Lead', leadId(1))).toMatchObject({ ...fields(1), HC_Lead_Disposition__c: '{"status":"working"}' });
    const again = await push(file);
    expect(again.counts).toMatchObject({ written: 0, unchanged: 450 });
  });

  it('reports SaveResult failures per record, retries server errors, and goes on', async () => {
    const file = seed(5, () => false);
    api.reject(leadId(3), 'FIELD_CUSTOM_VALIDATION_EXCEPTION', 'Score cannot drop while the lead is Working', ['HC_Lead_Score__c']);
    api.fail('read', { status: 503, errorCode: 'SERVER_UNAVAILABLE', message: 'Server is unavailable' });
    api.fail('update', { status: 500, errorCode: 'UNKNOWN_EXCEPTION', message: 'An unexpected error occurred' });
    const summary = await push(file, { report: join(dir, 'r.csv') });
    expect(summary.counts).toMatchObject({ written: 4, failed: 1 });
    // Both retried: setting the same values again is harmless.
    expect(waits).toHaveLength(2);
    expect(readFileSync(join(dir, 'r.csv'), 'utf8')).toContain(
      'L-3,salesforce Lead/00Q5g0000000003AAA,failed,FIELD_CUSTOM_VALIDATION_EXCEPTION: Score cannot drop while the lead is Working (HC_Lead_Score__c)',
    );
  });

  it('resumes after a crash, writing every record exactly once', async () => {
    const file = seed(500, () => false);
    const checkpoint = join(dir, 'sf.checkpoint');
    api.crashAfter('update', 1);
    await expect(push(file, { checkpoint })).rejects.toBeInstanceOf(PushStopped);
    expect(readCheckpoint(checkpoint)!.confirmedBatch).toBe(0);
    api.recover();
    const resumed = await push(file, { checkpoint });
    expect(resumed.counts).toMatchObject({ written: 300, skipped: 200 });
    const ids = written().map((r) => r.id);
    expect(ids).toHaveLength(500);
    expect(new Set(ids).size).toBe(500);
  });

  it('takes the org from SF_ACCESS_TOKEN and SF_INSTANCE_URL, and says what is missing', async () => {
    expect(await salesforceConnectionFrom({ SF_ACCESS_TOKEN: token, SF_INSTANCE_URL: api.url }, undefined)).toEqual({
      ok: true,
      value: { accessToken: token, instanceUrl: api.url },
    });
    const missing = await salesforceConnectionFrom({ SF_INSTANCE_URL: api.url }, undefined);
    expect(missing).toMatchObject({ ok: false, message: expect.stringMatching(/set SF_ACCESS_TOKEN and SF_INSTANCE_URL, or give --target-org/) });
  });

  it('takes the org from an sf alias (--target-org), reading sf org display --json', async () => {
    // A fake sf on PATH answering as `sf org display --json` does: the org's access token and instance URL.
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(
      join(bin, 'sf'),
      `#!/usr/bin/env node
const args = process.argv.slice(2);
if (args.join(' ') !== 'org display --target-org my-org --json') {
  process.stdout.write(JSON.stringify({ status: 1, name: 'NoAuthInfoFound', message: 'No authorization information found for ' + args[3] + '.' }));
  process.exit(1);
}
process.stdout.write(JSON.stringify({ status: 0, result: { accessToken: process.env.FAKE_TOKEN, instanceUrl: process.env.FAKE_URL, username: 'admin@example.com' } }));
`,
    );
    chmodSync(join(bin, 'sf'), 0o755);
    const env = { PATH: `${bin}${delimiter}${dirname(process.execPath)}`, FAKE_TOKEN: token, FAKE_URL: api.url };
    const found = await salesforceConnectionFrom(env, 'my-org');
    expect(found).toEqual({ ok: true, value: { accessToken: token, instanceUrl: api.url } });
    const unknown = await salesforceConnectionFrom(env, 'nope');
    expect(unknown).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /sf cannot use the org "nope" \(No authorization information found for nope\.\): authorise it with sf org login web --alias nope/,
      ),
    });
    expect(JSON.stringify(unknown)).not.toContain(token);
  });
});
