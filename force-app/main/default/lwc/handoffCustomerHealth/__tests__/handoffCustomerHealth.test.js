import HandoffCustomerHealth from 'c/handoffCustomerHealth';
import { graphql } from 'lightning/graphql';
import { columnsOf, contexts, salesforceFieldName } from 'c/handoffCore';
import { bookPayload, daysAgo, flushPromises, recordWith, uiRecord, withoutHandoffFields } from '../../../../../test/records';
import { connection, gqlTexts, graphqlNode, queryAnswer } from '../../../../../test/graphql';
import { byId, child, linesOf, mount, textOf, unmountAll, wordsRunTogether } from '../../../../../test/cards';

const queryErrors = require('./data/graphqlErrors.json');
const noAccount = require('./data/graphqlNoAccount.json');
const hiddenFields = require('./data/graphqlHiddenFields.json');
const malformed = require('./data/graphqlMalformed.json');

// The card's query, as it handed it to gql when its module loaded (before any mock is cleared).
const [QUERY] = gqlTexts();

const ACCOUNT_ID = '001000000000001AAA';

const payload = (overrides = {}) => ({ ...bookPayload('groupe-verdier', 'customer-health'), scoredAt: daysAgo(1), ...overrides });
const accountRecord = (value = payload()) => recordWith('customer-health', 'Account', ACCOUNT_ID, value);
const render = (props = {}) =>
    mount('c-handoff-customer-health', HandoffCustomerHealth, {
        recordId: ACCOUNT_ID,
        objectApiName: 'Account',
        showDrivers: true,
        showIntervention: true,
        showCsmSentiment: true,
        ...props,
    });

/** The latest closed-won opportunity, its handoff submitted with sales' read of the account. */
function latestWon(accountSentiment) {
    const handoff = { ...bookPayload('rimal-deal-abu-dhabi', 'sales-to-cs'), accountSentiment };
    const opportunity = recordWith('sales-to-cs', 'Opportunity', '006000000000009AAA', handoff, {}, { allowIncomplete: true });
    opportunity.fields.HC_Handoff_Submitted_Payload__c = { value: opportunity.fields.HC_Handoff_Payload__c.value, displayValue: null };
    opportunity.fields.HC_Handoff_Status__c = { value: 'submitted', displayValue: null };
    return opportunity;
}

/** The query's answer: the account and, unless left out (no access to opportunities), its closed-won opportunities. */
function answer(account = accountRecord(), won = []) {
    const children = won === null ? {} : { Opportunities: connection(won) };
    return queryAnswer('Account', [graphqlNode(account, children)]);
}

/** The field selected on a line of the query, with its directive: `HC_Health_Score__c @optional`. */
const selects = (field) => new RegExp(`\\b${field}\\s+@optional\\s*\\{\\s*value\\s*\\}`).test(QUERY);

