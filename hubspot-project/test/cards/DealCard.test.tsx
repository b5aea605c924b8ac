/** The deal card: deal risk and the handoff, with the AE's editor and the CS review, in both languages. */
import { Alert, Button, Input, ProgressBar, Select, Tag, TextArea } from '@hubspot/ui-extensions';
import { dealRiskView, parseHubSpotProperties, submitHandoff, toHubSpotProperties, translator } from '@handoff-context/core';
import { DealCard } from '../../src/app/cards/DealCard';
import { mockServerless, now, payload, propertiesOf, renderCard, seenModifiedAt, wordsIn } from './helpers';

const risk = payload('deal-risk');
const handoff = payload('sales-to-cs');
const en = translator('en-US');
const fr = translator('fr-FR');

const draftProperties = () => ({ ...propertiesOf('deal-risk', risk), ...propertiesOf('sales-to-cs', handoff), hc_handoff_status: 'draft' });
function submittedProperties() {
  const submitted = submitHandoff(handoff, { by: 'Alex Kim', now: '2026-11-22T09:00:00Z', platform: 'hubspot' });
  if (!submitted.ok) throw new Error(JSON.stringify(submitted.problems));
  return { ...propertiesOf('deal-risk', risk), ...toHubSpotProperties(submitted.columns) };
}
const sentProperties = (spy: jest.SpyInstance) => (spy.mock.calls[0][1] as any).parameters.properties as Record<string, string>;

afterEach(() => jest.restoreAllMocks());

describe('DealCard: deal risk', () => {
  it('shows the AI win probability against the rep’s forecast, the risks by severity and the conflicts the core raises', () => {
    const properties = draftProperties();
    const r = renderCard(<DealCard now={now} />, { properties });
    const view = dealRiskView(parseHubSpotProperties('deal-risk', properties), { locale: 'en-US', timeZone: 'UTC', now });
    const words = wordsIn(r.findByTestId(Tag, 'hc-handoff-status') && r);
    expect(words).toContain('Economic buyer has not joined a call');
    expect(words).toContain(view.winProbability!.valueText);
    expect(words).toContain(view.repForecast!.categoryText);
    expect(view.risks.map((x) => x.severityText).every((s) => words.includes(s))).toBe(true);
    for (const conflict of view.conflicts) expect(r.findByTestId(Alert, `hc-conflict-${conflict.type}`).props.title).toBe(conflict.title);
  });

  it('shows both empty states when the deal has no score and no handoff', () => {
    const r = renderCard(<DealCard now={now} />, { properties: {} });
    const words = wordsIn(r);
    expect(words).toContain(en.t('dealRisk.empty'));
    expect(words).toContain(en.t('handoff.empty'));
    expect(r.findByTestId(Button, 'hc-edit-handoff')).toBeDefined();
  });
});

