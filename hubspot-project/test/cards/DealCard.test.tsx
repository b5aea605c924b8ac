/** The deal card on the sample book: deal risk and the handoff, the AE's editor, the CS review, both languages. */
import {
  Alert,
  Button,
  DateInput,
  EmptyState,
  ErrorState,
  Flex,
  Input,
  LoadingSpinner,
  NumberInput,
  ProgressBar,
  Select,
  Tag,
  Text,
  TextArea,
} from '@hubspot/ui-extensions';
import { dealRiskView, handoffView, parseHubSpotProperties, translator } from '@handoff-context/core';
import { DealCard } from '../../src/app/cards/DealCard';
import { cardReads } from '../../src/app/cards/utils/properties';
import { bookPayload, bookProperties, caseId, mockServerless, now, renderCard, sentParameters, wordsIn } from './helpers';

const en = translator('en-US');
const fr = translator('fr-FR');
const options = { locale: 'en-US', timeZone: 'UTC', now };

const forecast = caseId('forecast-discrepancy'); // deal risk, and a handoff still a draft
const draft = caseId('handoff-draft');
const submitted = caseId('handoff-submitted');
const accepted = caseId('handoff-accepted');
const returned = caseId('handoff-returned');
const seenOf = (properties: Record<string, string>) => Object.fromEntries(cardReads.hc_deal_card.properties.map((n) => [n, properties[n] ?? null]));

afterEach(() => jest.restoreAllMocks());

describe('DealCard: deal risk', () => {
  it('shows the AI win probability against the rep’s forecast, the risks by severity and the forecast conflict', () => {
    const properties = bookProperties(forecast);
    const r = renderCard(<DealCard now={now} />, { properties });
    const view = dealRiskView(parseHubSpotProperties('deal-risk', properties), options);
    const words = wordsIn(r);
    expect(words).toContain(view.winProbability!.valueText);
    expect(words).toContain(view.repForecast!.categoryText);
    for (const risk of bookPayload(forecast, 'deal-risk').riskFactors) expect(words).toContain(risk.label);
    expect(view.risks.map((x) => x.severityText).every((s) => words.includes(s))).toBe(true);
    expect(r.findByTestId(Alert, 'hc-conflict-forecast-discrepancy').props.title).toBe(en.t('conflict.forecast.title'));
  });

  it('shows the forecast decision open until the meeting day, then overdue in words, not by colour alone', () => {
    const properties = bookProperties(forecast);
    const open = renderCard(<DealCard now={now} />, { properties });
    const openAlert = open.findByTestId(Alert, 'hc-conflict-forecast-discrepancy');
    expect(openAlert.props.variant).toBe('warning');
    expect(open.maybeFindByTestId(Tag, 'hc-conflict-state-forecast-discrepancy')).toBeNull();
    // Scored on Thursday Nov 19: the forecast meeting (weekly, Monday) is Nov 23.
    expect(wordsIn(open)).toContain('Decide by Nov 23, 2026, at the forecast meeting');

    const later = new Date('2026-11-24T09:00:00Z');
    const r = renderCard(<DealCard now={later} />, { properties });
    const alert = r.findByTestId(Alert, 'hc-conflict-forecast-discrepancy');
    expect(alert.props.variant).toBe('danger');
    expect(r.findByTestId(Tag, 'hc-conflict-state-forecast-discrepancy').text).toBe(en.t('conflict.state.overdue'));
    expect(wordsIn(r)).toContain('Decision overdue since Nov 23, 2026');
  });

  it('says in French that the forecast decision is overdue', () => {
    const r = renderCard(<DealCard now={new Date('2026-11-24T09:00:00Z')} />, { properties: bookProperties(forecast), locale: 'fr-FR' });
    expect(r.findByTestId(Tag, 'hc-conflict-state-forecast-discrepancy').text).toBe(fr.t('conflict.state.overdue'));
    expect(wordsIn(r)).toContain('Décision en retard depuis le 23 nov. 2026');
  });

  it('raises no forecast conflict on a healthy deal', () => {
    const r = renderCard(<DealCard now={now} />, { properties: bookProperties(caseId('healthy-deal')) });
    expect(r.findByTestId(Flex, 'hc-deal-risk')).toBeDefined();
    expect(r.maybeFindByTestId(Alert, 'hc-conflict-forecast-discrepancy')).toBeNull();
  });

  it('shows both empty states on a deal with no score and no handoff', () => {
    const words = wordsIn(renderCard(<DealCard now={now} />, { properties: {} }));
    expect(words).toContain(en.t('dealRisk.empty'));
    expect(words).toContain(en.t('handoff.empty'));
  });

  it('shows a spinner while loading, and the permission to ask for when reading fails', () => {
    expect(renderCard(<DealCard now={now} />, { loading: true }).find(LoadingSpinner).props.label).toBe(en.t('state.loading'));
    const failed = renderCard(<DealCard now={now} />, { error: new Error('403') });
    expect(wordsIn(failed.find(ErrorState))).toContain(en.t('access.hubspot', { objectType: 'deal' }));
    failed.find(Button).trigger('onClick');
    expect(failed.refetch).toHaveBeenCalled();
  });

  it('flags a stale deal score', () => {
    const later = new Date(now.getTime() + 120 * 86_400_000);
    expect(
      renderCard(<DealCard now={later} />, { properties: bookProperties(forecast) })
        .findAll(Tag)
        .filter((t) => t.props.testId === 'hc-stale').length,
    ).toBeGreaterThan(0);
    expect(renderCard(<DealCard now={now} />, { properties: bookProperties(forecast) }).maybeFindByTestId(Tag, 'hc-stale')).toBeNull();
  });

  it('survives HubSpot’s fake_ property values and malformed payloads, and says so in words', () => {
    const fake = renderCard(<DealCard now={now} />, { fake: true });
    expect(wordsIn(fake)).not.toContain('fake_');
    const bad = renderCard(<DealCard now={now} />, { properties: { ...bookProperties(forecast), hc_deal_risk_payload: '[1,2' } });
    expect(bad.findByTestId(Alert, 'hc-deal-risk-invalid').props.variant).toBe('danger');
  });
});

