/** The contact card on the sample book: every state, feedback through the app function, both languages. */
import { Alert, Button, EmptyState, ErrorState, Flex, List, LoadingSpinner, ProgressBar, Tag, Text, TextArea } from '@hubspot/ui-extensions';
import { leadScoreView, parseHubSpotProperties, translator } from '@handoff-context/core';
import { LeadScoreCard } from '../../src/app/cards/LeadScoreCard';
import { cardReads } from '../../src/app/cards/utils/properties';
import { bookPayload, bookProperties, caseId, mockServerless, now, renderCard, sentParameters, wordsIn } from './helpers';

const en = translator('en-US');
const fr = translator('fr-FR');

const hot = caseId('hot-lead');
const hotLead = bookPayload(hot, 'lead-score');
/** What the card read, as it sends it with a write. */
const seenOf = (properties: Record<string, string>) => Object.fromEntries(cardReads.hc_lead_score_card.properties.map((n) => [n, properties[n] ?? null]));

afterEach(() => jest.restoreAllMocks());

describe('LeadScoreCard: reading', () => {
  it('shows the score with scale, band and level in words, the factors with direction, weight and evidence, intent and the next action', () => {
    const r = renderCard(<LeadScoreCard now={now} />, { properties: bookProperties(hot) });
    const all = wordsIn(r);
    expect(all).toContain(`${hotLead.score.value} ${en.t('score.outOf', { max: 100 })}`);
    expect(all).toContain(en.t('score.band', { band: hotLead.band }));
    for (const factor of hotLead.factors) {
      expect(all).toContain(factor.label);
      expect(all).toContain(factor.evidence);
    }
    expect(all).toContain(hotLead.intentSignals[0].topic);
    expect(all).toContain(hotLead.nextAction.action);
    const tags = r.findAll(Tag).map((n) => n.text);
    // On this higher-is-better score, what raises it helps and what lowers it hurts.
    expect(tags).toContain(`+ ${en.t('factor.effect.helps')}`);
    expect(tags).toContain(`− ${en.t('factor.effect.hurts')}`);
    expect(tags).toContain(en.t('level.high'));
  });

  it('on a higher-is-worse score (Markus Hoffmann, friction 64) shows what raises it as hurting, and fills the meter to 64', () => {
    const r = renderCard(<LeadScoreCard now={now} />, { properties: bookProperties('kestrel-contact-mhoffmann') });
    const factorTags = r.findAll(Tag).filter((n) => /^[+−] /.test(n.text ?? ''));
    expect(factorTags.map((n) => [n.text, n.props.variant])).toEqual([
      ['− Hurts', 'error'],
      ['− Hurts', 'error'],
      ['+ Helps', 'success'],
    ]);
    expect(wordsIn(r)).toContain('Asked procurement to re-benchmark the Insights price raised the score by 22 points, which is worse.');
    const meter = r.find(ProgressBar);
    expect(meter.props).toMatchObject({ value: 64, maxValue: 100, variant: 'danger', valueDescription: '64 out of 100: Weak, Higher is worse' });
  });

  it('shows exactly the core view model: the same facts the Salesforce card shows', () => {
    const properties = bookProperties(caseId('percentile-scale'));
    const view = leadScoreView(parseHubSpotProperties('lead-score', properties), { locale: 'en-US', timeZone: 'UTC', now });
    const all = wordsIn(renderCard(<LeadScoreCard now={now} />, { properties }));
    expect(all).toContain(`${view.score!.valueText} ${view.score!.scaleText}`);
    for (const factor of view.factors) expect(all).toContain(factor.sentence);
    expect(all).toContain(view.freshness!.modelText);
  });

  it('shows a spinner while loading', () => {
    const r = renderCard(<LeadScoreCard now={now} />, { loading: true });
    expect(r.find(LoadingSpinner).props.label).toBe(en.t('state.loading'));
  });

  it('says there is no score yet on a contact without one', () => {
    const r = renderCard(<LeadScoreCard now={now} />, { properties: {} });
    expect(wordsIn(r.find(EmptyState))).toContain(en.t('leadScore.empty'));
    expect(r.maybeFindByTestId(Button, 'hc-feedback-helpful')).toBeNull();
  });

  it('says what permission to ask for when the CRM hook fails, and can retry', () => {
    const r = renderCard(<LeadScoreCard now={now} />, { error: new Error('403') });
    expect(wordsIn(r.find(ErrorState))).toContain(en.t('access.hubspot', { objectType: 'contact' }));
    r.find(Button).trigger('onClick');
    expect(r.refetch).toHaveBeenCalled();
  });

  it('never crashes on HubSpot’s fake_ mock values, and never shows them', () => {
    const r = renderCard(<LeadScoreCard now={now} />, { fake: true });
    expect(r.maybeFind(Alert) ?? r.maybeFind(EmptyState)).not.toBeNull();
    expect(wordsIn(r)).not.toContain('fake_');
  });

  it('says a cut payload cannot be read, in words, without showing the raw text', () => {
    const r = renderCard(<LeadScoreCard now={now} />, { properties: { hc_lead_score_payload: '{"schemaVersion":2,"score":{"val' } });
    const alert = r.find(Alert);
    expect(alert.props.variant).toBe('danger');
    expect(alert.text ?? '').not.toContain('{');
  });

  it('keeps the score when a report column holds junk, and says which column', () => {
    const r = renderCard(<LeadScoreCard now={now} />, { properties: { ...bookProperties(hot), hc_lead_score: 'fake_hc_lead_score' } });
    expect(wordsIn(r)).toContain(`${hotLead.score.value} ${en.t('score.outOf', { max: 100 })}`);
  });

  it('flags a stale score in words', () => {
    const r = renderCard(<LeadScoreCard now={now} />, { properties: bookProperties(caseId('stale-score', 'person')) });
    expect(r.findByTestId(Tag, 'hc-stale').props.variant).toBe('warning');
    expect(renderCard(<LeadScoreCard now={now} />, { properties: bookProperties(hot) }).maybeFindByTestId(Tag, 'hc-stale')).toBeNull();
  });

  it('reads the pilot-era (version 1) score and says it was upgraded', () => {
    const r = renderCard(<LeadScoreCard now={now} />, { properties: bookProperties(caseId('schema-v1')) });
    expect(wordsIn(r)).toContain(`58 ${en.t('score.outOf', { max: 100 })}`);
    expect(wordsIn(r)).toMatch(/upgraded/);
  });

  it('raises the lead quality conflict where sales rejected a strong lead, with who decides', () => {
    const r = renderCard(<LeadScoreCard now={now} />, { properties: bookProperties(caseId('lead-quality-conflict')) });
    const conflict = r.findByTestId(Alert, 'hc-conflict-lead-quality');
    expect(conflict.props.title).toBe(en.t('conflict.leadQuality.title'));
    expect(wordsIn(conflict)).toContain(en.t('role.revops'));
    expect(renderCard(<LeadScoreCard now={now} />, { properties: bookProperties(hot) }).maybeFindByTestId(Alert, 'hc-conflict-lead-quality')).toBeNull();
  });
});

