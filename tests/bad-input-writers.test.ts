/**
 * The bad-input corpus against every write path: the generic prepare*Write, feedback, disposition,
 * handoff submit, accept and return. A writer validates before anything is written, refuses what
 * a platform would cut and says what to shorten; it never throws and never stores a value it
 * could not read back.
 */
import * as core from '../shared/src';
import {
  acceptHandoff,
  addFeedback,
  parsePayload,
  prepareHubSpotWrite,
  prepareSalesforceWrite,
  prepareWrite,
  returnHandoff,
  setDisposition,
  submitHandoff,
  textLength,
  textLimits,
  type Platform,
  type Problem,
} from '../shared/src';
import { basePayloads, buildCorpus, MARKUP, onPlatform, WORLD_TEXT, type CorpusCase } from './corpus/corpus';

const corpus = buildCorpus(core);
const bases = basePayloads(core);
const actor = { by: 'Camille Martin', now: '2026-11-23T10:00:00Z' };
// The AE submits from a draft (the status column says so): the sample handoffs are stored as submitted.
const author = { ...actor, currentStatus: 'draft' };
const platforms: Platform[] = ['salesforce', 'hubspot'];
const prepare = { salesforce: prepareSalesforceWrite, hubspot: prepareHubSpotWrite } as const;

/** The value a card or a job would hand a writer: the stored text, read as JSON (Infinity for 1e309). */
function valueOf(c: CorpusCase): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(c.text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false };
  }
}

/** A refusal: errors only, each naming what to fix. */
function expectRefusal(problems: Problem[]) {
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    expect(problem.severity).toBe('error');
    expect(problem.message.length).toBeGreaterThan(10);
    if (problem.path !== '' && problem.code !== 'unknown_field') expect(problem.message).toContain(problem.path);
  }
}

/** Whether a payload is clean: valid on read with no warning a writer must refuse. */
function writable(c: CorpusCase): boolean {
  return c.expect.status === 'valid' && (c.expect.problems ?? []).length === 0 && c.expect.writes !== false && !c.columns;
}

const documentCases = corpus.filter((c) => !c.columns && valueOf(c).ok);

describe(`every write path refuses bad input (${documentCases.length} corpus cases × 2 platforms)`, () => {
  describe.each(documentCases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const parsed = valueOf(c);
    // A writer also takes JSON text; a value that is itself text (double-encoded) goes in as stored.
    const value = parsed.ok && typeof parsed.value !== 'string' ? parsed.value : c.text;

    it.each(platforms.filter((p) => onPlatform(c, p)))('prepare %s write: refuses what it cannot store whole, accepts what it can', (platform) => {
      const limit = textLimits[platform];
      const result = prepare[platform](c.kind, value);
      if (writable(c)) {
        if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
        expect(textLength(result.document)).toBeLessThanOrEqual(limit);
        if (c.expect.writes) expect(textLength(result.document)).toBe(limit);
        // What is written reads back as valid and equal.
        const back = parsePayload(c.kind, result.document, { platform });
        expect(back.status).toBe('valid');
        expect(back.status === 'valid' && back.value).toEqual(result.value);
        // User text is stored verbatim: markup stays text, never escaped or stripped.
        for (const text of c.expect.shows ?? []) expect(JSON.parse(result.document) && result.document).toContain(JSON.stringify(text).slice(1, -1));
        return;
      }
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expectRefusal(result.problems);
      // The refusal names the same field the reader named.
      for (const expected of c.expect.problems ?? []) {
        if (expected.code === 'too_long' || expected.path === '' || expected.code === 'dropped_item') continue;
        expect(result.problems.map((p) => p.path)).toContain(expected.path);
      }
      if (c.expect.shorten !== undefined) {
        const tooLong = result.problems.find((p) => p.code === 'too_long');
        expect(tooLong?.message).toContain(`shorten it by at least ${c.expect.shorten === 1 ? '1 character' : `${c.expect.shorten} characters`}`);
        expect(tooLong?.params).toMatchObject({ limit, length: limit + c.expect.shorten, excess: c.expect.shorten });
        // It says which field to shorten.
        expect(tooLong?.message).toMatch(/Longest texts: \S+ \(/);
      }
    });

    if (c.kind === 'sales-to-cs')
      it.each(platforms.filter((p) => onPlatform(c, p)))('submitHandoff on %s: submits only a complete, clean handoff that fits', (platform) => {
        const result = submitHandoff(value, { ...author, platform });
        if (!result.ok) {
          expectRefusal(result.problems);
          return;
        }
        expect(writable(c)).toBe(true);
        for (const text of Object.values(result.columns)) if (typeof text === 'string') expect(textLength(text)).toBeLessThanOrEqual(textLimits[platform]);
      });
  });

  it('the platform-neutral writer holds a payload to the tighter limit, HubSpot’s', () => {
    const sfOnly = corpus.find((c) => c.id === 'lead-score/at-limit-salesforce')!;
    const result = prepareWrite('lead-score', JSON.parse(sfOnly.text));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message).toContain(`HubSpot keeps only ${textLimits.hubspot.toLocaleString('en-US')}`);
    const hsAt = corpus.find((c) => c.id === 'lead-score/at-limit-hubspot')!;
    expect(prepareWrite('lead-score', JSON.parse(hsAt.text)).ok).toBe(true);
  });

  it('a submitted handoff at the limit is refused: the submit stamps make it longer than the platform keeps', () => {
    const atLimit = corpus.find((c) => c.id === 'sales-to-cs/at-limit-hubspot')!;
    const result = submitHandoff(JSON.parse(atLimit.text), { ...author, platform: 'hubspot' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.code)).toContain('too_long');
  });
});

