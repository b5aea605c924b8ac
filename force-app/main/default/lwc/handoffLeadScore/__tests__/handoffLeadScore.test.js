import { createElement } from 'lwc';
import HandoffLeadScore from 'c/handoffLeadScore';
import { getRecord, updateRecord } from 'lightning/uiRecordApi';
import USER_ID from '@salesforce/user/Id';
import { LAST_MODIFIED, bookPayload, daysAgo, flushPromises, recordWith, withoutHandoffFields } from '../../../../../test/records';
import { linesOf, wordsRunTogether } from '../../../../../test/cards';

const noAccessError = require('./data/getRecordNoAccess.json');
const serverError = require('./data/getRecordError.json');
const updateConflict = require('./data/updateConflict.json');
const updateFieldReadOnly = require('./data/updateFieldReadOnly.json');
const malformedRecord = require('./data/malformedRecord.json');
const emptyRecord = require('./data/emptyRecord.json');
const leadFeedback = require('./data/leadFeedback.json');

const LEAD_ID = '00Q000000000001AAA';
const isLead = (config) => config.recordId === LEAD_ID;

function freshPayload(overrides = {}) {
    return { ...bookPayload('tallgrass-lead-jreyes', 'lead-score'), scoredAt: daysAgo(1), ...overrides };
}

function leadRecord(payload = freshPayload(), extra = {}) {
    return recordWith('lead-score', 'Lead', LEAD_ID, payload, extra);
}

// Wire configurations are set after the element connects: let them settle before emitting.
async function render(props = {}) {
    const element = createElement('c-handoff-lead-score', { is: HandoffLeadScore });
    Object.assign(element, {
        recordId: LEAD_ID,
        objectApiName: 'Lead',
        showFactors: true,
        showIntentSignals: true,
        showEngagement: true,
        showNextAction: true,
        showFeedback: true,
        ...props,
    });
    document.body.appendChild(element);
    await flushPromises();
    return element;
}

const text = (element) => element.shadowRoot.textContent;
const byId = (element, id) => element.shadowRoot.querySelector(`[data-id="${id}"]`);

