import { contexts, kinds } from '../src/contexts';
import { MAX_PROBLEMS, parsePayload, type Problem } from '../src/parse';
import { textLimits } from '../src/storage';
import { fixture, fixtureText } from './data/fixtures';

const codes = (problems: Problem[]) => problems.map((p) => p.code);
const find = (problems: Problem[], path: string) => problems.find((p) => p.path === path);

describe('parsePayload: statuses', () => {
  it.each(kinds)('reads the %s fixture as valid, from text and from a value', (kind) => {
    const fromText = parsePayload(kind, fixtureText(kind));
    const fromValue = parsePayload(kind, fixture(kind));
    expect(fromText.status).toBe('valid');
    expect(fromValue).toEqual(fromText);
    if (fromText.status !== 'valid') return;
    expect(fromText.problems).toEqual([]);
    expect(fromText.version).toEqual({ found: contexts[kind].version, current: contexts[kind].version });
    expect(contexts[kind].schema.safeParse(fromText.value).success).toBe(true);
  });

  it.each([null, undefined, '', '   \n\t'])('calls %p empty', (input) => {
    expect(parsePayload('lead-score', input)).toEqual({ status: 'empty', kind: 'lead-score' });
  });

  it('keeps what is valid and lists what is not: partial', () => {
    const payload = fixture('lead-score');
    payload.factors[1].weight = 'high';
    const result = parsePayload('lead-score', payload);
    expect(result.status).toBe('partial');
    if (result.status !== 'partial') return;
    expect(result.value.factors).toHaveLength(2);
    expect(result.value.score?.value).toBe(82);
    expect(find(result.problems, 'factors[1]')?.message).toBe(
      'factors[1] (Factors, one entry): this entry was left out because factors[1].weight (Weight): expected a number, got text "high".',
    );
  });

  it('says invalid, with a reason, when nothing can be read', () => {
    const result = parsePayload('lead-score', { schemaVersion: 2, score: 'high', band: 7 });
    expect(result.status).toBe('invalid');
    if (result.status !== 'invalid') return;
    expect(result.reason.code).toBe('invalid');
    expect(result.reason.message).toMatch(
      /^Lead score: nothing in this payload could be read\. First problem: score \(Lead score\): expected an object, got text "high"/,
    );
    expect(codes(result.problems)).toEqual(expect.arrayContaining(['invalid_type', 'missing']));
  });
});