describe('DealCard: handoff', () => {
  it('shows the status in words, the completeness meter and what is missing', () => {
    const properties = bookProperties(draft);
    const r = renderCard(<DealCard now={now} />, { properties });
    const view = handoffView(parseHubSpotProperties('sales-to-cs', properties), options);
    expect(r.findByTestId(Tag, 'hc-handoff-status').text).toBe(en.t('enum.handoffStatus.draft'));
    expect(r.find(ProgressBar, { title: en.t('section.completeness') }).props.value).toBe(view.completeness.percent);
    expect(wordsIn(r)).toContain(view.completeness.missingText!);
    expect(wordsIn(r)).toContain(bookPayload(draft, 'sales-to-cs').desiredOutcome.requiredOutcome);
  });

  it('reports the metric contradiction the book plants (the ARR column disagrees with the document)', () => {
    const r = renderCard(<DealCard now={now} />, { properties: bookProperties(caseId('metric-contradiction')) });
    expect(r.findByTestId(Alert, 'hc-conflict-metric-contradiction').props.title).toBe(en.t('conflict.metric.title'));
  });

  it('saves a draft through the app function with the handoff properties and everything the card read', async () => {
    const serverless = mockServerless({ ok: true });
    const properties = bookProperties(draft);
    const r = renderCard(<DealCard now={now} />, { properties });
    r.findByTestId(Button, 'hc-edit-handoff').trigger('onClick');
    r.findByTestId(TextArea, 'hc-whyWon').trigger('onChange', 'Route planning for both depots' as never);
    r.findByTestId(Button, 'hc-save-draft').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Alert, 'hc-saved')).toBeDefined());
    expect(serverless.mock.calls[0][0]).toBe('hc_save_properties');
    const sent = sentParameters(serverless);
    expect(sent).toMatchObject({ objectType: 'deals', objectId: '42', seen: seenOf(properties) });
    expect(JSON.parse(sent.properties.hc_handoff_payload)).toEqual({ ...bookPayload(draft, 'sales-to-cs'), whyWon: 'Route planning for both depots' });
    expect(sent.properties.hc_handoff_completeness).toBe(properties.hc_handoff_completeness);
    expect(sent.properties.hc_handoff_status).toBeUndefined();
    expect(r.refresh).toHaveBeenCalled();
  });

  it('refuses to submit an incomplete handoff, names what is missing and keeps what was typed', () => {
    const serverless = mockServerless({ ok: true });
    const r = renderCard(<DealCard now={now} />, { properties: bookProperties(draft) });
    r.findByTestId(Button, 'hc-edit-handoff').trigger('onClick');
    r.findByTestId(Input, 'hc-commercialTerms-currency').trigger('onChange', 'EUR' as never);
    r.findByTestId(Button, 'hc-submit-handoff').trigger('onClick');
    const refusal = r.findByTestId(Alert, 'hc-save-refused').props.title;
    expect(refusal).toContain(en.t('field.handoff.commercialTerms.arr'));
    expect(serverless).not.toHaveBeenCalled();
    expect(r.findByTestId(Input, 'hc-commercialTerms-currency').props.value).toBe('EUR');
  });

  it('marks each field a refused submit names, with its message under it, and clears a mark once the field is changed', () => {
    mockServerless({ ok: true });
    const r = renderCard(<DealCard now={now} />, { properties: bookProperties(draft) });
    r.findByTestId(Button, 'hc-edit-handoff').trigger('onClick');
    expect(r.findByTestId(NumberInput, 'hc-commercialTerms-arr').props.error).toBeFalsy();
    r.findByTestId(Button, 'hc-submit-handoff').trigger('onClick');
    expect(r.findByTestId(NumberInput, 'hc-commercialTerms-arr').props).toMatchObject({ error: true, validationMessage: 'ARR is missing.' });
    expect(r.findByTestId(NumberInput, 'hc-commercialTerms-termMonths').props).toMatchObject({ error: true, validationMessage: 'Term (months) is missing.' });
    expect(r.findByTestId(DateInput, 'hc-commercialTerms-renewalDate').props).toMatchObject({ error: true, validationMessage: 'Renewal date is missing.' });
    expect(r.findByTestId(Input, 'hc-commercialTerms-currency').props.error).toBeFalsy();
    // Success criteria has no entry yet: the message sits by its Add button.
    expect(r.findByTestId(Text, 'hc-list-error-successCriteria').text).toBe('Success criteria is missing.');

    r.findByTestId(NumberInput, 'hc-commercialTerms-arr').trigger('onChange', 120000 as never);
    expect(r.findByTestId(NumberInput, 'hc-commercialTerms-arr').props.error).toBeFalsy();
    expect(r.findByTestId(NumberInput, 'hc-commercialTerms-termMonths').props.error).toBe(true);
    r.findByTestId(Button, 'hc-add-successCriteria').trigger('onClick');
    expect(r.maybeFindByTestId(Text, 'hc-list-error-successCriteria')).toBeNull();
    // An entry left half filled in: its own inputs are marked, not the list.
    r.findByTestId(Input, 'hc-successCriteria-0-metric').trigger('onChange', 'Late deliveries' as never);
    r.findByTestId(Button, 'hc-submit-handoff').trigger('onClick');
    expect(r.findByTestId(Input, 'hc-successCriteria-0-target').props).toMatchObject({
      error: true,
      validationMessage: 'Target (Success criteria, entry 1) is missing.',
    });
    expect(r.findByTestId(Input, 'hc-successCriteria-0-metric').props.error).toBeFalsy();
    expect(r.maybeFindByTestId(Text, 'hc-list-error-successCriteria')).toBeNull();
  });

  it('resubmits a returned handoff: status, frozen copy and submission time', async () => {
    const serverless = mockServerless({ ok: true });
    const r = renderCard(<DealCard now={now} />, { properties: bookProperties(returned) });
    expect(r.findByTestId(Tag, 'hc-handoff-status').text).toBe(en.t('enum.handoffStatus.returned'));
    r.findByTestId(Button, 'hc-edit-handoff').trigger('onClick');
    r.findByTestId(Button, 'hc-submit-handoff').trigger('onClick');
    await r.waitFor(() => expect(serverless).toHaveBeenCalled());
    const sent = sentParameters(serverless).properties;
    expect(sent.hc_handoff_status).toBe('submitted');
    expect(sent.hc_handoff_submitted_payload).toBe(sent.hc_handoff_payload);
    // CS's review columns are CS's to write: the resubmit leaves the last return as CS left it.
    expect(Object.keys(sent).filter((name) => /^hc_handoff_(reviewed|return)_/.test(name))).toEqual([]);
    expect(JSON.parse(sent.hc_handoff_payload).timeline.submittedAt).toBe(now.toISOString());
  });

  it('Kestrel Insights: 100 % filled in, but "0 of 2 confirmed by the customer", and a warning before submit that does not block it', async () => {
    const serverless = mockServerless({ ok: true });
    const r = renderCard(<DealCard now={now} />, { properties: bookProperties('kestrel-deal-insights') });
    expect(r.findByTestId(Text, 'hc-completeness-confirmed').text).toBe('0 of 2 success criteria confirmed by the customer');
    expect(r.maybeFindByTestId(Alert, 'hc-submit-warnings')).toBeNull();
    r.findByTestId(Button, 'hc-edit-handoff').trigger('onClick');
    const warnings = r.findByTestId(Alert, 'hc-submit-warnings');
    expect(warnings.props).toMatchObject({ variant: 'warning', title: en.t('submitWarning.heading') });
    expect(warnings.find(Text).text).toBe(en.t('submitWarning.noConfirmedCriterion'));
    expect(warnings.find(Text).props.testId).toBe('hc-submit-warning-successCriteria');
    r.findByTestId(Button, 'hc-submit-handoff').trigger('onClick');
    await r.waitFor(() => expect(serverless).toHaveBeenCalled());
    expect(sentParameters(serverless).properties.hc_handoff_status).toBe('submitted');
  });

  it("Verdier: warns the AE about a positive read of a company whose health is 31/100, read from the deal's company", () => {
    const properties = bookProperties('verdier-deal-insights');
    const company = { toObjectId: 7, properties: bookProperties('groupe-verdier') };
    const r = renderCard(<DealCard now={now} />, { properties, associations: [company] });
    r.findByTestId(Button, 'hc-edit-handoff').trigger('onClick');
    expect(r.findByTestId(Text, 'hc-submit-warning-accountSentiment').text).toBe(
      'You read the account as positive, but its health is weak (31). Check your read with Customer Success, or say why in the handoff.',
    );
    // No company health read: nothing to warn about on that count.
    const alone = renderCard(<DealCard now={now} />, { properties });
    alone.findByTestId(Button, 'hc-edit-handoff').trigger('onClick');
    expect(alone.maybeFindByTestId(Text, 'hc-submit-warning-accountSentiment')).toBeNull();
  });

  it('keeps the draft and says why when the handoff changed meanwhile', async () => {
    mockServerless({ ok: false, code: 'conflict', params: { properties: 'hc_handoff_payload' } });
    const r = renderCard(<DealCard now={now} />, { properties: bookProperties(draft) });
    r.findByTestId(Button, 'hc-edit-handoff').trigger('onClick');
    r.findByTestId(Input, 'hc-commercialTerms-currency').trigger('onChange', 'USD' as never);
    r.findByTestId(Button, 'hc-save-draft').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Alert, 'hc-save-failed').props.title).toBe(en.t('state.concurrentEdit')));
    expect(r.findByTestId(Input, 'hc-commercialTerms-currency').props.value).toBe('USD');
    expect(r.findByTestId(Button, 'hc-save-draft')).toBeDefined();
  });

  it('keeps the draft when the function refuses the document, naming the field', async () => {
    mockServerless({
      ok: false,
      code: 'invalid_payload',
      params: { kind: 'sales-to-cs' },
      problems: [{ path: 'commercialTerms.currency', code: 'invalid_format', severity: 'error', message: 'x' }],
    });
    const r = renderCard(<DealCard now={now} />, { properties: bookProperties(draft) });
    r.findByTestId(Button, 'hc-edit-handoff').trigger('onClick');
    r.findByTestId(Input, 'hc-commercialTerms-currency').trigger('onChange', 'USD' as never);
    r.findByTestId(Button, 'hc-save-draft').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Alert, 'hc-save-failed').props.title).toContain(en.t('field.handoff.commercialTerms.currency')));
    expect(r.findByTestId(Input, 'hc-commercialTerms-currency').props.value).toBe('USD');
  });

  it('lets CS accept a submitted handoff, and offers no editing', async () => {
    const serverless = mockServerless({ ok: true });
    const r = renderCard(<DealCard now={now} />, { properties: bookProperties(submitted) });
    expect(r.maybeFindByTestId(Button, 'hc-edit-handoff')).toBeNull();
    r.findByTestId(Button, 'hc-accept-handoff').trigger('onClick');
    await r.waitFor(() => expect(serverless).toHaveBeenCalled());
    expect(sentParameters(serverless).properties).toEqual({
      hc_handoff_status: 'accepted',
      hc_handoff_reviewed_by: 'Camille Martin',
      hc_handoff_reviewed_at: now.toISOString(),
      hc_handoff_return_reason: '',
      hc_handoff_return_note: '',
    });
  });

  it('returns a handoff only with a reason code, and sends the note', async () => {
    const serverless = mockServerless({ ok: true });
    const r = renderCard(<DealCard now={now} />, { properties: bookProperties(submitted) });
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
    expect(sentParameters(serverless).properties).toMatchObject({
      hc_handoff_status: 'returned',
      hc_handoff_return_reason: 'unclear-commitments',
      hc_handoff_return_note: 'Who owns the Salesforce integration?',
    });
  });

  it('marks a commitment past its due date overdue and one due within two weeks due soon, in words', () => {
    const later = new Date('2027-02-20T09:00:00Z');
    const r = renderCard(<DealCard now={later} />, { properties: bookProperties(submitted) });
    // Due Jan 31, 2027 (overdue) and Feb 28, 2027 (due in 8 days); the other two have no date.
    expect(r.findByTestId(Tag, 'hc-commitment-due-commitment-1').text).toBe('Overdue');
    expect(r.findByTestId(Tag, 'hc-commitment-due-commitment-1').props.variant).toBe('error');
    expect(r.findByTestId(Tag, 'hc-commitment-due-commitment-3').text).toBe('Due soon');
    expect(r.maybeFindByTestId(Tag, 'hc-commitment-due-commitment-0')).toBeNull();
    const words = wordsIn(r);
    expect(words).toMatch(/Overdue since Jan 31, 2027/);
    expect(words).toMatch(/Due Feb 28, 2027/);
    const before = renderCard(<DealCard now={now} />, { properties: bookProperties(submitted) });
    expect(before.maybeFindByTestId(Tag, 'hc-commitment-due-commitment-1')).toBeNull();
  });

  it('shows a failed review save and keeps the reason and note', async () => {
    mockServerless(async () => Promise.reject(new Error('Network down')));
    const r = renderCard(<DealCard now={now} />, { properties: bookProperties(submitted) });
    r.findByTestId(Button, 'hc-return-handoff').trigger('onClick');
    r.findByTestId(Select, 'hc-return-reason').trigger('onChange', 'other' as never);
    r.findByTestId(TextArea, 'hc-return-note').trigger('onChange', 'Call me' as never);
    r.findByTestId(Button, 'hc-send-return').trigger('onClick');
    await r.waitFor(() => expect(r.findByTestId(Alert, 'hc-save-failed').props.title).toBe(en.t('state.saveFailed', { reason: en.t('save.unconfirmed') })));
    expect(r.findByTestId(TextArea, 'hc-return-note').props.value).toBe('Call me');
    expect(r.findByTestId(Select, 'hc-return-reason').props.value).toBe('other');
  });

  it('shows an accepted handoff with its review, and neither edits nor reviews it again', () => {
    const r = renderCard(<DealCard now={now} />, { properties: bookProperties(accepted) });
    expect(r.findByTestId(Tag, 'hc-handoff-status').text).toBe(en.t('enum.handoffStatus.accepted'));
    expect(r.maybeFindByTestId(Button, 'hc-edit-handoff')).toBeNull();
    expect(r.maybeFindByTestId(Button, 'hc-accept-handoff')).toBeNull();
  });

  it('never offers to overwrite an unreadable stored handoff', () => {
    const r = renderCard(<DealCard now={now} />, { properties: { ...bookProperties(forecast), hc_handoff_payload: '{"schemaVersion":1,"desiredOut' } });
    expect(r.findByTestId(Alert, 'hc-handoff-invalid').props.variant).toBe('danger');
    expect(r.maybeFindByTestId(Button, 'hc-edit-handoff')).toBeNull();
  });

  it('speaks the user’s language: the same deal in en-US and fr-FR', () => {
    const english = renderCard(<DealCard now={now} />, { properties: bookProperties(submitted), locale: 'en-US' });
    const r = renderCard(<DealCard now={now} />, { properties: bookProperties(submitted), locale: 'fr-FR' });
    expect(english.findByTestId(Button, 'hc-accept-handoff').text).toBe(en.t('button.acceptHandoff'));
    expect(r.findByTestId(Button, 'hc-accept-handoff').text).toBe(fr.t('button.acceptHandoff'));
    expect(r.findByTestId(Tag, 'hc-handoff-status').text).toBe(fr.t('enum.handoffStatus.submitted'));
    expect(fr.t('button.acceptHandoff')).not.toBe(en.t('button.acceptHandoff'));
  });

  it('says in French why a save did not happen', async () => {
    mockServerless({ ok: false, code: 'forbidden', params: { property: 'hc_handoff_status' } });
    const r = renderCard(<DealCard now={now} />, { properties: bookProperties(submitted), locale: 'fr-FR' });
    r.findByTestId(Button, 'hc-accept-handoff').trigger('onClick');
    await r.waitFor(() =>
      expect(r.findByTestId(Alert, 'hc-save-failed').props.title).toBe(
        fr.t('state.saveFailed', { reason: fr.t('save.forbidden', { property: fr.t('field.handoff.review.status') }) }),
      ),
    );
  });
});

it('the empty deal offers a new handoff in an empty editor', () => {
  const r = renderCard(<DealCard now={now} />, { properties: {} });
  expect(r.find(EmptyState)).toBeDefined();
  r.findByTestId(Button, 'hc-edit-handoff').trigger('onClick');
  expect(r.findByTestId(TextArea, 'hc-whyWon').props.value).toBe('');
});