describe('feedback: added only when the whole list still fits, never losing stored entries', () => {
  const entry = { verdict: 'disagree', reason: `${MARKUP} ${WORLD_TEXT}`, by: 'Sam <b>Rep</b>', at: actor.now };

  it('stores markup and foreign text verbatim, as text', () => {
    const result = addFeedback(undefined, entry, { platform: 'hubspot' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(JSON.parse(Object.values(result.columns)[0] as string)[0]).toEqual(entry);
  });

  it('refuses a reason longer than its field, naming it', () => {
    const result = addFeedback([], { ...entry, reason: 'x'.repeat(4001) });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expectRefusal(result.problems);
      expect(result.problems[0].path).toBe('feedback[0].reason');
      expect(result.problems[0].message).toContain('at most 4000 characters');
    }
  });

  it.each(platforms)('refuses the entry that would push the list past the %s limit, saying what to shorten', (platform) => {
    const limit = textLimits[platform];
    const long = { verdict: 'disagree', reason: 'r'.repeat(3900), by: 'Sam', at: actor.now };
    const stored: unknown[] = [];
    while (JSON.stringify([...stored, long]).length <= limit) stored.push(long);
    // Stored entries fill the column to just under the limit; one more must not be cut by the platform.
    const result = addFeedback(JSON.stringify(stored), long, { platform });
    if (stored.length >= 200) return; // maxItems reached first (the list-size refusal is tested below)
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0].code).toBe('too_long');
      expect(result.problems[0].message).toMatch(/shorten it by at least [\d,]+ characters?/);
    }
  });

  it('refuses to add to a stored list it cannot read, so nothing in it is lost', () => {
    for (const stored of ['[{"verdict":"help', '{"verdict":"helpful"}', '"[]"']) {
      const result = addFeedback(stored, { verdict: 'helpful', by: 'Sam', at: actor.now });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0].message).toMatch(/left unchanged so nothing in it is lost/);
    }
  });

  it('keeps stored entries it cannot read when it adds one', () => {
    const stored = [{ verdict: 'sideways' }, null, 'text'];
    const result = addFeedback(stored, { verdict: 'helpful', by: 'Sam', at: actor.now });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.slice(0, 3)).toEqual(stored);
  });

  it('refuses hostile entries and actors without throwing', () => {
    const hostile = [
      null,
      'helpful',
      { verdict: 'helpful' },
      { verdict: 'disagree', by: 'Sam', at: actor.now },
      { ...entry, at: '2026-02-30T10:00:00Z' },
      JSON.parse('{"__proto__":{"x":1},"verdict":"helpful","by":"Sam","at":"2026-11-23T10:00:00Z"}'),
    ];
    for (const bad of hostile) {
      const result = addFeedback([], bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expectRefusal(result.problems);
    }
    expect(({} as any).x).toBeUndefined();
  });
});