describe('DealCard: handoff', () => {
  it('shows the status in words and the completeness meter', () => {
    const r = renderCard(<DealCard now={now} />, { properties: draftProperties() });
    expect(r.findByTestId(Tag, 'hc-handoff-status').text).toBe(en.t('enum.handoffStatus.draft'));
    const meter = r.find(ProgressBar, { title: en.t('section.completeness') });
    expect(meter.props.value).toBe(100);
    expect(wordsIn(r)).toContain('Cut onboarding time for new customers from 60 to 20 days.');
  });

  it('saves a draft through the app function with the handoff properties and the last-modified date', async () => {
    const serverless = mockServerless({ ok: true });
    const r = renderCard(<DealCard now={now} />, { properties: draftProperties() });
    r.findByTestId(Button, 'hc-edit-handoff').trigger('onClick');
    r.findByTestId(TextArea, 'hc-whyWon').trigger('onChange', 'Best onboarding templates' as never);
    r.findByTestId(Button, 'hc-save-draft').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Alert, 'hc-saved')).toBeDefined());
    const [uid, options] = serverless.mock.calls[0] as [string, any];
    expect(uid).toBe('hc_save_properties');
    expect(options.parameters).toMatchObject({ objectType: 'deals', objectId: '42', seenModifiedAt });
    expect(JSON.parse(options.parameters.properties.hc_handoff_payload).whyWon).toBe('Best onboarding templates');
    expect(options.parameters.properties.hc_handoff_completeness).toBe('100');
    expect(r.refresh).toHaveBeenCalled();
  });

  it('submits a complete handoff: status, frozen copy and submission time', async () => {
    const serverless = mockServerless({ ok: true });
    const r = renderCard(<DealCard now={now} />, { properties: draftProperties() });
    r.findByTestId(Button, 'hc-edit-handoff').trigger('onClick');
    r.findByTestId(Button, 'hc-submit-handoff').trigger('onClick');
    await r.waitFor(() => expect(serverless).toHaveBeenCalled());
    const sent = sentProperties(serverless);
    expect(sent.hc_handoff_status).toBe('submitted');
    expect(sent.hc_handoff_submitted_payload).toBe(sent.hc_handoff_payload);
    expect(sent.hc_handoff_submitted_at).toBe(now.toISOString().replace('.000Z', '.000Z'));
  });

  it('refuses to submit an incomplete handoff, names what is missing and keeps what was typed', async () => {
    const serverless = mockServerless({ ok: true });
    const r = renderCard(<DealCard now={now} />, { properties: { ...propertiesOf('deal-risk', risk) } });
    r.findByTestId(Button, 'hc-edit-handoff').trigger('onClick');
    r.findByTestId(TextArea, 'hc-desiredOutcome-requiredOutcome').trigger('onChange', 'Halve churn' as never);
    expect(r.find(ProgressBar, { title: en.t('section.completeness') }).props.value).toBeGreaterThan(0);
    r.findByTestId(Button, 'hc-submit-handoff').trigger('onClick');
    expect(r.findByTestId(Alert, 'hc-save-refused').props.title).toContain(en.t('state.saveFailed', { reason: '' }).trim().slice(0, 10));
    expect(serverless).not.toHaveBeenCalled();
    expect(r.findByTestId(TextArea, 'hc-desiredOutcome-requiredOutcome').props.value).toBe('Halve churn');
  });

  it('keeps the draft and says why when the record changed meanwhile', async () => {
    mockServerless({ ok: false, code: 'conflict', message: 'changed' });
    const r = renderCard(<DealCard now={now} />, { properties: draftProperties() });
    r.findByTestId(Button, 'hc-edit-handoff').trigger('onClick');
    r.findByTestId(Input, 'hc-commercialTerms-currency').trigger('onChange', 'USD' as never);
    r.findByTestId(Button, 'hc-save-draft').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Alert, 'hc-save-failed').props.title).toBe(en.t('state.concurrentEdit')));
    expect(r.findByTestId(Input, 'hc-commercialTerms-currency').props.value).toBe('USD');
  });

  it('lets CS accept a submitted handoff', async () => {
    const serverless = mockServerless({ ok: true });
    const r = renderCard(<DealCard now={now} />, { properties: submittedProperties() });
    expect(r.maybeFindByTestId(Button, 'hc-edit-handoff')).toBeNull();
    r.findByTestId(Button, 'hc-accept-handoff').trigger('onClick');
    await r.waitFor(() => expect(serverless).toHaveBeenCalled());
    expect(sentProperties(serverless)).toMatchObject({
      hc_handoff_status: 'accepted',
      hc_handoff_reviewed_by: 'Camille Martin',
      hc_handoff_reviewed_at: now.toISOString(),
    });
  });

  it('returns a handoff only with a reason code, and sends the note', async () => {
    const serverless = mockServerless({ ok: true });
    const r = renderCard(<DealCard now={now} />, { properties: submittedProperties() });
    r.findByTestId(Button, 'hc-return-handoff').trigger('onClick');
    r.findByTestId(Button, 'hc-send-return').trigger('onClick');
    expect(r.findByTestId(Alert, 'hc-save-refused')).toBeDefined();
    expect(serverless).not.toHaveBeenCalled();

    const reasons = r.findByTestId(Select, 'hc-return-reason').props.options.map((o: { label: string }) => o.label);
    expect(reasons).toContain(en.t('enum.returnReason.unclearCommitments'));
    r.findByTestId(Select, 'hc-return-reason').trigger('onChange', 'unclear-commitments' as never);
    r.findByTestId(TextArea, 'hc-return-note').trigger('onChange', 'Who owns the Salesforce integration?' as never);
    r.findByTestId(Button, 'hc-send-return').trigger('onClick');
    await r.waitFor(() => expect(serverless).toHaveBeenCalled());
    expect(sentProperties(serverless)).toMatchObject({
      hc_handoff_status: 'returned',
      hc_handoff_return_reason: 'unclear-commitments',
      hc_handoff_return_note: 'Who owns the Salesforce integration?',
    });
  });

  it('never offers to overwrite an unreadable stored handoff', () => {
    const r = renderCard(<DealCard now={now} />, { properties: { ...propertiesOf('deal-risk', risk), hc_handoff_payload: '{"schemaVersion":1,"desiredOut' } });
    expect(r.findByTestId(Alert, 'hc-handoff-invalid').props.variant).toBe('danger');
    expect(r.maybeFindByTestId(Button, 'hc-edit-handoff')).toBeNull();
  });

  it('survives HubSpot’s fake_ property values', () => {
    const r = renderCard(<DealCard now={now} />, { properties: { hc_handoff_status: 'fake_hc_handoff_status', hc_win_probability: 'fake_hc_win_probability' } });
    expect(wordsIn(r)).not.toContain('fake_hc_handoff_status');
  });

  it('speaks French for fr-FR', () => {
    const r = renderCard(<DealCard now={now} />, { properties: submittedProperties(), locale: 'fr-FR' });
    expect(r.findByTestId(Button, 'hc-accept-handoff').text).toBe(fr.t('button.acceptHandoff'));
    expect(r.findByTestId(Tag, 'hc-handoff-status').text).toBe(fr.t('enum.handoffStatus.submitted'));
  });
});