describe('parsePayload: text and shape', () => {
  it('says where text stops being JSON', () => {
    const result = parsePayload('lead-score', '{"schemaVersion": 2, "band" "A"}');
    expect(result.status).toBe('invalid');
    if (result.status !== 'invalid') return;
    expect(result.reason.code).toBe('not_json');
    expect(result.reason.params?.position).toBe(28);
    expect(result.reason.message).toBe('Lead score: the stored text is not JSON. It breaks at character 28 of 32.');
    const unexpected = parsePayload('lead-score', '{"schemaVersion": 2, "band": }');
    expect(unexpected.status === 'invalid' && unexpected.reason.message).toBe(
      'Lead score: the stored text is not JSON. It has an unexpected "}" where a value should be.',
    );
    const cut = parsePayload('lead-score', '{"schemaVersion": 2, "band": "A');
    expect(cut.status === 'invalid' && cut.reason.params?.position).toBe(31); // the end: a cut text
  });

  it('tells a payload cut by the platform from a broken one', () => {
    const text = fixtureText('lead-score').replace(/}\s*$/, ',"pad":"' + 'x'.repeat(textLimits.hubspot) + '"}');
    const cut = text.slice(0, textLimits.hubspot + 10);
    const result = parsePayload('lead-score', cut, { platform: 'hubspot' });
    expect(result.status).toBe('invalid');
    if (result.status !== 'invalid') return;
    expect(result.reason.code).toBe('too_long');
    expect(result.reason.message).toContain('HubSpot keeps only 65,536 characters, so the payload was probably cut');
    expect(codes(result.problems)).toEqual(['too_long', 'not_json']);
  });

  it('reads an over-long text that is still whole, with a too_long warning', () => {
    const payload = fixture('lead-score');
    payload.factors[0].evidence = 'e'.repeat(4000);
    payload.factors = Array.from({ length: 20 }, () => payload.factors[0]);
    const text = JSON.stringify(payload);
    expect(text.length).toBeGreaterThan(textLimits.hubspot);
    const result = parsePayload('lead-score', text, { platform: 'hubspot' });
    expect(result.status).toBe('valid');
    if (result.status !== 'valid') return;
    expect(result.problems).toEqual([expect.objectContaining({ code: 'too_long', severity: 'warning', params: { limit: 65536, length: text.length } })]);
    // Without a platform the larger limit applies.
    expect(parsePayload('lead-score', text).status === 'valid' && parsePayload('lead-score', text)).toMatchObject({ problems: [] });
  });

  it.each([
    ['[1,2]', 'a list of 2 entries'],
    ['42', 'the number 42'],
    ['"{\\"schemaVersion\\":2}"', 'text'],
    ['true', 'true'],
  ])('calls %s not an object', (text, got) => {
    const result = parsePayload('deal-risk', text);
    expect(result.status).toBe('invalid');
    if (result.status !== 'invalid') return;
    expect(result.reason.code).toBe('not_object');
    expect(result.reason.message).toContain(got);
  });

  it('hints at double encoding', () => {
    const result = parsePayload('deal-risk', JSON.stringify(fixtureText('deal-risk')));
    expect(result.status === 'invalid' && result.reason.message).toContain('encoded twice');
  });

  it('accepts a byte-order mark', () => {
    expect(parsePayload('deal-risk', '\uFEFF' + fixtureText('deal-risk')).status).toBe('valid');
  });

  it('rejects NaN and Infinity whether as JSON text or as values', () => {
    expect(parsePayload('deal-risk', fixtureText('deal-risk').replace('0.62', 'NaN')).status).toBe('invalid');
    for (const bad of [NaN, Infinity, -Infinity, 'NaN', 'Infinity', '1e999']) {
      const payload = fixture('deal-risk');
      payload.winProbability.value = bad;
      const result = parsePayload('deal-risk', payload);
      expect(result.status).toBe('partial');
      if (result.status !== 'partial') continue;
      expect(find(result.problems, 'winProbability.value')).toMatchObject({ code: 'invalid_type', severity: 'error' });
      expect(result.value.winProbability).toEqual({ scale: payload.winProbability.scale });
    }
  });
});

describe('parsePayload: versions', () => {
  it('upgrades a version 1 lead score step by step', () => {
    const result = parsePayload('lead-score', fixtureText('lead-score-v1'));
    expect(result.status).toBe('valid');
    if (result.status !== 'valid') return;
    expect(result.version).toEqual({ found: 1, current: 2 });
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'migrated', severity: 'warning', message: 'Lead score: was written as version 1 and upgraded to version 2 on read.' }),
    ]);
    expect(result.value).toEqual({
      schemaVersion: 2,
      score: { value: 64, scale: { min: 0, max: 100, polarity: 'higher-is-better', unit: 'points' } },
      band: 'B',
      model: { name: 'PilotScorer' },
      scoredAt: '2025-03-01T08:00:00Z',
      factors: [
        { label: "Downloaded the buyer's guide", direction: 'raises', weight: 0 },
        { label: 'Works at a target account', direction: 'raises', weight: 0 },
      ],
    });
  });

  it('names a version 1 payload that is not shaped like version 1', () => {
    const result = parsePayload('lead-score', { ...fixture('lead-score-v1'), score: 'high' });
    expect(result.status).toBe('partial');
    if (result.status !== 'partial') return;
    expect(result.problems[0]).toMatchObject({ code: 'invalid', message: expect.stringContaining('does not have the shape of version 1') });
    expect(result.value.band).toBe('B');
  });

  it('reads a newer version as far as it knows it, and says so in plain words', () => {
    const payload = { ...fixture('lead-score'), schemaVersion: 3, sentimentTrend: 'up' };
    const result = parsePayload('lead-score', payload);
    expect(result.status).toBe('partial');
    if (result.status !== 'partial') return;
    expect(result.version).toEqual({ found: 3, current: 2 });
    expect(result.problems[0]).toEqual({
      path: '',
      code: 'newer_version',
      severity: 'error',
      params: { found: 3, current: 2 },
      message: 'Lead score: written by a newer version (3) of Handoff Context; this card understands version 2 — showing the fields it knows.',
    });
    expect(find(result.problems, 'sentimentTrend')).toMatchObject({ code: 'unknown_field', severity: 'warning' });
    expect(result.value.score?.value).toBe(82);
    expect(result.value.factors).toHaveLength(3);
    expect(result.value.schemaVersion).toBeUndefined();
  });

  it.each([
    [undefined, 'schemaVersion (Schema version): is missing, so the payload was read as version 2, the version this card understands.'],
    ['2', 'schemaVersion (Schema version): expected a whole number, got text "2", so the payload'],
    [2.5, 'got the number 2.5, so'],
    [0, 'got the number 0, so'],
  ])('reads a payload with schemaVersion %p as the current version', (schemaVersion, words) => {
    const result = parsePayload('lead-score', { ...fixture('lead-score'), schemaVersion });
    expect(result.status).toBe('partial');
    if (result.status !== 'partial') return;
    expect(result.version.found).toBeNull();
    expect(result.problems[0]).toMatchObject({ code: 'unknown_version', path: 'schemaVersion', message: expect.stringContaining(words) });
    expect(result.value.factors).toHaveLength(3);
  });

  it('says when an older version has no upgrade path', () => {
    const result = parsePayload('customer-health', { ...fixture('customer-health'), schemaVersion: 1 });
    expect(result.status).toBe('valid');
    // customer-health is at version 1; no version 0 exists, so 0 is not a version.
    const zero = parsePayload('customer-health', { ...fixture('customer-health'), schemaVersion: 0 });
    expect(zero.status === 'partial' && zero.problems[0].code).toBe('unknown_version');
  });
});