describe('disposition, accept and return: every field checked before anything is written', () => {
  it('refuses a rejection without a reason, a reason too long, an unknown status and an impossible date', () => {
    const cases: Array<[Parameters<typeof setDisposition>[0], Parameters<typeof setDisposition>[1], string]> = [
      [{ status: 'rejected' }, actor, 'disposition.reason'],
      [{ status: 'rejected', reason: 'x'.repeat(4001) }, actor, 'disposition.reason'],
      [{ status: 'maybe' }, actor, 'disposition.status'],
      [{ status: 'accepted' }, { by: actor.by, now: '2026-02-30T10:00:00Z' }, ''],
      [{ status: 'accepted' }, { by: 'x'.repeat(201), now: actor.now }, 'disposition.by'],
    ];
    for (const [input, who, path] of cases) {
      const result = setDisposition(input, who);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expectRefusal(result.problems);
        expect(result.problems.map((p) => p.path)).toContain(path);
      }
    }
  });

  it('stores a reviewer name and a return note with markup as text', () => {
    const accepted = acceptHandoff({ by: `${MARKUP}`.slice(0, 200), now: actor.now, currentStatus: 'submitted' });
    expect(accepted.ok).toBe(true);
    const returned = returnHandoff({ ...actor, reason: 'other', note: `${MARKUP} ${WORLD_TEXT}`, currentStatus: 'submitted' });
    expect(returned.ok).toBe(true);
    if (returned.ok) expect(Object.values(returned.columns)).toContain(`${MARKUP} ${WORLD_TEXT}`);
  });

  it('refuses an unknown reason code, a note too long, "other" without a note, a bad reviewer and a review out of turn', () => {
    const cases: Array<[Parameters<typeof returnHandoff>[0], string]> = [
      [{ ...actor, reason: 'because' }, 'review.returnReason'],
      [{ ...actor, reason: 'other', note: 'n'.repeat(4001) }, 'review.returnNote'],
      [{ ...actor, reason: 'other' }, 'review.returnNote'],
      [{ by: 'r'.repeat(201), now: actor.now, reason: 'unclear-commitments' }, 'review.reviewedBy'],
      [{ ...actor, reason: 'unclear-commitments', currentStatus: 'accepted' }, 'review.status'],
      [{ by: actor.by, now: 'yesterday', reason: 'unclear-commitments' }, ''],
    ];
    for (const [input, path] of cases) {
      const result = returnHandoff(input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expectRefusal(result.problems);
        expect(result.problems.map((p) => p.path)).toContain(path);
      }
    }
    for (const input of [
      { by: '', now: actor.now },
      { by: actor.by, now: Number.NaN },
      { ...actor, currentStatus: 'draft' },
      { ...actor, currentStatus: { status: 'submitted' } },
    ]) {
      const result = acceptHandoff(input as never);
      expect(result.ok).toBe(false);
      if (!result.ok) expectRefusal(result.problems);
    }
  });

  it('submits the clean sample handoff, and refuses every hostile wrapper of it', () => {
    expect(submitHandoff(bases['sales-to-cs'], author).ok).toBe(true);
    for (const hostile of [null, [], 'text', 42, { ...bases['sales-to-cs'], review: { status: 'accepted' } }]) {
      const result = submitHandoff(hostile, actor);
      expect(result.ok).toBe(false);
      if (!result.ok) expectRefusal(result.problems);
    }
    // Nor while CS reviews it, whatever the payload says.
    for (const currentStatus of ['submitted', 'accepted', 'archived']) {
      const result = submitHandoff(bases['sales-to-cs'], { ...actor, currentStatus });
      expect(result.ok).toBe(false);
      if (!result.ok) expectRefusal(result.problems);
    }
  });
});
