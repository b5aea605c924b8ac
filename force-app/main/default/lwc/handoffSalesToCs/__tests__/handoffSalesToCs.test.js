import HandoffSalesToCs from 'c/handoffSalesToCs';
import { getRecord, updateRecord } from 'lightning/uiRecordApi';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';
import { LAST_MODIFIED, bookPayload, columnsFor, flushPromises, recordWith, uiRecord, withoutHandoffFields } from '../../../../../test/records';
import { byId, child, linesOf, mount, textOf, typeInto, unmountAll, wordsRunTogether } from '../../../../../test/cards';

const noAccessError = require('./data/getRecordNoAccess.json');
const serverError = require('./data/getRecordError.json');
const updateConflict = require('./data/updateConflict.json');
const updateFieldReadOnly = require('./data/updateFieldReadOnly.json');
const malformedRecord = require('./data/malformedRecord.json');

const OPPORTUNITY_ID = '006000000000001AAA';
const ACCOUNT_ID = '001000000000001AAA';
const isOpportunity = (config) => config.recordId === OPPORTUNITY_ID;

const handoff = (overrides = {}) => ({ ...bookPayload('rimal-deal-abu-dhabi', 'sales-to-cs'), ...overrides });

/** An opportunity holding a handoff, with its status column (and, once submitted, its frozen copy). */
function opportunity(payload, status) {
    const document = status ? { ...payload, review: { status } } : payload;
    const record = recordWith('sales-to-cs', 'Opportunity', OPPORTUNITY_ID, document, {}, { allowIncomplete: true });
    if (status) record.fields.HC_Handoff_Status__c = { value: status, displayValue: null };
    if (status === 'submitted') record.fields.HC_Handoff_Submitted_Payload__c = { value: record.fields.HC_Handoff_Payload__c.value, displayValue: null };
    return record;
}

const onOpportunity = (props = {}) => mount('c-handoff-sales-to-cs', HandoffSalesToCs, { recordId: OPPORTUNITY_ID, objectApiName: 'Opportunity', ...props });
const onAccount = (props = {}) =>
    mount('c-handoff-sales-to-cs', HandoffSalesToCs, { recordId: ACCOUNT_ID, objectApiName: 'Account', showStakeholders: true, showRisks: true, ...props });

const completeness = (element) => child(element, 'c-handoff-completeness').completeness;
const editorInput = (element, selector) => child(element, 'c-handoff-editor').shadowRoot.querySelector(selector);