describe('parsePayload: the lenient walk', () => {
  it('gives every problem code a plain message naming path and title', () => {
    const payload = fixture('sales-to-cs');
    payload.commercialTerms.termMonths = 1.5; // invalid_type (whole number)
    payload.commercialTerms.currency = 'eur'; // invalid_format
    payload.accountSentiment = 'ecstatic'; // invalid_value
    payload.commercialTerms.arr = -5; // too_small
    payload.whyWon = 'w'.repeat(4001); // too_big
    payload.timeline.kickoffAt = 'next Monday'; // invalid_format
    payload.commitments[0].evidenceUrl = 'javascript:alert(1)';
    payload.mood = 'great'; // unknown_field
    delete payload.successCriteria; // missing
    const result = parsePayload('sales-to-cs', payload);
    expect(result.status).toBe('partial');
    if (result.status !== 'partial') return;
    const messages = Object.fromEntries(result.problems.map((p) => [p.path, `${p.code}: ${p.message}`]));
    expect(messages).toEqual({
      successCriteria: 'missing: successCriteria (Success criteria): is missing; expected a list of entries',
      'commitments[0].evidenceUrl':
        'invalid_format: commitments[0].evidenceUrl (Evidence link): expected a web link (http or https), got text "javascript:alert(1)"',
      'commercialTerms.arr': 'too_small: commercialTerms.arr (ARR): must be at least 0, got the number -5',
      'commercialTerms.currency': 'invalid_format: commercialTerms.currency (Currency): expected text matching /^[A-Z]{3}$/, got text "eur"',
      'commercialTerms.termMonths': 'invalid_type: commercialTerms.termMonths (Term (months)): expected a whole number, got the number 1.5',
      accountSentiment: 'invalid_value: accountSentiment (Sales\' read of the account): expected one of: positive, neutral, negative, got text "ecstatic"',
      whyWon: 'too_big: whyWon (Why we won): is too long: at most 4000 characters, got 4001 characters',
      'timeline.kickoffAt':
        'invalid_format: timeline.kickoffAt (Kickoff): expected a date-time (ISO 8601 with offset, e.g. 2026-11-23T10:00:00Z), got text "next Monday"',
      mood: 'unknown_field: "mood" is not a field this version knows in the payload; it was ignored.',
    });
    // The optional bad field is left out; the required ones leave commercialTerms partial.
    expect(result.value.whyWon).toBeUndefined();
    expect(result.value.commercialTerms).toEqual({ products: ['Onboarding Cloud', 'Portal add-on'], renewalDate: '2028-12-01' });
    // An optional member that is wrong is left out; its entry stays.
    expect(result.value.commitments?.[0]).toEqual({
      item: 'Salesforce integration live by go-live',
      type: 'sow',
      owner: 'Implementation',
      dueDate: '2027-02-15',
    });
    expect(result.value.timeline).toEqual({ closedWonAt: '2026-11-28T17:00:00Z', targetGoLive: '2027-03-01' });
  });

  it('applies object rules where the object is validated', () => {
    const payload = fixture('lead-score');
    payload.score.value = 140;
    payload.feedback = [
      { verdict: 'disagree', by: 'Rep', at: '2026-11-21T10:00:00Z' },
      { verdict: 'disagree', reason: 'They are a student.', by: 'Rep', at: '2026-11-21T10:00:00Z' },
    ];
    const result = parsePayload('lead-score', payload);
    expect(result.status).toBe('partial');
    if (result.status !== 'partial') return;
    expect(find(result.problems, 'score.value')?.message).toBe('score.value (Value): value is outside its scale, got the number 140');
    expect(result.value.score).toEqual({ scale: payload.score.scale });
    expect(find(result.problems, 'feedback[0]')?.message).toContain('feedback[0].reason (Reason): a disagreement needs a reason');
    expect(result.value.feedback).toEqual([payload.feedback[1]]);
  });

  it('checks a scale before the score read on it', () => {
    const payload = fixture('customer-health');
    payload.score.scale = { min: 100, max: 0, polarity: 'higher-is-better' };
    const result = parsePayload('customer-health', payload);
    expect(result.status === 'partial' && find(result.problems, 'score.scale.max')?.message).toBe(
      'score.scale.max (Scale maximum): max must be greater than min, got the number 0',
    );
  });

  it('trims text and reads empty optional text and null optional fields as absent', () => {
    const payload = fixture('deal-risk');
    payload.model = { name: '  DealSense  ', version: '   ' };
    payload.repForecast = null;
    const result = parsePayload('deal-risk', payload);
    expect(result.status).toBe('valid');
    if (result.status !== 'valid') return;
    expect(result.value.model).toEqual({ name: 'DealSense' });
    expect(result.value.repForecast).toBeUndefined();
  });

  it('calls a required field that is null or empty missing or empty', () => {
    const result = parsePayload('deal-risk', { ...fixture('deal-risk'), scoredAt: null, model: { name: '' } });
    expect(result.status).toBe('partial');
    if (result.status !== 'partial') return;
    expect(find(result.problems, 'scoredAt')).toMatchObject({ code: 'missing', message: expect.stringContaining('is missing; expected a date-time') });
    expect(find(result.problems, 'model.name')).toMatchObject({ code: 'too_small', message: 'model.name (Model name): is empty' });
  });

  it('keeps the first maxItems valid entries of a long list and counts the rest', () => {
    const payload = fixture('deal-risk');
    const risk = payload.riskFactors[0];
    payload.riskFactors = [{ label: 'broken' }, ...Array.from({ length: 80 }, (_, i) => ({ ...risk, label: `Risk ${i}` }))];
    const result = parsePayload('deal-risk', payload);
    expect(result.status).toBe('partial');
    if (result.status !== 'partial') return;
    expect(result.value.riskFactors).toHaveLength(50);
    expect(result.value.riskFactors?.[0]?.label).toBe('Risk 0');
    expect(find(result.problems, 'riskFactors')).toMatchObject({
      code: 'too_many_items',
      severity: 'warning',
      params: { count: 81, maxItems: 50, unread: 30 },
      message: 'riskFactors (Risk factors): has 81 entries; a card shows at most 50, so the last 30 were not read',
    });
  });

  it('reads a list of a million broken entries quickly and caps the problems', () => {
    const payload = fixture('lead-score');
    payload.factors = Array.from({ length: 1_000_000 }, () => ({ label: 7 }));
    const started = Date.now();
    const result = parsePayload('lead-score', payload);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(result.status).toBe('partial');
    if (result.status !== 'partial') return;
    expect(result.value.factors).toEqual([]);
    expect(result.problems).toHaveLength(MAX_PROBLEMS);
    expect(result.problems[MAX_PROBLEMS - 1]).toMatchObject({ code: 'invalid', severity: 'error', message: expect.stringMatching(/^and \d+ more problems/) });
    expect(result.problems.some((p) => p.code === 'too_many_items')).toBe(false); // summed up in the last one
  });

  it('does not descend into unknown or deeply nested input', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const payload = { ...fixture('lead-score'), deep, band: deep };
    const result = parsePayload('lead-score', payload);
    expect(result.status).toBe('partial');
    expect(find((result as any).problems, 'band')).toMatchObject({
      code: 'invalid_type',
      message: 'band (Band): expected text (at most 200 characters), got a list of 1 entry',
    });
    const text = '{"schemaVersion":2,"deep":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}';
    expect(['partial', 'invalid']).toContain(parsePayload('lead-score', text).status);
  });

  it('survives cyclic objects, throwing getters, proxies and exotic values from JS callers', () => {
    const cyclic: any = fixture('lead-score');
    cyclic.self = cyclic;
    cyclic.factors.push(cyclic);
    const withCycle = parsePayload('lead-score', cyclic);
    expect(withCycle.status).toBe('partial');

    const hostile = fixture('lead-score');
    Object.defineProperty(hostile, 'band', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const throwing = parsePayload('lead-score', hostile);
    expect(throwing.status).toBe('partial');
    expect(find((throwing as any).problems, 'band')?.message).toBe('band (Band): could not be read (boom)');

    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('trap');
        },
      },
    );
    expect(() => parsePayload('lead-score', trap)).not.toThrow();
    expect(parsePayload('lead-score', trap).status).toBe('invalid');

    for (const odd of [Symbol('x'), () => 1, 10n, new Date(), new Map(), Object.create(null)])
      expect(['invalid', 'partial']).toContain(parsePayload('lead-score', odd).status);
  });

  it('never lets a field called __proto__ reach the value', () => {
    const result = parsePayload('lead-score', JSON.parse('{"__proto__":{"polluted":true},' + fixtureText('lead-score').slice(1)));
    expect(result.status).toBe('valid');
    expect(({} as any).polluted).toBeUndefined();
    expect(result.status === 'valid' && Object.getPrototypeOf(result.value)).toBe(Object.prototype);
  });

  it('reports unknown fields as warnings, up to a cap, without descending', () => {
    const payload = fixture('customer-health');
    for (let i = 0; i < 120; i++) payload[`extra${i}`] = { nested: { deeper: i } };
    const result = parsePayload('customer-health', payload);
    expect(result.status).toBe('valid');
    if (result.status !== 'valid') return;
    expect(result.problems.filter((p) => p.code === 'unknown_field')).toHaveLength(51);
    expect(result.problems[50].message).toBe('70 more fields this version does not know were ignored.');
  });

  it('keeps HTML and script in text as text', () => {
    const payload = fixture('lead-score');
    payload.factors[0].label = '<img src=x onerror=alert(1)>';
    payload.band = 'مرتفع 🔥';
    const result = parsePayload('lead-score', payload);
    expect(result.status === 'valid' && result.value.factors[0].label).toBe('<img src=x onerror=alert(1)>');
    expect(result.status === 'valid' && result.value.band).toBe('مرتفع 🔥');
  });

  it('quotes long bad values briefly', () => {
    const result = parsePayload('lead-score', { ...fixture('lead-score'), scoredAt: 'x'.repeat(1000) });
    expect(result.status === 'partial' && find(result.problems, 'scoredAt')?.message).toBe(
      `scoredAt (Scored at): expected a date-time (ISO 8601 with offset, e.g. 2026-11-23T10:00:00Z), got text "${'x'.repeat(40)}…"`,
    );
  });

  it('never changes the value it was given', () => {
    const payload = fixture('sales-to-cs');
    const before = JSON.stringify(payload);
    payload.whyWon = '   ';
    parsePayload('sales-to-cs', payload);
    expect(JSON.stringify({ ...payload, whyWon: undefined })).toBe(before);
  });
});
