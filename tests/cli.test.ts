/**
 * The `handoff` CLI, run for real: the launcher in scripts/handoff.mjs loading the bundle that
 * scripts/build.ts makes (rebuilt here, so the test never runs a stale CLI).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kinds } from '../shared/src/contexts';
import { fieldsOf } from '../shared/src/registry';
import { buildCli } from '../scripts/build';

const launcher = join(__dirname, '..', 'scripts', 'handoff.mjs');
const data = (name: string) => join(__dirname, 'data', name);

function handoff(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [launcher, ...args], { encoding: 'utf8', input, timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

beforeAll(() => buildCli(), 60_000);

describe('handoff (no command, help, bad command lines)', () => {
  it('prints the help with every kind and exits 0', () => {
    const { code, stdout } = handoff(['--help']);
    expect(code).toBe(0);
    for (const kind of kinds) expect(stdout).toContain(kind);
    expect(stdout).toMatch(/handoff check <kind> <file\.json>/);
  });

  it('exits 2 without a command, with an unknown command or an unknown option', () => {
    for (const args of [[], ['frobnicate'], ['check', 'lead-score', data('lead-score.valid.json'), '--colour']]) {
      const { code, stderr } = handoff(args);
      expect(code).toBe(2);
      expect(stderr).toContain('handoff --help');
    }
  });

  it('lists the kinds when the kind is unknown or missing, and exits 2', () => {
    for (const args of [['check', 'lead-scroe', data('lead-score.valid.json')], ['schema'], ['fields', '--kind', 'health']]) {
      const { code, stderr } = handoff(args);
      expect(code).toBe(2);
      expect(stderr).toContain(`kinds: ${kinds.join(', ')}`);
    }
  });
});

describe('handoff check', () => {
  it.each(kinds)('accepts a valid %s payload with exit 0', (kind) => {
    const { code, stdout, stderr } = handoff(['check', kind, data(`${kind}.valid.json`)]);
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
    expect(stderr).toContain('valid');
  });

  it('prints each problem of an invalid payload on its own line as "path: message" and exits 1', () => {
    const { code, stdout } = handoff(['check', 'lead-score', data('lead-score.invalid.json')]);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    for (const line of lines) expect(line).toMatch(/^\S+: \S.*$/);
    const paths = lines.map((line) => line.slice(0, line.indexOf(': ')));
    expect(paths).toEqual(expect.arrayContaining(['score.value', 'scoredAt', 'factors[0]']));
    expect(stdout).toContain('factors[0].direction'); // the entry left out says which member was wrong
  });

  it('exits 1 for JSON that is not a payload object', () => {
    const { code, stdout } = handoff(['check', 'deal-risk', data('array.json')]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^\(payload\): /m);
  });

  it('exits 2 with one clear sentence when the file is not JSON, empty, missing or a folder', () => {
    const cases: Array<[string, RegExp]> = [
      [data('not-json.json'), /not-json\.json is not JSON/],
      [data('missing.json'), /cannot read .*missing\.json: no such file/],
      [join(__dirname, 'data'), /cannot read .*data: it is a folder/],
    ];
    for (const [file, message] of cases) {
      const { code, stdout, stderr } = handoff(['check', 'sales-to-cs', file]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      noStackTrace(stderr);
    }
  });

  it('reads standard input when the file is -', () => {
    expect(handoff(['check', 'customer-health', '-'], readFileSync(data('customer-health.valid.json'), 'utf8')).code).toBe(0);
    const empty = handoff(['check', 'customer-health', '-'], '');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('the file is empty');
  });
});

describe('handoff check, held to the published contract', () => {
  const fixture = (kind: string) => JSON.parse(readFileSync(data(`${kind}.valid.json`), 'utf8'));
  const checkValue = (args: string[], value: unknown) => handoff(['check', ...args, '-'], JSON.stringify(value));

  it('calls a payload of another kind the wrong kind, not a newer or older version', () => {
    const pairs = [
      ['lead-score', 'deal-risk'],
      ['deal-risk', 'lead-score'],
      ['customer-health', 'lead-score'],
      ['lead-score', 'customer-health'],
      ['sales-to-cs', 'deal-risk'],
    ];
    for (const [kind, other] of pairs) {
      const { code, stdout, stderr } = handoff(['check', kind, data(`${other}.valid.json`)]);
      expect(code).toBe(1);
      expect(stdout.trim().split('\n')).toEqual([expect.stringContaining(`wrong kind: its fields are those of a ${other} payload`)]);
      expect(stdout).toContain(`handoff check ${other} `);
      expect(stdout + stderr).not.toMatch(/newer version|version \d+ but/);
    }
  });

  it('refuses an optional field given as null or blank text, as the schema does (a card reads past it)', () => {
    const payload = fixture('lead-score');
    const { code, stdout } = checkValue(['lead-score'], {
      ...payload,
      model: { ...payload.model, version: null },
      nextAction: { ...payload.nextAction, owner: '  ' },
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^model\.version: is null; leave the field out/m);
    expect(stdout).toMatch(/^nextAction\.owner: is empty; leave the field out/m);
  });

  it('refuses a payload over a platform text limit, counted in characters: both platforms by default, one with --platform', () => {
    // 30 × 3,300 emoji: about 100,000 characters (200,000 UTF-16 units), over HubSpot's 65,536 and under Salesforce's 131,072.
    const payload = fixture('lead-score');
    const big = {
      ...payload,
      factors: Array.from({ length: 30 }, (_, i) => ({ label: `Factor ${i}`, direction: 'raises', weight: 1, evidence: '🚀'.repeat(3300) })),
    };
    const both = checkValue(['lead-score'], big);
    expect(both.code).toBe(1);
    expect(both.stdout).toMatch(/^\(payload\): .*HubSpot keeps only 65,536: shorten it by at least [\d,]+ characters\. Largest fields: factors /m);
    expect(both.stdout).not.toContain('Salesforce keeps');
    expect(both.stderr).toContain('valid lead-score payload, but too long to store');
    expect(checkValue(['lead-score', '--platform', 'hubspot'], big).code).toBe(1);
    const salesforce = checkValue(['lead-score', '--platform', 'salesforce'], big);
    expect({ code: salesforce.code, stdout: salesforce.stdout }).toEqual({ code: 0, stdout: '' });
    const bad = checkValue(['lead-score', '--platform', 'dynamics'], payload);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--platform must be one of: salesforce, hubspot');
  });

  /** Runs handoff with its standard output already closed by the reader, as `| head -n 1` does once it has its line. */
  function intoClosedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [launcher, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (code) => resolve({ code, stderr }));
    });
  }

  it('stops quietly with its own exit code when the reader of its output has gone (EPIPE)', async () => {
    const invalid = await intoClosedPipe(['check', 'lead-score', data('lead-score.invalid.json')]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).not.toMatch(/EPIPE|Error/);
    noStackTrace(invalid.stderr);
    const listing = await intoClosedPipe(['fields']);
    expect(listing.code).toBe(0);
    expect(listing.stderr).toBe('');
  }, 30_000);
});