describe('LeadScoreCard: the next action', () => {
  it('strikes through the action sales made obsolete by rejecting the lead (Felix Brandt), under the reason, in both languages', () => {
    const felix = caseId('lead-quality-conflict');
    const r = renderCard(<LeadScoreCard now={now} />, { properties: bookProperties(felix) });
    expect(r.findByTestId(Text, 'hc-next-action-status').text).toBe('No longer applies: sales rejected this lead on Nov 17, 2026.');
    const action = r.findByTestId(Text, 'hc-next-action-action');
    expect(action.text).toBe('Book a discovery call within 24 hours');
    expect(action.props.format).toEqual({ lineDecoration: 'strikethrough' });
    const french = renderCard(<LeadScoreCard now={now} />, { properties: bookProperties(felix), locale: 'fr-FR' });
    expect(french.findByTestId(Text, 'hc-next-action-status').text).toMatch(/^Ne s’applique plus : les ventes ont rejeté ce lead le 17 nov/);
  });

  it('shows a current action as advice, without a status line', () => {
    const r = renderCard(<LeadScoreCard now={now} />, { properties: bookProperties(hot) });
    expect(r.findByTestId(Text, 'hc-next-action-action').props.format).toEqual({ fontWeight: 'demibold' });
    expect(r.maybeFindByTestId(Text, 'hc-next-action-status')).toBeNull();
  });

  it('sits right under the score, before freshness and the factors', () => {
    const r = renderCard(<LeadScoreCard now={now} />, { properties: bookProperties(hot) });
    const sections = r
      .findAll(Flex)
      .map((n) => n.props.testId as string | undefined)
      .filter((id): id is string => ['hc-lead-score', 'hc-next-action', 'hc-freshness', 'hc-factors'].includes(id ?? ''));
    expect(sections).toEqual(['hc-lead-score', 'hc-next-action', 'hc-freshness', 'hc-factors']);
  });
});

