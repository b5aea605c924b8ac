/**
 * handoff push --to hubspot (issue 15): the real @hubspot/api-client against a stand-in of HubSpot's
 * CRM objects batch API on 127.0.0.1 (hubspot-batch-stand-in.ts, shapes from HubSpot's reference).
 * Batches of 100, reads before writes, only changed records written, only the payload's document and
 * report columns sent, per-record failures from 207 answers, 429 and 5xx retried with Retry-After
 * honoured, a dry run that writes nothing, and a crashed run resumed from its checkpoint writing every
 * record exactly once.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareHubSpotWrite } from '../../shared/src/write';
import { hubspotPropertyName } from '../../shared/src/storage';
import { main } from '../../scripts/cli/main';
import { protectedColumns } from '../../scripts/push/columns';
import { hubspotTarget } from '../../scripts/push/hubspot';
import { PushStopped, readCheckpoint, runPush, type PushOptions } from '../../scripts/push/run';
import type { RetryOptions } from '../../scripts/push/retry';
import { startBatchStandIn, type BatchStandIn } from './hubspot-batch-stand-in';

const token = 'pat-na1-stand-in-token';
let dir: string;
let api: BatchStandIn;

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

const contactId = (i: number) => String(1000 + i);
const scoreOf = (i: number) => 40 + (i % 50);

function record(i: number, score = scoreOf(i)) {
  return { source: 'csv', id: `L-${i}`, kind: 'lead-score', target: { hubspot: { objectType: 'contacts', id: contactId(i) } }, payload: payload(score) };
}

function properties(i: number, score = scoreOf(i)): Record<string, string> {
  const prepared = prepareHubSpotWrite('lead-score', payload(score));
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
  return prepared.properties;
}

const own = [...protectedColumns('lead-score')].map((name) => hubspotPropertyName({ name }));

/** N contacts in the portal, each with a rep's own feedback and disposition; `current` of them already hold the payload. */
function seed(n: number, current: (i: number) => boolean): string {
  for (let i = 0; i < n; i++)
    api.put('contacts', contactId(i), {
      email: `p${i}@example.com`,
      hc_lead_disposition: '{"status":"working"}',
      hc_lead_score_feedback: '[]',
      ...(current(i) ? properties(i) : {}),
    });
  const file = join(dir, `records-${n}-${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, Array.from({ length: n }, (_, i) => JSON.stringify(record(i))).join('\n') + '\n');
  return file;
}

const waits: number[] = [];
const fast: RetryOptions = { retries: 4, baseDelayMs: 1, maxDelayMs: 60_000, sleep: async (ms) => void waits.push(ms) };

function push(input: string, extra: Partial<PushOptions> = {}) {
  return runPush({ input, target: hubspotTarget(token, api.url), retry: fast, ...extra });
}

const calls = (verb: 'read' | 'update') => api.requests.filter((r) => r.path.endsWith(`/batch/${verb}`));
const written = () =>
  calls('update').flatMap((r) => (r.status === 200 || r.status === 207 ? r.body.inputs : []) as Array<{ id: string; properties: Record<string, string> }>);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'handoff-push-'));
  api = await startBatchStandIn(token);
  waits.length = 0;
});
afterEach(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('handoff push --to hubspot', () => {
  it('reads in batches of 100 and writes only the changed records, packed in batches of 100', async () => {
    // 250 records; every fifth already holds its payload: 200 to write.
    const file = seed(250, (i) => i % 5 === 0);
    const summary = await push(file, { report: join(dir, 'report.csv') });
    expect(summary.counts).toMatchObject({ written: 200, unchanged: 50, failed: 0, skipped: 0 });
    expect(calls('read')).toHaveLength(Math.ceil(250 / 100));
    expect(calls('update')).toHaveLength(Math.ceil(200 / 100));
    for (const request of [...calls('read'), ...calls('update')]) expect(request.body.inputs.length).toBeLessThanOrEqual(100);
    for (let i = 0; i < 250; i++) expect(api.get('contacts', contactId(i))).toMatchObject(properties(i));
    const report = readFileSync(join(dir, 'report.csv'), 'utf8').trim().split('\n');
    expect(report[0]).toBe('id,target,outcome,reason');
    expect(report).toHaveLength(251);
    expect(report).toContain('L-0,hubspot contacts/1000,unchanged,already holds these values');
    expect(report.find((line) => line.startsWith('L-1,'))).toMatch(/^L-1,hubspot contacts\/1001,written,/);
  });

  it('sends only the document and report properties, never what people own', async () => {
    const file = seed(30, () => false);
    await push(file);
    const sent = new Set(written().flatMap((input) => Object.keys(input.properties)));
    expect([...sent].sort()).toEqual(Object.keys(properties(0)).sort());
    for (const name of own) expect(sent.has(name)).toBe(false);
    for (const request of calls('read')) for (const name of own) expect(request.body.properties).not.toContain(name);
    expect(own).toEqual(expect.arrayContaining(['hc_lead_disposition', 'hc_lead_score_feedback']));
    // The rep's own values are where they were.
    expect(api.get('contacts', contactId(3))).toMatchObject({ hc_lead_disposition: '{"status":"working"}', hc_lead_score_feedback: '[]' });
  });

  it('sends only the properties that differ, and nothing at all on a second run', async () => {
    const file = seed(120, () => true);
    // Someone re-scored contact 7 by hand: only the score mirror and the document differ.
    api.put('contacts', contactId(7), { ...api.get('contacts', contactId(7))!, hc_lead_score: '3' });
    const first = await push(file);
    expect(first.counts).toMatchObject({ written: 1, unchanged: 119 });
    expect(written()).toEqual([{ id: contactId(7), objectWriteTraceId: contactId(7), properties: { hc_lead_score: String(scoreOf(7)) } }]);
    const before = api.requests.length;
    const second = await push(file);
    expect(second.counts).toMatchObject({ written: 0, unchanged: 120 });
    expect(api.requests.slice(before).map((r) => r.path)).toEqual(['/crm/v3/objects/contacts/batch/read', '/crm/v3/objects/contacts/batch/read']);
  });

  it('a dry run reads, says what would change, and writes nothing', async () => {
    const file = seed(5, (i) => i < 2);
    const results: string[] = [];
    const summary = await push(file, {
      dryRun: true,
      report: join(dir, 'dry.csv'),
      checkpoint: join(dir, 'dry.checkpoint'),
      onRecord: (r) => results.push(`${r.id} ${r.outcome} ${(r.changed ?? []).join(' ')}`),
    });
    expect(summary.counts).toMatchObject({ 'would-write': 3, unchanged: 2 });
    expect(calls('update')).toHaveLength(0);
    expect(results).toContain(`L-4 would-write ${Object.keys(properties(4)).join(' ')}`);
    expect(api.get('contacts', contactId(4))!.hc_lead_score).toBeUndefined();
    expect(readFileSync(join(dir, 'dry.csv'), 'utf8')).toMatch(/L-4,hubspot contacts\/1004,would-write,"would set hc_lead_score_payload, /);
    expect(existsSync(join(dir, 'dry.checkpoint'))).toBe(false);
  });

  it('reports the records a 207 answer refuses and writes the rest', async () => {
    const file = seed(10, () => false);
    api.reject(contactId(2), 'VALIDATION_ERROR', 'Property "hc_lead_score_band" does not allow the value');
    api.put('contacts', contactId(9), {}); // exists, reads fine
    const summary = await push(file, { report: join(dir, 'r.csv') });
    expect(summary.counts).toMatchObject({ written: 9, failed: 1 });
    expect(calls('update').map((r) => r.status)).toEqual([207]);
    expect(readFileSync(join(dir, 'r.csv'), 'utf8')).toContain(
      'L-2,hubspot contacts/1002,failed,"VALIDATION_ERROR: Property ""hc_lead_score_band"" does not allow the value"',
    );
    expect(api.get('contacts', contactId(2))!.hc_lead_score).toBeUndefined();
  });

  it('reports a record HubSpot does not have, from the read', async () => {
    const file = seed(3, () => false);
    writeFileSync(file, readFileSync(file, 'utf8') + JSON.stringify({ ...record(99), id: 'L-gone' }) + '\n');
    const summary = await push(file, { report: join(dir, 'r.csv') });
    expect(summary.counts).toMatchObject({ written: 3, failed: 1 });
    expect(calls('read').map((r) => r.status)).toEqual([207]);
    expect(readFileSync(join(dir, 'r.csv'), 'utf8')).toContain('L-gone,hubspot contacts/1099,failed,no contacts record 1099 on hubspot');
  });

  it('waits as Retry-After says on 429, backs off on 5xx and a dropped connection, then goes on', async () => {
    const file = seed(150, () => false);
    api.fail('read', { status: 429, retryAfter: '7' }, { status: 502 });
    api.fail('update', { pass: true }, { status: 503 }, { reset: true });
    const summary = await push(file);
    expect(summary.counts).toMatchObject({ written: 150 });
    expect(waits[0]).toBe(7000);
    expect(waits).toHaveLength(4);
    expect(waits.slice(1).every((ms) => ms < 100)).toBe(true);
    // The failed attempts are not counted as writes: each record went out once.
    expect(
      written()
        .map((i) => i.id)
        .sort(),
    ).toEqual(Array.from({ length: 150 }, (_, i) => contactId(i)).sort());
  });

  it('fails a batch HubSpot refuses outright (400) and goes on with the next', async () => {
    const file = seed(150, () => false);
    api.fail('update', { status: 400, body: { category: 'VALIDATION_ERROR', message: 'Property values were not valid' } });
    const summary = await push(file, { report: join(dir, 'r.csv') });
    expect(summary.counts).toMatchObject({ written: 50, failed: 100 });
    expect(readFileSync(join(dir, 'r.csv'), 'utf8')).toContain(
      'L-0,hubspot contacts/1000,failed,hubspot refused the write (HTTP 400): Property values were not valid',
    );
  });

  it('stops when the retries run out, and a resumed run writes every record exactly once', async () => {
    const file = seed(450, () => false);
    const checkpoint = join(dir, 'push.checkpoint');
    // Two write batches answered, then the service is gone: every connection drops (the read of batch 3 first).
    api.crashAfter('update', 2);
    const stopped = await push(file, { checkpoint }).catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(PushStopped);
    expect((stopped as PushStopped).message).toMatch(/^read of batch 3 failed: .*socket hang up \(tried 5 times\)$/);
    expect(readCheckpoint(checkpoint)!.confirmedBatch).toBe(1);
    api.recover();
    const resumed = await push(file, { checkpoint, report: join(dir, 'resumed.csv') });
    expect(resumed.counts).toMatchObject({ written: 250, skipped: 200 });
    expect(resumed.confirmedEarlier).toBe(200);
    const ids = written().map((i) => i.id);
    expect(ids).toHaveLength(450);
    expect(new Set(ids).size).toBe(450);
    for (let i = 0; i < 450; i++) expect(api.get('contacts', contactId(i))).toMatchObject(properties(i));
    expect(readCheckpoint(checkpoint)!.confirmedBatch).toBe(4);
    expect(readFileSync(join(dir, 'resumed.csv'), 'utf8')).toContain('L-0,hubspot contacts/1000,skipped,confirmed by an earlier run (checkpoint at batch 2)');
  });

  it('a write that lands but whose answer is lost is found unchanged on resume, not written again', async () => {
    const file = seed(150, () => false);
    const checkpoint = join(dir, 'push.checkpoint');
    // The first write lands, then its connection drops, and every retry drops too.
    api.fail('update', { reset: true, afterWrite: true }, { reset: true }, { reset: true }, { reset: true }, { reset: true });
    await expect(push(file, { checkpoint })).rejects.toBeInstanceOf(PushStopped);
    expect(existsSync(checkpoint)).toBe(false);
    const resumed = await push(file, { checkpoint });
    expect(resumed.counts).toMatchObject({ written: 50, unchanged: 100 });
    const landed = api.requests
      .filter((r) => r.path.endsWith('/batch/update'))
      .flatMap((r) => (r.status === 200 || r.status === -1 ? r.body.inputs.map((i: { id: string }) => i.id) : []));
    expect(landed.filter((id: string) => id === contactId(0))).toHaveLength(5); // the 5 attempts of the first write
    expect(written().filter((i) => i.id === contactId(0))).toHaveLength(0); // none confirmed twice
  });

  it('refuses a checkpoint taken for another input', async () => {
    const file = seed(3, () => false);
    const checkpoint = join(dir, 'other.checkpoint');
    writeFileSync(checkpoint, JSON.stringify({ input: 'f'.repeat(64), platform: 'hubspot', batchSize: 100, confirmedBatch: 0 }));
    await expect(push(file, { checkpoint })).rejects.toThrow(/belongs to another input/);
    expect(api.requests).toHaveLength(0);
  });

  it('skips records it cannot push, with the reason, and pushes the others', async () => {
    const file = join(dir, 'mixed.jsonl');
    api.put('contacts', contactId(1), {});
    const bad = { ...record(2), payload: { ...payload(50), score: { ...payload(50).score, value: 500 } } };
    const noId = { ...record(3), target: { hubspot: { objectType: 'contacts' } } };
    const wrongType = { ...record(4), target: { hubspot: { objectType: 'deals', id: '9' } } };
    writeFileSync(file, [JSON.stringify(record(1)), '{not json', JSON.stringify(bad), JSON.stringify(noId), JSON.stringify(wrongType)].join('\n'));
    const summary = await push(file, { report: join(dir, 'r.csv') });
    expect(summary.counts).toMatchObject({ written: 1, skipped: 4 });
    const report = readFileSync(join(dir, 'r.csv'), 'utf8');
    expect(report).toContain('line 2,hubspot,skipped,not JSON');
    expect(report).toMatch(/L-2,hubspot contacts\/1002,skipped,"score\.value: value is outside its scale/);
    expect(report).toContain('L-3,hubspot contacts/?,skipped,the record has no hubspot record id (target.hubspot.id)');
    expect(report).toContain('L-4,hubspot deals/9,skipped,the hubspot object type deals does not hold lead-score (only contacts)');
  });
});

describe('handoff push, the command', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  function run(args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    return Promise.resolve(main(args, { out: (t) => out.push(t), err: (t) => err.push(t), readStdin: () => '' })).then((code) => ({ code, out, err }));
  }

  it('takes the token from HUBSPOT_ACCESS_TOKEN and never prints it', async () => {
    const file = seed(3, (i) => i === 0);
    process.env.HUBSPOT_ACCESS_TOKEN = token;
    process.env.HANDOFF_HUBSPOT_API_BASE = api.url;
    const result = await run(['push', '--to', 'hubspot', file, '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.out).toEqual([
      `L-1 (hubspot contacts/1001): would set ${Object.keys(properties(1)).join(', ')}`,
      `L-2 (hubspot contacts/1002): would set ${Object.keys(properties(2)).join(', ')}`,
    ]);
    expect(result.err.join('\n')).toMatch(
      /3 records in 1 batch: 2 would be written, 1 unchanged, 0 failed, 0 skipped \(1 read and 0 write calls\); dry run, nothing was written/,
    );
    expect([...result.out, ...result.err].join('\n')).not.toContain(token);
  });

  it('sends nothing without a token, and refuses a wrong command line', async () => {
    const file = seed(1, () => false);
    delete process.env.HUBSPOT_ACCESS_TOKEN;
    process.env.HANDOFF_HUBSPOT_API_BASE = api.url;
    const none = await run(['push', '--to', 'hubspot', file]);
    expect(none.code).toBe(2);
    expect(none.err.join('\n')).toMatch(/HUBSPOT_ACCESS_TOKEN is not set, so nothing was sent to HubSpot/);
    expect(api.requests).toHaveLength(0);
    expect((await run(['push', file])).code).toBe(2);
    expect((await run(['push', '--to', 'pipedrive', file])).err.join('\n')).toMatch(/--to hubspot or --to salesforce/);
  });

  it('exits 4 when stopped part-way, naming where a rerun resumes', async () => {
    const file = seed(150, () => false);
    process.env.HUBSPOT_ACCESS_TOKEN = token;
    process.env.HANDOFF_HUBSPOT_API_BASE = api.url;
    api.fail('read', { pass: true }, { status: 401, body: { category: 'INVALID_AUTHENTICATION', message: 'The access token expired.' } });
    const result = await run(['push', '--to', 'hubspot', file, '--checkpoint', join(dir, 'c.json')]);
    expect(result.code).toBe(4);
    expect(result.err.join('\n')).toMatch(
      /push stopped: read of batch 2 failed: HTTP 401: The access token expired\.; 1 batch confirmed; run the same command again to resume from batch 2/,
    );
  });
});
