/** The contact card: the lead score and why, every state, feedback saving and both languages. */
import { Alert, Button, EmptyState, ErrorState, LoadingSpinner, Tag, TextArea } from '@hubspot/ui-extensions';
import { translator } from '@handoff-context/core';
import { LeadScoreCard } from '../../src/app/cards/LeadScoreCard';
import { mockServerless, now, payload, propertiesOf, renderCard, seenModifiedAt, wordsIn } from './helpers';

const lead = payload('lead-score');
const en = translator('en-US');
const fr = translator('fr-FR');

afterEach(() => jest.restoreAllMocks());

describe('LeadScoreCard', () => {
  it('shows the score, its scale and level in words, the factors with direction and weight, and the next action', () => {
    const r = renderCard(<LeadScoreCard now={now} />, { properties: propertiesOf('lead-score', lead) });
    const all = wordsIn(r);
    expect(all).toContain(`82 ${en.t('score.outOf', { max: 100 })}`);
    expect(all).toContain(en.t('score.band', { band: 'A' }));
    expect(all).toContain('Visited the pricing page 3 times');
    expect(all).toContain('Call about the pricing questions');
    expect(all).toContain('Customer onboarding software');
    const tags = r.findAll(Tag).map((n) => n.text);
    expect(tags).toContain(`+ ${en.t('enum.direction.raises')}`);
    expect(tags.some((tag) => tag?.includes(en.t('enum.direction.lowers')))).toBe(true);
    expect(tags).toContain(en.t('level.high'));
  });

  it('shows a spinner while loading', () => {
    const r = renderCard(<LeadScoreCard now={now} />, { loading: true });
    expect(r.find(LoadingSpinner).props.label).toBe(en.t('state.loading'));
  });

  it('says there is no score yet when nothing is stored', () => {
    const r = renderCard(<LeadScoreCard now={now} />, { properties: {} });
    expect(wordsIn(r.find(EmptyState))).toContain(en.t('leadScore.empty'));
  });

  it('says what permission to ask for when the CRM hook fails, and can retry', () => {
    const r = renderCard(<LeadScoreCard now={now} />, { error: new Error('403') });
    const state = r.find(ErrorState);
    expect(wordsIn(state)).toContain(en.t('access.hubspot', { objectType: 'contact' }));
    r.find(Button).trigger('onClick');
    expect(r.refetch).toHaveBeenCalled();
  });

  it('never crashes on HubSpot’s fake_ mock values or a cut payload, and says what is wrong', () => {
    const fake = renderCard(<LeadScoreCard now={now} />, {});
    expect(fake.maybeFind(Alert) ?? fake.maybeFind(EmptyState)).not.toBeNull();
    const cut = renderCard(<LeadScoreCard now={now} />, { properties: { hc_lead_score_payload: '{"schemaVersion":2,"score":{"val' } });
    const alert = cut.find(Alert);
    expect(alert.props.variant).toBe('danger');
    expect(alert.text ?? '').not.toContain('{');
  });

  it('flags a stale score in words', () => {
    const r = renderCard(<LeadScoreCard now={new Date('2027-03-01T00:00:00Z')} />, { properties: propertiesOf('lead-score', lead) });
    expect(r.findByTestId(Tag, 'hc-stale').props.variant).toBe('warning');
  });

  it('raises the lead quality conflict when sales rejected a strong lead', () => {
    const rejected = { ...lead, disposition: { status: 'rejected', reason: 'No budget this year', by: 'Sam', at: '2026-11-21T10:00:00Z' } };
    const r = renderCard(<LeadScoreCard now={now} />, { properties: propertiesOf('lead-score', rejected) });
    const conflict = r.findByTestId(Alert, 'hc-conflict-lead-quality');
    expect(conflict.props.title).toBe(en.t('conflict.leadQuality.title'));
    expect(wordsIn(conflict)).toContain(en.t('role.revops'));
  });

  it('sends "helpful" through the app function with the record’s last-modified date, then refreshes', async () => {
    const serverless = mockServerless({ ok: true, modifiedAt: '2026-11-23T10:00:01Z' });
    const r = renderCard(<LeadScoreCard now={now} />, { properties: propertiesOf('lead-score', lead) });
    r.findByTestId(Button, 'hc-feedback-helpful').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Alert, 'hc-saved').props.title).toBe(en.t('feedback.sent')));
    expect(serverless).toHaveBeenCalledWith('hc_save_properties', {
      parameters: {
        objectType: 'contacts',
        objectId: '42',
        seenModifiedAt,
        properties: { hc_lead_score_feedback: JSON.stringify([{ verdict: 'helpful', by: 'Camille Martin', at: now.toISOString() }]) },
      },
    });
    expect(r.refresh).toHaveBeenCalled();
    expect(r.refetch).toHaveBeenCalled();
  });

  it('needs a reason to disagree, and keeps it when the save is refused because the record changed', async () => {
    const serverless = mockServerless({ ok: false, code: 'conflict', message: 'changed' });
    const r = renderCard(<LeadScoreCard now={now} />, { properties: propertiesOf('lead-score', lead) });
    r.findByTestId(Button, 'hc-feedback-disagree').trigger('onClick');
    r.findByTestId(Button, 'hc-feedback-send').trigger('onClick');
    expect(r.findByTestId(TextArea, 'hc-feedback-reason').props.validationMessage).toBe(en.t('feedback.reasonRequired'));
    expect(serverless).not.toHaveBeenCalled();

    r.findByTestId(TextArea, 'hc-feedback-reason').trigger('onChange', 'They are a partner, not a buyer' as never);
    r.findByTestId(Button, 'hc-feedback-send').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Alert, 'hc-save-failed').props.title).toBe(en.t('state.concurrentEdit')));
    const sent = (serverless.mock.calls[0][1] as any).parameters.properties.hc_lead_score_feedback;
    expect(JSON.parse(sent)[0]).toMatchObject({ verdict: 'disagree', reason: 'They are a partner, not a buyer' });
    expect(r.findByTestId(TextArea, 'hc-feedback-reason').props.value).toBe('They are a partner, not a buyer');
    expect(r.refresh).not.toHaveBeenCalled();
  });

  it('shows a failed call and keeps the earlier feedback untouched in what it sends', async () => {
    const earlier = [{ verdict: 'not-helpful', by: 'Sam', at: '2026-11-21T10:00:00Z' }];
    const serverless = mockServerless(async () => Promise.reject(new Error('Network down')));
    const r = renderCard(<LeadScoreCard now={now} />, {
      properties: { ...propertiesOf('lead-score', lead), hc_lead_score_feedback: JSON.stringify(earlier) },
    });
    r.findByTestId(Button, 'hc-feedback-not-helpful').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Alert, 'hc-save-failed').props.title).toBe(en.t('state.saveFailed', { reason: 'Network down' })));
    const sent = JSON.parse((serverless.mock.calls[0][1] as any).parameters.properties.hc_lead_score_feedback);
    expect(sent).toEqual([...earlier, { verdict: 'not-helpful', by: 'Camille Martin', at: now.toISOString() }]);
  });

  it('refuses to add feedback to an unreadable stored list rather than overwrite it', async () => {
    const serverless = mockServerless({ ok: true });
    const r = renderCard(<LeadScoreCard now={now} />, { properties: { ...propertiesOf('lead-score', lead), hc_lead_score_feedback: '[{"verdict":"help' } });
    r.findByTestId(Button, 'hc-feedback-helpful').trigger('onClick');
    expect(r.findByTestId(Alert, 'hc-save-refused')).toBeDefined();
    expect(serverless).not.toHaveBeenCalled();
  });

  it('speaks the user’s language: French text for fr-FR', () => {
    const r = renderCard(<LeadScoreCard now={now} />, { properties: propertiesOf('lead-score', lead), locale: 'fr-FR' });
    expect(r.findByTestId(Button, 'hc-feedback-helpful').text).toBe(fr.t('button.helpful'));
    expect(fr.t('button.helpful')).not.toBe(en.t('button.helpful'));
    const tags = r.findAll(Tag).map((n) => n.text);
    expect(tags).toContain(fr.t('level.high'));
  });
});