describe('LeadScoreCard: what reps said', () => {
  const MARKUP = '<script>alert("hc")</script><img src=x onerror="alert(1)"><b>bold</b>';
  const given = [
    { verdict: 'helpful', reason: 'Budget confirmed on the first call.', by: 'Priya Natarajan', at: '2026-11-10T09:00:00Z' },
    { verdict: 'disagree', reason: 'Docs reads are from existing customers, not buyers.', by: 'Sam Rivera', at: '2026-11-18T14:30:00Z' },
    { verdict: 'not-helpful', by: 'Lee Chen', at: '2026-11-12T11:00:00Z' },
    { verdict: 'disagree', reason: MARKUP, by: '<i>Mallory</i>', at: '2026-11-16T08:15:00Z' },
    { verdict: 'helpful', reason: 'Intent matches what Jordan told us.', by: 'Ana Duarte', at: '2026-11-14T16:45:00Z' },
  ];
  const newestFirst = [...given].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const withFeedback = (feedback: unknown[]) =>
    renderCard(<LeadScoreCard now={now} />, { properties: { ...bookProperties(hot), hc_lead_score_feedback: JSON.stringify(feedback) } });
  const shown = (r: ReturnType<typeof renderCard>) =>
    r
      .findAll(Text)
      .filter((n) => n.props.variant === 'microcopy' && /, \w{3} \d+, 2026$/.test(n.text ?? ''))
      .map((n) => n.text);
  const entries = (r: ReturnType<typeof renderCard>) => r.findByTestId(List, 'hc-feedback-entries').findAll(Flex);

  it('shows the newest three entries under the summary, each with verdict, reason and who and when', () => {
    const r = withFeedback(given);
    const list = r.findByTestId(Flex, 'hc-feedback-list');
    const words = wordsIn(list);
    expect(words).toContain(
      en.t('feedback.summary', {
        parts: en.formatList([en.tn('feedback.helpfulCount', 2), en.tn('feedback.notHelpfulCount', 1), en.tn('feedback.disagreeCount', 2)]),
      }),
    );
    expect(entries(r)).toHaveLength(3);
    expect(shown(r)).toEqual(newestFirst.slice(0, 3).map((e) => en.t('feedback.by', { name: e.by, date: en.formatDate(e.at) })));
    const first = wordsIn(entries(r)[0]);
    expect(first).toContain(en.t('enum.verdict.disagree'));
    expect(first).toContain(newestFirst[0].reason);
    expect(first).toContain('Sam Rivera, Nov 18, 2026');
    expect(words).not.toContain(newestFirst[3].by);
  });

  it('shows every entry after "Show more", and the newest three again after "Show less"', () => {
    const r = withFeedback(given);
    const toggle = () => r.findByTestId(Button, 'hc-feedback-toggle');
    expect(toggle().text).toBe(en.t('button.showMore'));
    toggle().trigger('onClick');
    expect(entries(r)).toHaveLength(given.length);
    expect(shown(r)).toEqual(newestFirst.map((e) => en.t('feedback.by', { name: e.by, date: en.formatDate(e.at) })));
    expect(toggle().text).toBe(en.t('button.showLess'));
    toggle().trigger('onClick');
    expect(entries(r)).toHaveLength(3);
    expect(toggle().text).toBe(en.t('button.showMore'));
  });

  it('has no toggle with three entries or fewer, and no entries without feedback', () => {
    const three = withFeedback(given.slice(0, 3));
    expect(entries(three)).toHaveLength(3);
    expect(three.maybeFindByTestId(Button, 'hc-feedback-toggle')).toBeNull();
    const none = withFeedback([]);
    expect(none.maybeFindByTestId(List, 'hc-feedback-entries')).toBeNull();
    expect(none.maybeFindByTestId(Button, 'hc-feedback-toggle')).toBeNull();
    expect(none.findByTestId(Button, 'hc-feedback-helpful')).toBeDefined();
  });

  it('keeps a hostile reason and name as plain text', () => {
    const r = withFeedback(given);
    r.findByTestId(Button, 'hc-feedback-toggle').trigger('onClick');
    const words = wordsIn(r.findByTestId(List, 'hc-feedback-entries'));
    expect(words).toContain(MARKUP);
    expect(words).toContain('<i>Mallory</i>');
  });

  it('speaks the user’s language on the toggle', () => {
    const r = renderCard(<LeadScoreCard now={now} />, {
      properties: { ...bookProperties(hot), hc_lead_score_feedback: JSON.stringify(given) },
      locale: 'fr-FR',
    });
    expect(r.findByTestId(Button, 'hc-feedback-toggle').text).toBe(fr.t('button.showMore'));
  });
});

