/** Every answer of the save function said in the user's language: no code reaches the user as English-only text. */
import { translator } from '@handoff-context/core';
import { overwroteText, propertySubject, saveFailureText } from '../../src/app/cards/utils/problems';

const answers = [
  { ok: false, code: 'conflict' },
  { ok: false, code: 'invalid_request', params: { parameter: 'objectId' } },
  { ok: false, code: 'forbidden', params: { property: 'amount' } },
  {
    ok: false,
    code: 'invalid_payload',
    params: { kind: 'sales-to-cs' },
    problems: [{ path: 'whyWon', code: 'too_long', severity: 'error', params: { limit: 65536, length: 70000 }, message: 'x' }],
  },
  { ok: false, code: 'not_allowed', params: { status: 403 } },
  { ok: false, code: 'not_found', params: { status: 404 } },
  { ok: false, code: 'hubspot_error', params: { status: 500 } },
  { ok: false, code: 'unreachable' },
  { ok: false, code: 'unconfirmed', params: { status: 502 } },
];

describe('saveFailureText', () => {
  it.each(['en-US', 'fr-FR'])('gives a distinct sentence for each code in %s, with its params filled in', (locale) => {
    const t = translator(locale);
    const texts = answers.map((answer) => saveFailureText(t, answer));
    expect(new Set(texts).size).toBe(texts.length);
    for (const text of texts) expect(text).not.toMatch(/\{[a-z]+\}/i);
    expect(texts[1]).toContain('objectId');
    expect(texts[2]).toContain('amount');
    expect(texts[6]).toContain('500');
  });

  it('speaks French in fr-FR and English in en-US', () => {
    expect(saveFailureText(translator('fr-FR'), answers[5])).toBe(
      translator('fr-FR').t('state.saveFailed', { reason: translator('fr-FR').t('save.notFound') }),
    );
    expect(saveFailureText(translator('en-US'), answers[5])).toContain('no longer exists');
  });

  it('never says "nothing was written" when it cannot know: no answer, one it does not know, or a refusal without problems', () => {
    const t = translator('en-US');
    const fallback = t.t('state.saveFailed', { reason: t.t('save.unconfirmed') });
    expect(fallback).toContain('may or may not have been written');
    for (const answer of [
      undefined,
      null,
      'boom',
      { ok: false, code: 'teapot' },
      { ok: false, code: 'invalid_payload', params: { kind: 'nope' }, problems: [] },
    ])
      expect(saveFailureText(t, answer)).toBe(fallback);
  });
});

describe('property names as people read them', () => {
  it('names a field, a whole document by its card title, and leaves an unknown name as it is', () => {
    const t = translator('en-US');
    expect(propertySubject(t, 'hc_handoff_return_reason')).toBe(t.t('field.handoff.review.returnReason'));
    expect(propertySubject(t, 'hc_handoff_payload')).toBe(t.t('handoff.title'));
    expect(propertySubject(t, 'amount')).toBe('amount');
    expect(overwroteText(t, ['hc_handoff_status', 'hc_handoff_payload'])).toBe(
      t.t('save.overwrote', { properties: t.formatList([t.t('field.handoff.review.status'), t.t('handoff.title')]) }),
    );
  });
});
