import HandoffCustomerHealth from 'c/handoffCustomerHealth';
import { getRecord } from 'lightning/uiRecordApi';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';
import { bookPayload, daysAgo, flushPromises, recordWith, uiRecord, withoutHandoffFields } from '../../../../../test/records';
import { byId, child, mount, textOf, unmountAll } from '../../../../../test/cards';

const noAccessError = require('./data/getRecordNoAccess.json');
const serverError = require('./data/getRecordError.json');
const malformedRecord = require('./data/malformedRecord.json');

const ACCOUNT_ID = '001000000000001AAA';
const isAccount = (config) => config.recordId === ACCOUNT_ID;

const payload = (overrides = {}) => ({ ...bookPayload('groupe-verdier', 'customer-health'), scoredAt: daysAgo(1), ...overrides });
const accountRecord = (value = payload()) => recordWith('customer-health', 'Account', ACCOUNT_ID, value);
const render = (props = {}) =>
    mount('c-handoff-customer-health', HandoffCustomerHealth, {
        recordId: ACCOUNT_ID,
        objectApiName: 'Account',
        showDrivers: true,
        showIntervention: true,
        showCsmSentiment: true,
        ...props
    });

/** The latest closed-won opportunity, its handoff submitted with sales' read of the account. */
function latestWon(accountSentiment) {
    const handoff = { ...bookPayload('rimal-deal-abu-dhabi', 'sales-to-cs'), accountSentiment };
    const opportunity = recordWith('sales-to-cs', 'Opportunity', '006000000000009AAA', handoff, {}, { allowIncomplete: true });
    opportunity.fields.HC_Handoff_Submitted_Payload__c = { value: opportunity.fields.HC_Handoff_Payload__c.value, displayValue: null };
    opportunity.fields.HC_Handoff_Status__c = { value: 'submitted', displayValue: null };
    return { records: [opportunity], count: 1 };
}

describe('c-handoff-customer-health', () => {
    afterEach(() => {
        unmountAll();
        jest.clearAllMocks();
    });

    it('asks for the latest closed-won opportunity with its handoff', async () => {
        await render();
        const config = getRelatedListRecords.getLastConfig();
        expect(config).toMatchObject({ parentRecordId: ACCOUNT_ID, relatedListId: 'Opportunities', sortBy: ['-Opportunity.CloseDate'], pageSize: 1 });
        expect(config.where).toContain('IsWon');
        expect(config.optionalFields).toContain('Opportunity.HC_Handoff_Submitted_Payload__c');
    });

    it('says it is loading until the record arrives', async () => {
        const element = await render();
        expect(textOf(element)).toContain('Loading…');
    });

    it('shows health, band, trend, drivers, intervention and the CSM read', async () => {
        const value = payload();
        const element = await render();
        getRecord.emit(accountRecord(value), isAccount);
        await flushPromises();
        const score = child(element, 'c-handoff-score').score;
        expect(score.valueText).toBe(String(value.score.value));
        expect(score.bandText).toContain(value.band);
        expect(byId(element, 'trend').textContent.length).toBeGreaterThan(0);
        expect(child(element, 'c-handoff-factor-list').factors).toHaveLength(value.drivers.length);
        expect(byId(element, 'intervention').textContent).toContain(value.intervention.action);
        expect(textOf(element)).toContain(value.csmSentiment.note);
    });

    it('raises the health conflict when sales read the account as positive at handoff', async () => {
        const element = await render();
        getRecord.emit(accountRecord(), isAccount);
        getRelatedListRecords.emit(latestWon('positive'));
        await flushPromises();
        const conflicts = child(element, 'c-handoff-conflicts').conflicts;
        const health = conflicts.find((c) => c.type === 'customer-health');
        expect(health).toBeDefined();
        expect(health.ownerText).toContain('CS director');
    });

    it('raises no health conflict when sales agreed', async () => {
        const element = await render();
        getRecord.emit(accountRecord(), isAccount);
        getRelatedListRecords.emit(latestWon('negative'));
        await flushPromises();
        expect(child(element, 'c-handoff-conflicts').conflicts.some((c) => c.type === 'customer-health')).toBe(false);
    });

    it('still shows health when the handoff cannot be read', async () => {
        const element = await render();
        getRecord.emit(accountRecord(), isAccount);
        getRelatedListRecords.emitError(noAccessError);
        await flushPromises();
        expect(child(element, 'c-handoff-score')).not.toBeNull();
    });

    it('says there is no health score yet', async () => {
        const element = await render();
        getRecord.emit(uiRecord('Account', ACCOUNT_ID, { HC_Health_Payload__c: null, HC_Health_Score__c: null }), isAccount);
        await flushPromises();
        expect(byId(element, 'state').textContent).toContain('No customer health score yet');
    });

    it('flags a stale score', async () => {
        const element = await render();
        getRecord.emit(accountRecord(payload({ scoredAt: daysAgo(90) })), isAccount);
        await flushPromises();
        expect(child(element, 'c-handoff-freshness').freshness.isStale).toBe(true);
    });

    it('explains a malformed payload without showing it', async () => {
        const element = await render();
        getRecord.emit(malformedRecord, isAccount);
        await flushPromises();
        expect(textOf(element)).not.toContain('<html>');
        expect(byId(element, 'state')).not.toBeNull();
    });

    it('shows a plain message when the record cannot be read', async () => {
        const element = await render();
        getRecord.emitError(serverError, isAccount);
        await flushPromises();
        expect(byId(element, 'error').textContent).toContain('could not read its data');
    });

    it('names the permission set to ask for', async () => {
        const hiddenFields = await render();
        getRecord.emit(withoutHandoffFields(accountRecord()), isAccount);
        await flushPromises();
        expect(child(hiddenFields, 'c-handoff-no-access').message).toContain('Handoff Context Reader');
        unmountAll();
        const noRecord = await render();
        getRecord.emitError(noAccessError, isAccount);
        await flushPromises();
        expect(child(noRecord, 'c-handoff-no-access').message).toContain('Handoff Context Reader');
    });

    it('is accessible', async () => {
        const element = await render();
        getRecord.emit(accountRecord(), isAccount);
        getRelatedListRecords.emit(latestWon('positive'));
        await flushPromises();
        await expect(element).toBeAccessible();
    });
});