describe('LeadScoreCard: feedback', () => {
  it('sends "helpful" through the app function, adding to the stored feedback, with what the card read; then refreshes', async () => {
    const serverless = mockServerless({ ok: true });
    const properties = bookProperties(hot);
    const r = renderCard(<LeadScoreCard now={now} />, { properties });
    r.findByTestId(Button, 'hc-feedback-helpful').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Alert, 'hc-saved').props.title).toBe(en.t('feedback.sent')));
    expect(serverless).toHaveBeenCalledTimes(1);
    expect(serverless.mock.calls[0][0]).toBe('hc_save_properties');
    const sent = sentParameters(serverless);
    expect(sent).toEqual({
      objectType: 'contacts',
      objectId: '42',
      properties: { hc_lead_score_feedback: JSON.stringify([...hotLead.feedback, { verdict: 'helpful', by: 'Camille Martin', at: now.toISOString() }]) },
      seen: seenOf(properties),
    });
    expect(r.refresh).toHaveBeenCalled();
    expect(r.refetch).toHaveBeenCalled();
  });

  it('shows which verdict the rep sent: the chosen button primary, and in words; none when the save fails', async () => {
    mockServerless({ ok: true });
    const r = renderCard(<LeadScoreCard now={now} />, { properties: bookProperties(hot) });
    const variants = () => ['helpful', 'not-helpful', 'disagree'].map((v) => r.findByTestId(Button, `hc-feedback-${v}`).props.variant);
    expect(variants()).toEqual(['secondary', 'secondary', 'secondary']);
    expect(r.maybeFindByTestId(Text, 'hc-feedback-chosen')).toBeNull();
    r.findByTestId(Button, 'hc-feedback-helpful').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Text, 'hc-feedback-chosen').text).toBe(en.t('feedback.chose.helpful')));
    expect(variants()).toEqual(['primary', 'secondary', 'secondary']);
    r.findByTestId(Button, 'hc-feedback-disagree').trigger('onClick');
    r.findByTestId(TextArea, 'hc-feedback-reason').trigger('onChange', 'Wrong account' as never);
    r.findByTestId(Button, 'hc-feedback-send').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Text, 'hc-feedback-chosen').text).toBe(en.t('feedback.chose.disagree')));
    expect(variants()).toEqual(['secondary', 'secondary', 'primary']);

    jest.restoreAllMocks();
    mockServerless({ ok: false, code: 'conflict', params: { properties: 'hc_lead_score_feedback' } });
    const failed = renderCard(<LeadScoreCard now={now} />, { properties: bookProperties(hot) });
    failed.findByTestId(Button, 'hc-feedback-helpful').trigger('onClick');
    await failed.waitFor(() => expect(failed.findByTestId(Alert, 'hc-save-failed')).toBeDefined());
    expect(failed.findByTestId(Button, 'hc-feedback-helpful').props.variant).toBe('secondary');
    expect(failed.maybeFindByTestId(Text, 'hc-feedback-chosen')).toBeNull();
  });

  it('wraps the feedback buttons on a narrow sidebar instead of folding them into a menu', () => {
    const r = renderCard(<LeadScoreCard now={now} />, { properties: bookProperties(hot) });
    const row = r.findByTestId(Flex, 'hc-feedback-buttons');
    expect(row.props).toMatchObject({ direction: 'row', wrap: 'wrap' });
    expect(row.findAll(Button)).toHaveLength(3);
  });

  it('needs a reason to disagree, and keeps it when the save is refused because the score changed meanwhile', async () => {
    const serverless = mockServerless({ ok: false, code: 'conflict', params: { properties: 'hc_lead_score_payload' } });
    const r = renderCard(<LeadScoreCard now={now} />, { properties: bookProperties(hot) });
    r.findByTestId(Button, 'hc-feedback-disagree').trigger('onClick');
    r.findByTestId(Button, 'hc-feedback-send').trigger('onClick');
    expect(r.findByTestId(TextArea, 'hc-feedback-reason').props.validationMessage).toBe(en.t('feedback.reasonRequired'));
    expect(serverless).not.toHaveBeenCalled();

    r.findByTestId(TextArea, 'hc-feedback-reason').trigger('onChange', 'They are a partner, not a buyer' as never);
    r.findByTestId(Button, 'hc-feedback-send').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Alert, 'hc-save-failed').props.title).toBe(en.t('state.concurrentEdit')));
    const list = JSON.parse(sentParameters(serverless).properties.hc_lead_score_feedback);
    expect(list.at(-1)).toMatchObject({ verdict: 'disagree', reason: 'They are a partner, not a buyer' });
    expect(r.findByTestId(TextArea, 'hc-feedback-reason').props.value).toBe('They are a partner, not a buyer');
    expect(r.refresh).not.toHaveBeenCalled();
  });

  it.each([
    ['the call itself fails', async () => Promise.reject(new Error('Network down')), en.t('state.saveFailed', { reason: en.t('save.unconfirmed') })],
    [
      'HubSpot answers an error',
      { ok: false, code: 'hubspot_error', params: { status: 502 } },
      en.t('state.saveFailed', { reason: en.t('save.hubspotError', { status: '502' }) }),
    ],
    [
      'the app lacks a scope',
      { ok: false, code: 'not_allowed', params: { status: 403 } },
      en.t('state.saveFailed', { reason: en.t('save.notAllowed', { status: '403' }) }),
    ],
    ['the answer is not one the card knows', { nonsense: true }, en.t('state.saveFailed', { reason: en.t('save.unconfirmed') })],
    [
      'HubSpot did not confirm the write',
      { ok: false, code: 'unconfirmed', params: { status: 502 } },
      en.t('state.saveFailed', { reason: en.t('save.unconfirmed') }),
    ],
  ])('says why when %s, in the user’s language, and sends the earlier feedback untouched', async (_label, answer, message) => {
    const serverless = mockServerless(answer);
    const r = renderCard(<LeadScoreCard now={now} />, { properties: bookProperties(hot) });
    r.findByTestId(Button, 'hc-feedback-not-helpful').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Alert, 'hc-save-failed').props.title).toBe(message));
    const list = JSON.parse(sentParameters(serverless).properties.hc_lead_score_feedback);
    expect(list.slice(0, -1)).toEqual(hotLead.feedback);
    expect(r.refresh).not.toHaveBeenCalled();
  });

  it('names the field when the function refuses what it was sent', async () => {
    mockServerless({
      ok: false,
      code: 'invalid_payload',
      params: { kind: 'lead-score' },
      problems: [{ path: 'feedback[1].verdict', code: 'invalid_value', severity: 'error', message: 'x' }],
    });
    const r = renderCard(<LeadScoreCard now={now} />, { properties: bookProperties(hot) });
    r.findByTestId(Button, 'hc-feedback-helpful').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Alert, 'hc-save-failed').props.title).toContain(en.t('field.common.verdict')));
  });

  it('says so when someone else’s change at the same moment was replaced', async () => {
    mockServerless({ ok: true, overwritten: ['hc_lead_score_feedback'] });
    const r = renderCard(<LeadScoreCard now={now} />, { properties: bookProperties(hot) });
    r.findByTestId(Button, 'hc-feedback-helpful').trigger('onClick');
    await r.waitFor(() =>
      expect(r.findByTestId(Alert, 'hc-saved-overwrote').props.title).toBe(en.t('save.overwrote', { properties: en.t('field.leadScore.feedback') })),
    );
  });

  it('refuses to add feedback to an unreadable stored list rather than overwrite it', () => {
    const serverless = mockServerless({ ok: true });
    const r = renderCard(<LeadScoreCard now={now} />, { properties: { ...bookProperties(hot), hc_lead_score_feedback: '[{"verdict":"help' } });
    r.findByTestId(Button, 'hc-feedback-helpful').trigger('onClick');
    expect(r.findByTestId(Alert, 'hc-save-refused')).toBeDefined();
    expect(serverless).not.toHaveBeenCalled();
  });
});