describe('c-handoff-sales-to-cs on an Opportunity (the AE)', () => {
    afterEach(() => {
        unmountAll();
        jest.clearAllMocks();
    });

    it('says it is loading, then reads every handoff column as optional fields', async () => {
        const element = await onOpportunity();
        expect(textOf(element)).toContain('Loading…');
        expect(getRecord.getLastConfig().optionalFields).toEqual(
            expect.arrayContaining(['Opportunity.HC_Handoff_Payload__c', 'Opportunity.HC_Handoff_Submitted_Payload__c', 'Opportunity.HC_Handoff_Status__c']),
        );
    });

    it('shows a submitted handoff with its status and a full completeness meter', async () => {
        const payload = handoff();
        const element = await onOpportunity();
        getRecord.emit(opportunity(payload, 'submitted'), isOpportunity);
        await flushPromises();
        expect(byId(element, 'status-text').textContent).toContain('Submitted');
        expect(completeness(element).percent).toBe(100);
        expect(child(element, 'c-handoff-details').view.desiredOutcome.requiredOutcome).toBe(payload.desiredOutcome.requiredOutcome);
    });

    it('marks a commitment past its due date overdue and one due within two weeks due soon, in words', async () => {
        const day = (offset) => new Date(Date.now() + offset * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
        const payload = handoff({
            commitments: [
                { item: 'Kickoff workshop', type: 'sow', dueDate: day(-10) },
                { item: 'Data migration plan', type: 'contractual', dueDate: day(5) },
                { item: 'Bulk export', type: 'roadmap', dueDate: day(90) },
            ],
        });
        const element = await onOpportunity();
        getRecord.emit(opportunity(payload, 'submitted'), isOpportunity);
        await flushPromises();
        const details = child(element, 'c-handoff-details');
        const items = [...details.shadowRoot.querySelectorAll('[data-due-state]')];
        expect(items.map((li) => li.dataset.dueState)).toEqual(['overdue', 'due-soon', 'later']);
        const marker = (li) => li.querySelector('[data-id="commitment-due-state"]');
        expect(marker(items[0]).textContent).toBe('Overdue');
        expect(items[0].textContent).toMatch(/Overdue since /);
        expect(marker(items[1]).textContent).toBe('Due soon');
        expect(items[1].textContent).toMatch(/Due /);
        expect(marker(items[2])).toBeNull();
        expect(linesOf(details)).toContain('Kickoff workshop Statement of work Overdue');
        expect(wordsRunTogether(details)).toEqual([]);
        await expect(element).toBeAccessible();
    });

    it('shows the AE who returned the handoff and why, in one line, with the handoff itself', async () => {
        const payload = handoff({
            review: {
                status: 'returned',
                reviewedBy: 'Lee Chen',
                reviewedAt: '2026-11-20T09:00:00Z',
                returnReason: 'missing-success-criteria',
                returnNote: 'Ask Rimal to confirm the targets.',
            },
        });
        const record = recordWith('sales-to-cs', 'Opportunity', OPPORTUNITY_ID, payload, {}, { allowIncomplete: true });
        const element = await onOpportunity();
        getRecord.emit(record, isOpportunity);
        await flushPromises();
        const details = child(element, 'c-handoff-details');
        const review = byId(details, 'review').textContent;
        expect(review).toContain('Lee Chen');
        expect(review).toContain('Ask Rimal to confirm the targets.');
        expect(review).toMatch(/Lee Chen.* · .*Ask Rimal/);
        expect(byId(details, 'required-outcome').textContent).toBe(payload.desiredOutcome.requiredOutcome);
    });

    it('names the must-have fields a draft still misses', async () => {
        const payload = handoff({ successCriteria: [], commercialTerms: { ...handoff().commercialTerms, renewalDate: undefined } });
        delete payload.commercialTerms.renewalDate;
        const element = await onOpportunity();
        getRecord.emit(opportunity(payload, 'draft'), isOpportunity);
        await flushPromises();
        const meter = completeness(element);
        expect(meter.percent).toBeLessThan(100);
        expect(meter.missingText).toContain('Success criteria');
        expect(meter.missingText).toContain('Renewal date');
    });

    it('invites the AE to fill in a handoff when there is none yet', async () => {
        const element = await onOpportunity();
        getRecord.emit(uiRecord('Opportunity', OPPORTUNITY_ID, { HC_Handoff_Payload__c: null, HC_Handoff_Status__c: null }), isOpportunity);
        await flushPromises();
        expect(byId(element, 'state').textContent).toContain('No handoff yet');
        expect(byId(element, 'edit')).not.toBeNull();
    });

    it('updates the completeness meter while the AE edits, and refuses to submit an incomplete handoff', async () => {
        const element = await onOpportunity();
        getRecord.emit(opportunity(handoff(), 'draft'), isOpportunity);
        await flushPromises();
        byId(element, 'edit').click();
        await flushPromises();
        expect(completeness(element).percent).toBe(100);

        typeInto(editorInput(element, '[data-path="desiredOutcome.useCases"]'), '');
        await flushPromises();
        expect(completeness(element).percent).toBeLessThan(100);
        expect(completeness(element).missingText).toContain('Top use cases');

        byId(element, 'submit').click();
        await flushPromises();
        expect(updateRecord).not.toHaveBeenCalled();
        expect(byId(element, 'status').textContent).toContain('Could not save');
        expect(child(element, 'c-handoff-editor')).not.toBeNull();
    });

    it('submits a complete handoff with its frozen copy, only if nobody changed the record meanwhile', async () => {
        const element = await onOpportunity();
        getRecord.emit(opportunity(handoff(), 'draft'), isOpportunity);
        await flushPromises();
        byId(element, 'edit').click();
        await flushPromises();
        byId(element, 'submit').click();
        await flushPromises();
        expect(updateRecord).toHaveBeenCalledTimes(1);
        const [input, options] = updateRecord.mock.calls[0];
        expect(input.fields.Id).toBe(OPPORTUNITY_ID);
        expect(input.fields.HC_Handoff_Status__c).toBe('submitted');
        expect(input.fields.HC_Handoff_Submitted_Payload__c).toBe(input.fields.HC_Handoff_Payload__c);
        expect(JSON.parse(input.fields.HC_Handoff_Payload__c).timeline.submittedAt).toBeDefined();
        expect(options).toEqual({ ifUnmodifiedSince: LAST_MODIFIED });
        expect(byId(element, 'status').textContent).toContain('Saved');
        expect(child(element, 'c-handoff-editor')).toBeNull();
    });

    it('saves an incomplete draft with its completeness', async () => {
        const element = await onOpportunity();
        getRecord.emit(uiRecord('Opportunity', OPPORTUNITY_ID, { HC_Handoff_Payload__c: null, HC_Handoff_Status__c: null }), isOpportunity);
        await flushPromises();
        byId(element, 'edit').click();
        await flushPromises();
        typeInto(editorInput(element, '[data-path="desiredOutcome.requiredOutcome"]'), 'Halve onboarding time');
        await flushPromises();
        byId(element, 'save-draft').click();
        await flushPromises();
        const [input] = updateRecord.mock.calls[0];
        expect(JSON.parse(input.fields.HC_Handoff_Payload__c).desiredOutcome.requiredOutcome).toBe('Halve onboarding time');
        expect(input.fields.HC_Handoff_Status__c).toBe('draft');
        expect(input.fields.HC_Handoff_Completeness__c).toBeLessThan(100);
    });

    it('keeps the draft when someone else changed the record first', async () => {
        updateRecord.mockRejectedValueOnce(updateConflict);
        const element = await onOpportunity();
        getRecord.emit(opportunity(handoff(), 'draft'), isOpportunity);
        await flushPromises();
        byId(element, 'edit').click();
        await flushPromises();
        typeInto(editorInput(element, '[data-path="desiredOutcome.approach"]'), 'Pilot in EMEA first, then roll out');
        await flushPromises();
        byId(element, 'submit').click();
        await flushPromises();
        expect(byId(element, 'status').textContent).toContain('Someone else changed this record');
        expect(child(element, 'c-handoff-editor').draft.desiredOutcome.approach).toBe('Pilot in EMEA first, then roll out');
    });

    it('explains a malformed handoff without crashing', async () => {
        const element = await onOpportunity();
        getRecord.emit(malformedRecord, isOpportunity);
        await flushPromises();
        expect(byId(element, 'state')).not.toBeNull();
        expect(textOf(element)).not.toContain('[1, 2, 3]');
    });

    it('shows a plain message when the record cannot be read', async () => {
        const element = await onOpportunity();
        getRecord.emitError(serverError, isOpportunity);
        await flushPromises();
        expect(byId(element, 'error').textContent).toContain('could not read its data');
    });

    it('names the permission set to ask for', async () => {
        const element = await onOpportunity();
        getRecord.emit(withoutHandoffFields(opportunity(handoff(), 'draft')), isOpportunity);
        await flushPromises();
        expect(child(element, 'c-handoff-no-access').message).toContain('Handoff Context Reader');
    });

    it.each([
        ['the AE cannot edit the opportunity', noAccessError],
        ['the handoff field is read-only for the AE', updateFieldReadOnly],
    ])('names the Sales permission set when a save fails because %s', async (_case, error) => {
        updateRecord.mockRejectedValueOnce(error);
        const element = await onOpportunity();
        getRecord.emit(opportunity(handoff(), 'draft'), isOpportunity);
        await flushPromises();
        byId(element, 'edit').click();
        await flushPromises();
        byId(element, 'submit').click();
        await flushPromises();
        const status = byId(element, 'status').textContent;
        expect(status).toContain('Handoff Context Sales');
        expect(status).not.toContain('Customer Success');
        expect(status).not.toContain('HC_Handoff_Payload__c');
    });

    describe('before the AE submits: what CS would return the handoff for', () => {
        /** The opportunity with its account's customer health, as the Account relationship brings it. */
        function withAccountHealth(record, companyId) {
            const account = uiRecord('Account', ACCOUNT_ID, columnsFor('customer-health', bookPayload(companyId, 'customer-health')));
            record.fields.Account = { value: account, displayValue: null };
            return record;
        }
        const warningsOf = (element) => [...element.shadowRoot.querySelectorAll('[data-id="submit-warning"]')];

        it('asks for the account health through the Account relationship', async () => {
            await onOpportunity();
            expect(getRecord.getLastConfig().optionalFields).toEqual(expect.arrayContaining(['Opportunity.Account.HC_Health_Payload__c']));
        });

        it('Kestrel Insights: every criterion only assumed by sales reads "0 of 2 confirmed" and warns before submit, without blocking it', async () => {
            const element = await onOpportunity();
            getRecord.emit(opportunity(bookPayload('kestrel-deal-insights', 'sales-to-cs'), 'returned'), isOpportunity);
            await flushPromises();
            expect(completeness(element).percent).toBe(100);
            expect(child(element, 'c-handoff-completeness').shadowRoot.querySelector('[data-id="confirmed"]').textContent).toBe(
                '0 of 2 success criteria confirmed by the customer',
            );
            expect(byId(element, 'submit-warnings')).toBeNull();
            byId(element, 'edit').click();
            await flushPromises();
            const warnings = warningsOf(element);
            expect(warnings.map((w) => w.dataset.path)).toEqual(['successCriteria']);
            expect(warnings[0].textContent).toMatch(/^No success criterion is confirmed by the customer/);
            // The warning comes before the button, and does not stop the submit.
            const submit = byId(element, 'submit');
            expect(byId(element, 'submit-warnings').compareDocumentPosition(submit) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
            await expect(element).toBeAccessible();
            submit.click();
            await flushPromises();
            expect(updateRecord).toHaveBeenCalledTimes(1);
        });

        it("Verdier: a positive read of an account whose health is 31/100 warns; Rimal's healthy account does not", async () => {
            const element = await onOpportunity();
            const verdier = bookPayload('verdier-deal-plateforme', 'sales-to-cs');
            getRecord.emit(withAccountHealth(opportunity(verdier, 'draft'), 'groupe-verdier'), isOpportunity);
            await flushPromises();
            byId(element, 'edit').click();
            await flushPromises();
            const warnings = warningsOf(element);
            expect(warnings.map((w) => w.dataset.path)).toEqual(['accountSentiment']);
            expect(warnings[0].textContent).toBe(
                'You read the account as positive, but its health is weak (31). Check your read with Customer Success, or say why in the handoff.',
            );
            unmountAll();
            const rimal = await onOpportunity();
            getRecord.emit(withAccountHealth(opportunity(handoff(), 'draft'), 'rimal-home-healthcare'), isOpportunity);
            await flushPromises();
            byId(rimal, 'edit').click();
            await flushPromises();
            expect(byId(rimal, 'submit-warnings')).toBeNull();
        });
    });

    describe('focus and field errors', () => {
        const editor = (element) => child(element, 'c-handoff-editor');
        const input = (element, key) => editor(element).shadowRoot.querySelector(`[data-key="${key}"]`);
        /** What took focus last (the base components are stubs: their host is what a card focuses). */
        const lastFocused = (spy) => spy.mock.contexts[spy.mock.contexts.length - 1];

        it('moves focus into the editor when it opens, and back to "Edit handoff" after saving', async () => {
            const focus = jest.spyOn(HTMLElement.prototype, 'focus');
            const element = await onOpportunity();
            getRecord.emit(opportunity(handoff(), 'draft'), isOpportunity);
            await flushPromises();
            byId(element, 'edit').click();
            await flushPromises();
            expect(lastFocused(focus)).toBe(editor(element).shadowRoot.querySelector('[data-key]'));
            byId(element, 'save-draft').click();
            await flushPromises();
            await flushPromises();
            expect(updateRecord).toHaveBeenCalledTimes(1);
            expect(lastFocused(focus)).toBe(byId(element, 'edit'));
            focus.mockRestore();
        });

        it('gives focus back to "Edit handoff" on cancel too', async () => {
            const focus = jest.spyOn(HTMLElement.prototype, 'focus');
            const element = await onOpportunity();
            getRecord.emit(opportunity(handoff(), 'draft'), isOpportunity);
            await flushPromises();
            byId(element, 'edit').click();
            await flushPromises();
            byId(element, 'cancel-edit').click();
            await flushPromises();
            expect(lastFocused(focus)).toBe(byId(element, 'edit'));
            focus.mockRestore();
        });

        it('marks each field a refused submit names, with its message next to it, and focuses the first', async () => {
            const element = await onOpportunity();
            getRecord.emit(opportunity(bookPayload('verdier-deal-insights', 'sales-to-cs'), 'draft'), isOpportunity);
            await flushPromises();
            byId(element, 'edit').click();
            await flushPromises();
            const arr = input(element, 'commercialTerms.arr');
            const validity = jest.spyOn(arr, 'setCustomValidity');
            const report = jest.spyOn(arr, 'reportValidity');
            const focus = jest.spyOn(HTMLElement.prototype, 'focus');
            byId(element, 'submit').click();
            await flushPromises();
            expect(updateRecord).not.toHaveBeenCalled();
            // The base component shows the message under the field and sets aria-invalid on its input.
            expect(validity).toHaveBeenLastCalledWith('ARR is missing.');
            expect(report).toHaveBeenCalled();
            for (const [key, message] of [
                ['commercialTerms.arr', 'ARR is missing.'],
                ['commercialTerms.termMonths', 'Term (months) is missing.'],
                ['commercialTerms.renewalDate', 'Renewal date is missing.'],
            ])
                expect(input(element, key).dataset.error).toBe(message);
            expect(input(element, 'commercialTerms.currency').dataset.error).toBeUndefined();
            // Success criteria, a list with no entry yet, comes first in the form: its message takes focus.
            const listError = editor(element).shadowRoot.querySelector('[data-id="list-error"][data-section="successCriteria"]');
            expect(listError.textContent.trim()).toBe('Success criteria is missing.');
            expect(lastFocused(focus)).toBe(listError);
            focus.mockRestore();
            await expect(element).toBeAccessible();

            // Fixing a field clears its mark; the others stay.
            typeInto(arr, '120000');
            await flushPromises();
            expect(validity).toHaveBeenLastCalledWith('');
            expect(input(element, 'commercialTerms.arr').dataset.error).toBeUndefined();
            expect(input(element, 'commercialTerms.termMonths').dataset.error).toBe('Term (months) is missing.');
        });
    });

    it('is accessible, reading and editing', async () => {
        const element = await onOpportunity({ showStakeholders: true, showRisks: true, showTechnical: true, showTimeline: true });
        getRecord.emit(opportunity(handoff(), 'draft'), isOpportunity);
        await flushPromises();
        await expect(element).toBeAccessible();
        byId(element, 'edit').click();
        await flushPromises();
        await expect(element).toBeAccessible();
    });
});

describe('c-handoff-sales-to-cs on an Account (the CS manager)', () => {
    afterEach(() => {
        unmountAll();
        jest.clearAllMocks();
    });

    const latestWon = (record) => ({ records: record ? [record] : [], count: record ? 1 : 0 });

    it('reads the latest closed-won handoff as it was submitted, not later edits', async () => {
        const submitted = opportunity(handoff(), 'submitted');
        const edited = handoff({ whyWon: 'Edited after submit' });
        submitted.fields.HC_Handoff_Payload__c = { value: JSON.stringify(edited), displayValue: null };
        const element = await onAccount();
        expect(getRelatedListRecords.getLastConfig()).toMatchObject({ parentRecordId: ACCOUNT_ID, relatedListId: 'Opportunities', pageSize: 1 });
        getRelatedListRecords.emit(latestWon(submitted));
        await flushPromises();
        expect(textOf(element)).not.toContain('Edited after submit');
        expect(byId(element, 'accept')).not.toBeNull();
    });

    it('shows every word apart, names what each risk rating is, and tells confirmed from assumed criteria', async () => {
        const element = await onAccount({ showTechnical: true, showTimeline: true });
        getRelatedListRecords.emit(latestWon(opportunity(handoff(), 'submitted')));
        await flushPromises();
        expect(wordsRunTogether(element)).toEqual([]);
        const lines = linesOf(element);
        expect(lines).toContain('Dr. Omar Al-Farsi Chief Medical Officer · Economic buyer · Positive');
        expect(lines).toContain('EMR vendor slow to open the visit export Severity: High · Likelihood: Medium · Owner: Hessa Al Mansoori (Rimal IT)');
        expect(lines).toContain('Patients visited inside their 2-hour window: 90% Confirmed by the customer');
        const badges = [...child(element, 'c-handoff-details').shadowRoot.querySelectorAll('[data-confirmed]')];
        const look = (badge) => ({ text: badge.textContent, className: badge.className, icon: badge.querySelector('lightning-icon').iconName });
        const confirmed = badges.filter((badge) => badge.dataset.confirmed === 'true').map(look);
        const assumed = badges.filter((badge) => badge.dataset.confirmed === 'false').map(look);
        expect(confirmed.length).toBeGreaterThan(0);
        expect(assumed.length).toBeGreaterThan(0);
        for (const one of confirmed)
            expect(one).toEqual({ text: 'Confirmed by the customer', className: expect.stringContaining('slds-theme_success'), icon: 'utility:check' });
        for (const one of assumed)
            expect(one).toEqual({ text: 'Assumed by sales', className: expect.stringContaining('slds-badge_lightest'), icon: 'utility:question' });
    });

    it('shows the metric contradiction of the submitted handoff, in words, as the Opportunity card does', async () => {
        const submitted = opportunity(handoff(), 'submitted');
        // The book's Rimal deal: the CPQ sync wrote the list-price ARR into the report column.
        submitted.fields.HC_Handoff_ARR__c = { value: 410000, displayValue: null };
        const element = await onAccount();
        getRelatedListRecords.emit(latestWon(submitted));
        await flushPromises();
        const conflicts = child(element, 'c-handoff-conflicts');
        expect(conflicts.conflicts.map((c) => c.type)).toEqual(['metric-contradiction']);
        const shown = linesOf(conflicts).join('\n');
        expect(shown).toContain('ARR: this card shows AED 385,000.00, but the ARR report field says AED 410,000.00.');
        expect(shown).not.toMatch(/HC_|__c|410000/);
    });

    it('accepts the handoff on its opportunity, only if nobody changed it meanwhile', async () => {
        const element = await onAccount();
        getRelatedListRecords.emit(latestWon(opportunity(handoff(), 'submitted')));
        await flushPromises();
        byId(element, 'accept').click();
        await flushPromises();
        const [input, options] = updateRecord.mock.calls[0];
        expect(input.fields).toMatchObject({ Id: OPPORTUNITY_ID, HC_Handoff_Status__c: 'accepted' });
        expect(input.fields.HC_Handoff_Payload__c).toBeUndefined();
        expect(options).toEqual({ ifUnmodifiedSince: LAST_MODIFIED });
        expect(byId(element, 'status').textContent).toContain('Saved');
    });

    it('tells a CS manager without the Customer Success permission set what to ask for when the review cannot be saved', async () => {
        updateRecord.mockRejectedValueOnce(noAccessError);
        const element = await onAccount();
        getRelatedListRecords.emit(latestWon(opportunity(handoff(), 'submitted')));
        await flushPromises();
        byId(element, 'accept').click();
        await flushPromises();
        expect(byId(element, 'status').textContent).toContain('Handoff Context Customer Success');
    });

    it('returns the handoff only with a reason code', async () => {
        const element = await onAccount();
        getRelatedListRecords.emit(latestWon(opportunity(handoff(), 'submitted')));
        await flushPromises();
        byId(element, 'return').click();
        await flushPromises();
        byId(element, 'send-return').click();
        await flushPromises();
        expect(updateRecord).not.toHaveBeenCalled();
        expect(byId(element, 'status').textContent).toContain('Could not save');

        typeInto(byId(element, 'return-reason'), 'missing-success-criteria');
        typeInto(byId(element, 'return-note'), 'Ask the customer to confirm the CSAT target.');
        byId(element, 'send-return').click();
        await flushPromises();
        expect(updateRecord.mock.calls[0][0].fields).toMatchObject({
            HC_Handoff_Status__c: 'returned',
            HC_Handoff_Return_Reason__c: 'missing-success-criteria',
            HC_Handoff_Return_Note__c: 'Ask the customer to confirm the CSAT target.',
        });
    });

    it('keeps the return form when the opportunity changed meanwhile', async () => {
        updateRecord.mockRejectedValueOnce(updateConflict);
        const element = await onAccount();
        getRelatedListRecords.emit(latestWon(opportunity(handoff(), 'submitted')));
        await flushPromises();
        byId(element, 'return').click();
        await flushPromises();
        typeInto(byId(element, 'return-reason'), 'other');
        typeInto(byId(element, 'return-note'), 'Wrong contract attached.');
        byId(element, 'send-return').click();
        await flushPromises();
        expect(byId(element, 'status').textContent).toContain('Someone else changed this record');
        expect(byId(element, 'return-note').value).toBe('Wrong contract attached.');
    });

    it('offers no second review once CS has accepted the submitted handoff', async () => {
        const accepted = opportunity(handoff(), 'submitted');
        accepted.fields.HC_Handoff_Status__c = { value: 'accepted', displayValue: null };
        const element = await onAccount();
        getRelatedListRecords.emit(latestWon(accepted));
        await flushPromises();
        expect(byId(element, 'status-text').textContent).toContain('Accepted');
        expect(byId(element, 'accept')).toBeNull();
    });

    it('says there is no handoff when the account has no closed-won opportunity', async () => {
        const element = await onAccount();
        getRelatedListRecords.emit(latestWon(undefined));
        await flushPromises();
        expect(byId(element, 'state').textContent).toContain('No handoff yet');
    });

    it('names the permission set to ask for', async () => {
        const element = await onAccount();
        getRelatedListRecords.emitError(noAccessError);
        await flushPromises();
        expect(child(element, 'c-handoff-no-access').message).toContain('Handoff Context Reader');
    });

    it('is accessible', async () => {
        const element = await onAccount();
        getRelatedListRecords.emit(latestWon(opportunity(handoff(), 'submitted')));
        await flushPromises();
        byId(element, 'return').click();
        await flushPromises();
        await expect(element).toBeAccessible();
    });
});