describe('c-handoff-lead-score', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('asks for every lead-score field as optional fields, so hidden fields never fail the read', async () => {
        await render();
        const config = getRecord.getLastConfig();
        expect(config.recordId).toBe(LEAD_ID);
        expect(config.fields).toBeUndefined();
        expect(config.optionalFields).toEqual(
            expect.arrayContaining(['Lead.HC_Lead_Score_Payload__c', 'Lead.HC_Lead_Score__c', 'Lead.HC_Lead_Score_Feedback__c', 'Lead.LastModifiedDate']),
        );
    });

    it('says it is loading until the record arrives', async () => {
        const element = await render();
        expect(text(element)).toContain('Loading…');
    });

    it('shows the score, band, factors with direction and weight, intent, next action and model', async () => {
        const payload = freshPayload();
        const element = await render();
        getRecord.emit(leadRecord(payload), isLead);
        await flushPromises();
        const score = element.shadowRoot.querySelector('c-handoff-score');
        expect(score.score.valueText).toBe(String(payload.score.value));
        expect(score.score.bandText).toContain(payload.band);
        const factors = element.shadowRoot.querySelector('c-handoff-factor-list').factors;
        expect(factors).toHaveLength(payload.factors.length);
        const strongest = [...payload.factors].sort((a, b) => b.weight - a.weight)[0];
        expect(factors[0].label).toBe(strongest.label);
        expect(factors[0].directionText).toBe(strongest.direction === 'raises' ? 'Raises' : 'Lowers');
        expect(factors[0].weightText).toContain(String(strongest.weight));
        expect(element.shadowRoot.querySelector('c-handoff-freshness').freshness.modelText).toContain(payload.model.name);
        expect(text(element)).toContain(payload.intentSignals[0].topic);
        expect(byId(element, 'next-action').textContent).toContain(payload.nextAction.action);
        expect(text(element)).not.toContain('"schemaVersion"');
    });

    it('shows every word apart, and names what the intent badge is beside its topic', async () => {
        const element = await render();
        getRecord.emit(leadRecord(), isLead);
        await flushPromises();
        expect(wordsRunTogether(element)).toEqual([]);
        expect(linesOf(element).some((line) => line.startsWith('Route optimization software High '))).toBe(true);
    });

    it('on a higher-is-worse score (Markus Hoffmann, friction 64) shows what raises it as hurting, and fills the meter to 64', async () => {
        const element = await render();
        getRecord.emit(leadRecord({ ...bookPayload('kestrel-contact-mhoffmann', 'lead-score'), scoredAt: daysAgo(1) }), isLead);
        await flushPromises();
        const list = element.shadowRoot.querySelector('c-handoff-factor-list');
        const badges = [...list.shadowRoot.querySelectorAll('[data-effect]')].map((badge) => [badge.dataset.effect, badge.textContent, badge.className]);
        expect(badges).toEqual([
            ['hurts', '− Hurts', 'slds-badge slds-theme_error'],
            ['hurts', '− Hurts', 'slds-badge slds-theme_error'],
            ['helps', '+ Helps', 'slds-badge slds-theme_success'],
        ]);
        expect(linesOf(list)).toContain('− Hurts Asked procurement to re-benchmark the Insights price raised the score by 22 points, which is worse.');
        const meter = element.shadowRoot.querySelector('c-handoff-score').shadowRoot.querySelector('[role="meter"]');
        expect(meter.getAttribute('aria-valuenow')).toBe('64');
        expect(meter.getAttribute('aria-valuetext')).toBe('64 out of 100: Weak, Higher is worse');
        expect(meter.querySelector('span').style.width).toBe('64%');
        expect(meter.querySelector('span').className).toContain('handoff-score__bar_error');
        expect(wordsRunTogether(element)).toEqual([]);
    });

    it('hides the sections an admin turned off in App Builder', async () => {
        const element = await render({ showFactors: false, showIntentSignals: false, showNextAction: false, showFeedback: false });
        getRecord.emit(leadRecord(), isLead);
        await flushPromises();
        expect(element.shadowRoot.querySelector('c-handoff-factor-list')).toBeNull();
        expect(byId(element, 'next-action')).toBeNull();
        expect(byId(element, 'helpful')).toBeNull();
        expect(text(element)).not.toContain('Revenue operations');
    });

    it('says there is no score yet when the record holds none', async () => {
        const element = await render();
        getRecord.emit(emptyRecord, isLead);
        await flushPromises();
        expect(byId(element, 'state').textContent).toContain('No lead score yet');
    });

    it('shows a plain message, not the error, when the record cannot be read', async () => {
        const element = await render();
        getRecord.emitError(serverError, isLead);
        await flushPromises();
        expect(byId(element, 'error').textContent).toContain('could not read its data');
        expect(text(element)).not.toContain('UNKNOWN_EXCEPTION');
    });

    it('tells a user whose fields are hidden which permission set to ask for', async () => {
        const element = await render();
        getRecord.emit(withoutHandoffFields(leadRecord()), isLead);
        await flushPromises();
        const message = element.shadowRoot.querySelector('c-handoff-no-access').message;
        expect(message).toContain('Handoff Context Reader');
        expect(message).toContain('admin');
        expect(element.shadowRoot.querySelector('c-handoff-score')).toBeNull();
    });

    it('tells a user without access to the record which permission set to ask for', async () => {
        const element = await render();
        getRecord.emitError(noAccessError, isLead);
        await flushPromises();
        expect(element.shadowRoot.querySelector('c-handoff-no-access').message).toContain('Handoff Context Reader');
    });

    it('explains a malformed payload without crashing or showing raw JSON', async () => {
        const element = await render();
        getRecord.emit(malformedRecord, isLead);
        await flushPromises();
        expect(byId(element, 'state').textContent.length).toBeGreaterThan(10);
        expect(text(element)).not.toContain('"schemaVersion"');
        expect(element.shadowRoot.querySelector('c-handoff-score')).toBeNull();
    });

    it('flags a stale score, and follows the admin-set threshold', async () => {
        const stale = leadRecord(freshPayload({ scoredAt: daysAgo(40) }));
        const element = await render();
        getRecord.emit(stale, isLead);
        await flushPromises();
        expect(element.shadowRoot.querySelector('c-handoff-freshness').freshness.isStale).toBe(true);
        expect(element.shadowRoot.querySelector('c-handoff-freshness').freshness.staleText).toContain('rescore');

        const lenient = await render({ staleDays: 60 });
        getRecord.emit(stale, isLead);
        await flushPromises();
        expect(lenient.shadowRoot.querySelector('c-handoff-freshness').freshness.isStale).toBe(false);
    });

    it('gives the sales disposition and its reason a line each, not one running sentence', async () => {
        const disposition = JSON.stringify({ status: 'working', reason: 'Fits the ideal customer profile', by: 'Sam Rep', at: daysAgo(1) });
        const element = await render();
        getRecord.emit(leadRecord(freshPayload(), { HC_Lead_Disposition__c: disposition }), isLead);
        await flushPromises();
        const lines = linesOf(element.shadowRoot.querySelector('[data-id="disposition"]'));
        expect(lines).toEqual(['Sales disposition: Working', 'Fits the ideal customer profile']);
    });

    it('shows the lead-quality conflict with who decides and by when', async () => {
        const disposition = JSON.stringify({ status: 'rejected', reason: 'No budget this year', by: 'Sam Rep', at: daysAgo(1) });
        const element = await render();
        getRecord.emit(leadRecord(freshPayload(), { HC_Lead_Disposition__c: disposition }), isLead);
        await flushPromises();
        const [conflict] = element.shadowRoot.querySelector('c-handoff-conflicts').conflicts;
        expect(conflict.type).toBe('lead-quality');
        expect(conflict.title).toBe('Lead quality disagreement');
        expect(conflict.ownerText).toContain('RevOps');
        expect(conflict.deadlineText).toMatch(/Decide/);
    });

    it('strikes through a next action sales made obsolete by rejecting the lead (Felix Brandt), under the reason', async () => {
        const payload = { ...bookPayload('kestrel-lead-fbrandt', 'lead-score'), scoredAt: daysAgo(3) };
        const disposition = JSON.stringify({ ...payload.disposition, at: daysAgo(2) });
        const element = await render();
        getRecord.emit(leadRecord(payload, { HC_Lead_Disposition__c: disposition }), isLead);
        await flushPromises();
        const status = byId(element, 'next-action-status');
        expect(status.textContent).toMatch(/^No longer applies: sales rejected this lead on /);
        const action = byId(element, 'next-action');
        expect(action.querySelector('s').textContent).toBe('Book a discovery call within 24 hours');
        expect(action.querySelector('strong')).toBeNull();
        // The reason comes first, so a screen reader (which does not announce strike-through) hears it before the action.
        expect(status.compareDocumentPosition(action) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
        await expect(element).toBeAccessible();
    });

    it('keeps a current next action as advice, with no status line', async () => {
        const element = await render();
        getRecord.emit(leadRecord(), isLead);
        await flushPromises();
        expect(byId(element, 'next-action').querySelector('strong').textContent).toBe(freshPayload().nextAction.action);
        expect(byId(element, 'next-action-status')).toBeNull();
    });

    it('puts the next action right under the score, before freshness, conflicts and factors', async () => {
        const element = await render();
        getRecord.emit(leadRecord(), isLead);
        await flushPromises();
        const score = element.shadowRoot.querySelector('c-handoff-score');
        expect(score.nextElementSibling).toBe(byId(element, 'next-action-section'));
    });

    it("asks for the rep's name only when the rep reaches the feedback buttons", async () => {
        const element = await render();
        getRecord.emit(leadRecord(), isLead);
        await flushPromises();
        expect(getRecord.getLastConfig().recordId).toBe(LEAD_ID);
        byId(element, 'helpful').closest('section').dispatchEvent(new CustomEvent('focusin'));
        await flushPromises();
        expect(getRecord.getLastConfig()).toEqual(expect.objectContaining({ recordId: USER_ID }));
    });

    it('writes "helpful" feedback back to the record, only if nobody changed it meanwhile', async () => {
        const element = await render();
        getRecord.emit(leadRecord(), isLead);
        await flushPromises();
        byId(element, 'helpful').click();
        await flushPromises();
        expect(updateRecord).toHaveBeenCalledTimes(1);
        const [input, options] = updateRecord.mock.calls[0];
        expect(input.fields.Id).toBe(LEAD_ID);
        expect(Object.keys(input.fields).sort()).toEqual(['HC_Lead_Score_Feedback__c', 'Id']);
        const [entry] = JSON.parse(input.fields.HC_Lead_Score_Feedback__c);
        expect(entry.verdict).toBe('helpful');
        expect(options).toEqual({ ifUnmodifiedSince: LAST_MODIFIED });
        expect(byId(element, 'status').textContent).toContain('Thanks');
    });

    it('shows which verdict the rep sent: the button pressed, and in words', async () => {
        const element = await render();
        getRecord.emit(leadRecord(), isLead);
        await flushPromises();
        const pressed = () => ['helpful', 'not-helpful', 'disagree'].map((id) => byId(element, id).getAttribute('aria-pressed'));
        expect(pressed()).toEqual(['false', 'false', 'false']);
        expect(byId(element, 'feedback-chosen')).toBeNull();
        byId(element, 'helpful').click();
        await flushPromises();
        expect(pressed()).toEqual(['true', 'false', 'false']);
        expect(byId(element, 'feedback-chosen').textContent).toBe('You marked this score helpful.');

        byId(element, 'disagree').click();
        await flushPromises();
        // Opening the reason is not sending it: "helpful" stays the rep's verdict until the disagreement is saved.
        expect(pressed()).toEqual(['true', 'false', 'false']);
        const reason = byId(element, 'reason');
        reason.value = 'Wrong account';
        reason.dispatchEvent(new CustomEvent('change'));
        byId(element, 'send').click();
        await flushPromises();
        expect(pressed()).toEqual(['false', 'false', 'true']);
        expect(byId(element, 'feedback-chosen').textContent).toBe('You disagreed with this score.');
        await expect(element).toBeAccessible();
    });

    it('keeps no verdict pressed when the save fails', async () => {
        updateRecord.mockRejectedValueOnce(updateConflict);
        const element = await render();
        getRecord.emit(leadRecord(), isLead);
        await flushPromises();
        byId(element, 'helpful').click();
        await flushPromises();
        expect(byId(element, 'helpful').getAttribute('aria-pressed')).toBe('false');
        expect(byId(element, 'feedback-chosen')).toBeNull();
    });

    it('lets the feedback buttons wrap on a narrow (400 px) card rather than overflow it', async () => {
        const element = await render();
        getRecord.emit(leadRecord(), isLead);
        await flushPromises();
        const row = byId(element, 'feedback-buttons');
        expect(row.classList).toContain('slds-wrap');
        expect(row.getAttribute('role')).toBe('group');
        expect(element.shadowRoot.querySelector('lightning-button-group')).toBeNull();
    });

    it('asks for a reason before sending a disagreement, then sends it', async () => {
        const element = await render();
        getRecord.emit(leadRecord(), isLead);
        await flushPromises();
        byId(element, 'disagree').click();
        await flushPromises();
        byId(element, 'send').click();
        await flushPromises();
        expect(updateRecord).not.toHaveBeenCalled();
        expect(byId(element, 'status').textContent).toContain('A reason is needed');

        const reason = byId(element, 'reason');
        reason.value = 'They already use a competitor';
        reason.dispatchEvent(new CustomEvent('change'));
        byId(element, 'send').click();
        await flushPromises();
        const [entry] = JSON.parse(updateRecord.mock.calls[0][0].fields.HC_Lead_Score_Feedback__c);
        expect(entry).toMatchObject({ verdict: 'disagree', reason: 'They already use a competitor' });
    });

    it("keeps the rep's reason when someone else changed the record first", async () => {
        updateRecord.mockRejectedValueOnce(updateConflict);
        const element = await render();
        getRecord.emit(leadRecord(), isLead);
        await flushPromises();
        byId(element, 'disagree').click();
        await flushPromises();
        const reason = byId(element, 'reason');
        reason.value = 'Wrong industry';
        reason.dispatchEvent(new CustomEvent('change'));
        byId(element, 'send').click();
        await flushPromises();
        expect(byId(element, 'status').textContent).toContain('Someone else changed this record');
        expect(byId(element, 'reason').value).toBe('Wrong industry');
    });

    it.each([
        ['the rep cannot edit the record', noAccessError],
        ['the feedback field is read-only for the rep', updateFieldReadOnly],
    ])('names the Sales permission set when feedback cannot be saved because %s', async (_case, error) => {
        updateRecord.mockRejectedValueOnce(error);
        const element = await render();
        getRecord.emit(leadRecord(), isLead);
        await flushPromises();
        byId(element, 'helpful').click();
        await flushPromises();
        const status = byId(element, 'status').textContent;
        expect(status).toContain('Handoff Context Sales');
        expect(status).not.toContain('HC_Lead_Score_Feedback__c');
    });

    describe('what reps said', () => {
        const entries = (element) => [...element.shadowRoot.querySelectorAll('[data-id="feedback-entry"]')].map((node) => node.textContent);
        const newestFirst = [...leadFeedback].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));

        async function renderFeedback(feedback = leadFeedback, props = {}) {
            const element = await render(props);
            getRecord.emit(leadRecord(freshPayload({ feedback })), isLead);
            await flushPromises();
            return element;
        }

        it('shows the newest three entries under the summary, each with verdict, reason and who and when', async () => {
            const element = await renderFeedback();
            const shown = entries(element);
            expect(shown).toHaveLength(3);
            newestFirst.slice(0, 3).forEach((entry, index) => {
                expect(shown[index]).toContain(entry.by);
                expect(shown[index]).toContain(entry.reason || entry.by);
            });
            expect(shown[0]).toContain('Disagrees');
            expect(shown[0]).toContain('Sam Rivera, ');
            expect(shown[0]).toMatch(/Nov 18, 2026/);
            expect(byId(element, 'feedback-entries').textContent).not.toContain(newestFirst[3].by);
            const summary = byId(element, 'feedback-entries').previousElementSibling;
            expect(summary.textContent).toContain('2 disagreed');
        });

        it('shows every entry after "Show more", and the newest three again after "Show less"', async () => {
            const element = await renderFeedback();
            const toggle = byId(element, 'feedback-toggle');
            expect(toggle.tagName).toBe('BUTTON');
            expect(toggle.getAttribute('type')).toBe('button');
            expect(toggle.textContent).toBe('Show more');
            expect(toggle.getAttribute('aria-expanded')).toBe('false');

            toggle.click();
            await flushPromises();
            const all = entries(element);
            expect(all).toHaveLength(leadFeedback.length);
            newestFirst.forEach((entry, index) => expect(all[index]).toContain(entry.by));
            expect(byId(element, 'feedback-toggle').textContent).toBe('Show less');
            expect(byId(element, 'feedback-toggle').getAttribute('aria-expanded')).toBe('true');

            byId(element, 'feedback-toggle').click();
            await flushPromises();
            expect(entries(element)).toHaveLength(3);
            expect(byId(element, 'feedback-toggle').textContent).toBe('Show more');
            expect(byId(element, 'feedback-toggle').getAttribute('aria-expanded')).toBe('false');
        });

        it('has no toggle when three entries or fewer', async () => {
            const element = await renderFeedback(leadFeedback.slice(0, 3));
            expect(entries(element)).toHaveLength(3);
            expect(byId(element, 'feedback-toggle')).toBeNull();
        });

        it('shows no entries and no toggle when there is no feedback', async () => {
            const element = await renderFeedback([]);
            expect(byId(element, 'feedback-entries')).toBeNull();
            expect(byId(element, 'feedback-toggle')).toBeNull();
            expect(byId(element, 'helpful')).not.toBeNull();
        });

        it('keeps a hostile reason and name as text', async () => {
            const element = await renderFeedback();
            byId(element, 'feedback-toggle').click();
            await flushPromises();
            const hostile = leadFeedback[3];
            expect(text(element)).toContain(hostile.reason);
            expect(text(element)).toContain(hostile.by);
            expect(element.shadowRoot.querySelectorAll('script, img, b, i')).toHaveLength(0);
        });

        it('is accessible with every entry shown', async () => {
            const element = await renderFeedback();
            byId(element, 'feedback-toggle').click();
            await flushPromises();
            await expect(element).toBeAccessible();
        });
    });

    it('is accessible', async () => {
        const element = await render();
        getRecord.emit(leadRecord(), isLead);
        await flushPromises();
        await expect(element).toBeAccessible();
    });
});