describe('LeadScoreCard: language', () => {
  const french = caseId('french', 'person');

  it('speaks the user’s language: the same record in en-US and in fr-FR', () => {
    const english = renderCard(<LeadScoreCard now={now} />, { properties: bookProperties(french), locale: 'en-US' });
    const r = renderCard(<LeadScoreCard now={now} />, { properties: bookProperties(french), locale: 'fr-FR' });
    expect(english.findByTestId(Button, 'hc-feedback-helpful').text).toBe(en.t('button.helpful'));
    expect(r.findByTestId(Button, 'hc-feedback-helpful').text).toBe(fr.t('button.helpful'));
    expect(fr.t('button.helpful')).not.toBe(en.t('button.helpful'));
    expect(wordsIn(r)).toContain(fr.t('section.whyScore'));
    expect(wordsIn(english)).not.toContain(fr.t('section.whyScore'));
  });

  it('says why a save failed in French', async () => {
    mockServerless({ ok: false, code: 'not_found', params: { status: 404 } });
    const r = renderCard(<LeadScoreCard now={now} />, { properties: bookProperties(french), locale: 'fr-FR' });
    r.findByTestId(Button, 'hc-feedback-helpful').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Alert, 'hc-save-failed').props.title).toBe(fr.t('state.saveFailed', { reason: fr.t('save.notFound') })));
  });
});