describe('c-handoff-customer-health', () => {
    afterEach(() => {
        unmountAll();
        jest.clearAllMocks();
    });

    describe('its one query', () => {
        it('asks for the account by id with its latest closed-won opportunity', async () => {
            await render();
            expect(graphql.getLastConfig().variables).toEqual({ accountId: ACCOUNT_ID });
            expect(QUERY).toMatch(/Account\(where: \{ Id: \{ eq: \$accountId \} \}, first: 1\)/);
            expect(QUERY).toMatch(/Opportunities\(first: 1, where: \{ IsWon: \{ eq: true \} \}, orderBy: \{ CloseDate: \{ order: DESC \} \}\) @optional/);
        });

        it('reads every customer-health column of the registry, each @optional', () => {
            const columns = columnsOf('customer-health').map(({ column }) => salesforceFieldName(column));
            expect(columns.filter((field) => !selects(field))).toEqual([]);
        });

        it('names no field outside the registry: @optional would hide a misspelt one', () => {
            const known = new Set(['customer-health', 'sales-to-cs'].flatMap((kind) => columnsOf(kind).map(({ column }) => salesforceFieldName(column))));
            const named = QUERY.match(/\b\w+__c\b/g);
            expect(named.length).toBeGreaterThan(0);
            expect(named.filter((field) => !known.has(field))).toEqual([]);
        });

        it('reads the submitted handoff and its review columns, each @optional, and not the live draft', () => {
            const { storage } = contexts['sales-to-cs'];
            const review = columnsOf('sales-to-cs').filter(({ path, column }) => path && column.role === 'own');
            const columns = [storage.snapshot, ...review.map(({ column }) => column)].map(salesforceFieldName);
            expect(columns.filter((field) => !selects(field))).toEqual([]);
            expect(QUERY).not.toContain(salesforceFieldName(storage.document));
        });
    });

    it('says it is loading until the answer arrives', async () => {
        const element = await render();
        expect(textOf(element)).toContain('Loading…');
    });

    it('on a higher-is-worse health scale reads a driver that raises the score as lowering health', async () => {
        const book = payload();
        const riskIndex = { ...book, score: { value: 100 - book.score.value, scale: { ...book.score.scale, polarity: 'higher-is-worse' } } };
        const element = await render();
        graphql.emit(answer(accountRecord(riskIndex)));
        await flushPromises();
        const list = child(element, 'c-handoff-factor-list');
        const raising = riskIndex.drivers.filter((d) => d.direction === 'raises');
        expect(raising.length).toBeGreaterThan(0);
        const lines = linesOf(list);
        for (const driver of raising) expect(lines.find((line) => line.includes(driver.label))).toMatch(/^− Hurts .* lowered health/);
        for (const driver of riskIndex.drivers.filter((d) => d.direction === 'lowers'))
            expect(lines.find((line) => line.includes(driver.label))).toMatch(/^\+ Helps .* improved health/);
        expect(wordsRunTogether(element)).toEqual([]);
    });

    it('shows health, band, trend, drivers, intervention and the CSM read', async () => {
        const value = payload();
        const element = await render();
        graphql.emit(answer(accountRecord(value)));
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
        graphql.emit(answer(accountRecord(), [latestWon('positive')]));
        await flushPromises();
        const conflicts = child(element, 'c-handoff-conflicts').conflicts;
        const health = conflicts.find((c) => c.type === 'customer-health');
        expect(health).toBeDefined();
        expect(health.ownerText).toContain('CS director');
    });

    it('raises no health conflict when sales agreed', async () => {
        const element = await render();
        graphql.emit(answer(accountRecord(), [latestWon('negative')]));
        await flushPromises();
        expect(child(element, 'c-handoff-conflicts').conflicts.some((c) => c.type === 'customer-health')).toBe(false);
    });

    it('still shows health when the opportunities cannot be read', async () => {
        const element = await render();
        graphql.emit(answer(accountRecord(), null));
        await flushPromises();
        expect(child(element, 'c-handoff-score')).not.toBeNull();
        expect(child(element, 'c-handoff-conflicts').conflicts.some((c) => c.type === 'customer-health')).toBe(false);
    });

    it('still shows health when the handoff fields of the opportunity are hidden', async () => {
        const element = await render();
        graphql.emit(answer(accountRecord(), [withoutHandoffFields(latestWon('positive'))]));
        await flushPromises();
        expect(child(element, 'c-handoff-score')).not.toBeNull();
        expect(child(element, 'c-handoff-conflicts').conflicts.some((c) => c.type === 'customer-health')).toBe(false);
    });

    it('says there is no health score yet', async () => {
        const element = await render();
        graphql.emit(answer(uiRecord('Account', ACCOUNT_ID, { HC_Health_Payload__c: null, HC_Health_Score__c: null })));
        await flushPromises();
        expect(byId(element, 'state').textContent).toContain('No customer health score yet');
    });

    it('flags a stale score', async () => {
        const element = await render();
        graphql.emit(answer(accountRecord(payload({ scoredAt: daysAgo(90) }))));
        await flushPromises();
        expect(child(element, 'c-handoff-freshness').freshness.isStale).toBe(true);
    });

    it('explains a malformed payload without showing it', async () => {
        const element = await render();
        graphql.emit(malformed);
        await flushPromises();
        expect(textOf(element)).not.toContain('<html>');
        expect(byId(element, 'state')).not.toBeNull();
    });

    it('shows a plain message when the query fails', async () => {
        const element = await render();
        graphql.emitErrors(queryErrors);
        await flushPromises();
        expect(byId(element, 'error').textContent).toContain('could not read its data');
        expect(textOf(element)).not.toContain(queryErrors[0].message);
    });

    it('names the permission set to ask for', async () => {
        const hidden = await render();
        graphql.emit(hiddenFields);
        await flushPromises();
        expect(child(hidden, 'c-handoff-no-access').message).toContain('Handoff Context Reader');
        expect(child(hidden, 'c-handoff-score')).toBeNull();
        unmountAll();
        const notShared = await render();
        graphql.emit(noAccount);
        await flushPromises();
        expect(child(notShared, 'c-handoff-no-access').message).toContain('Handoff Context Reader');
    });

    it('is accessible', async () => {
        const element = await render();
        graphql.emit(answer(accountRecord(), [latestWon('positive')]));
        await flushPromises();
        await expect(element).toBeAccessible();
    });

    it('is accessible without access', async () => {
        const element = await render();
        graphql.emit(hiddenFields);
        await flushPromises();
        await expect(element).toBeAccessible();
    });
});