describe('handoff explain', () => {
  it('prints what a card would show, as text, in the requested locale', () => {
    const en = handoff(['explain', 'lead-score', data('lead-score.valid.json'), '--locale', 'en-US', '--time-zone', 'UTC']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Visited the pricing page three times');
    expect(en.stdout).not.toMatch(/[{}]"/); // text, not raw JSON
    const fr = handoff(['explain', 'lead-score', data('lead-score.valid.json'), '--locale', 'fr-FR', '--time-zone', 'UTC']);
    expect(fr.code).toBe(0);
    expect(fr.stdout).not.toBe(en.stdout);
  });

  it('reads a driver that raises a higher-is-worse health score as lowering health', () => {
    const health = JSON.parse(readFileSync(data('customer-health.valid.json'), 'utf8'));
    const riskIndex = {
      ...health,
      score: { value: 29, scale: { min: 0, max: 100, polarity: 'higher-is-worse' } },
      drivers: [
        { label: 'Two open priority-1 tickets', direction: 'raises', weight: 10 },
        { label: 'Executive sponsor renewed interest', direction: 'lowers', weight: 5 },
      ],
    };
    const { code, stdout } = handoff(['explain', 'customer-health', '-', '--locale', 'en-US', '--time-zone', 'UTC'], JSON.stringify(riskIndex));
    expect(code).toBe(0);
    expect(stdout).toContain('− Two open priority-1 tickets lowered health by 10 points.');
    expect(stdout).toContain('+ Executive sponsor renewed interest improved health by 5 points.');
  });

  it('still explains what survives of an invalid payload, and exits 1', () => {
    const { code, stdout } = handoff(['explain', 'lead-score', data('lead-score.invalid.json')]);
    expect(code).toBe(1);
    expect(stdout.trim()).not.toBe('');
  });

  it('exits 2 for an unreadable file or a malformed locale', () => {
    expect(handoff(['explain', 'deal-risk', data('not-json.json')]).code).toBe(2);
    expect(handoff(['explain', 'deal-risk', data('deal-risk.valid.json'), '--locale', 'not a locale!']).code).toBe(2);
  });
});

describe('handoff schema and fields', () => {
  it.each(kinds)('prints the JSON Schema of %s, the same as the published one', (kind) => {
    const { code, stdout } = handoff(['schema', kind]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(join(__dirname, '..', 'docs', 'schemas', `${kind}.schema.json`), 'utf8')));
  });

  it('prints the whole field dictionary, or one kind of it', () => {
    const all = handoff(['fields']);
    expect(all.code).toBe(0);
    for (const kind of kinds) for (const f of fieldsOf(kind)) expect(all.stdout).toContain(`${f.path} — ${f.title}`);
    const one = handoff(['fields', '--kind', 'deal-risk']);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('winProbability — AI win probability');
    expect(one.stdout).not.toContain('desiredOutcome');
  });
});

describe('problemLine', () => {
  const { problemLine } = require('../scripts/cli/problem-line');
  it('says the path once, even when the title holds parentheses, and marks warnings', () => {
    expect(
      problemLine({ path: 'engagement.touches30d', code: 'too_big', severity: 'error', message: 'engagement.touches30d (Touches (30 days)): too many' }),
    ).toBe('engagement.touches30d: too many');
    expect(problemLine({ path: 'extra', code: 'unknown_field', severity: 'warning', message: 'extra is not known' })).toBe(
      'extra: warning: extra is not known',
    );
    expect(problemLine({ path: '', code: 'not_object', severity: 'error', message: 'expected an object' })).toBe('(payload): expected an object');
  });
});
