import HandoffDealRisk from 'c/handoffDealRisk';
import { getRecord } from 'lightning/uiRecordApi';
import { bookPayload, daysAgo, flushPromises, recordWith, uiRecord, withoutHandoffFields } from '../../../../../test/records';
import { byId, child, linesOf, mount, textOf, unmountAll, wordsRunTogether } from '../../../../../test/cards';

const noAccessError = require('./data/getRecordNoAccess.json');
const serverError = require('./data/getRecordError.json');
const newerVersionRecord = require('./data/newerVersionRecord.json');

const OPPORTUNITY_ID = '006000000000001AAA';
const isDeal = (config) => config.recordId === OPPORTUNITY_ID;

const payload = (overrides = {}) => ({ ...bookPayload('verdier-deal-insights', 'deal-risk'), scoredAt: daysAgo(1), ...overrides });
const dealRecord = (value = payload()) => recordWith('deal-risk', 'Opportunity', OPPORTUNITY_ID, value);
const render = (props = {}) =>
    mount('c-handoff-deal-risk', HandoffDealRisk, { recordId: OPPORTUNITY_ID, objectApiName: 'Opportunity', showRepForecast: true, showRisks: true, ...props });

describe('c-handoff-deal-risk', () => {
    afterEach(() => {
        unmountAll();
        jest.clearAllMocks();
    });

    it('says it is loading until the record arrives', async () => {
        const element = await render();
        expect(textOf(element)).toContain('Loading…');
        expect(getRecord.getLastConfig().optionalFields).toEqual(
            expect.arrayContaining(['Opportunity.HC_Deal_Risk_Payload__c', 'Opportunity.HC_Win_Probability__c']),
        );
    });

    it('shows every word apart: the severity, the risk and its category', async () => {
        const value = payload({ riskFactors: [{ label: 'Champion left the company', category: 'stakeholder', severity: 'critical' }] });
        const element = await render();
        getRecord.emit(dealRecord(value), isDeal);
        await flushPromises();
        expect(wordsRunTogether(element)).toEqual([]);
        expect(linesOf(element)).toContain('Critical Champion left the company Stakeholder');
        expect(linesOf(element)).toContain(`${value.winProbability.value}% out of 100%`);
    });

    it('shows the AI win probability beside the rep forecast, and risks critical first', async () => {
        const value = payload({
            riskFactors: [
                { label: 'Budget not confirmed', category: 'budget', severity: 'medium' },
                { label: 'Champion left the company', category: 'stakeholder', severity: 'critical', mitigation: 'Find a new champion.' },
            ],
        });
        const element = await render();
        getRecord.emit(dealRecord(value), isDeal);
        await flushPromises();
        // The book's deal: the AI gives it 30 (percent scale) while the AE commits at 90%.
        expect(child(element, 'c-handoff-score').score.valueText).toBe(`${value.winProbability.value}%`);
        expect(byId(element, 'forecast').textContent).toContain('Commit');
        expect(byId(element, 'gap').textContent).toMatch(/AI .*rep/);
        const risks = [...element.shadowRoot.querySelectorAll('[data-severity]')].map((li) => li.dataset.severity);
        expect(risks).toEqual(['critical', 'medium']);
        expect(textOf(element)).toContain('Find a new champion.');
    });

    it('shows the forecast discrepancy with who decides', async () => {
        const element = await render();
        getRecord.emit(dealRecord(), isDeal);
        await flushPromises();
        const [conflict] = child(element, 'c-handoff-conflicts').conflicts;
        expect(conflict.type).toBe('forecast-discrepancy');
        expect(conflict.ownerText).toContain('VP Sales');
        expect(conflict.deadlineText).toContain('forecast meeting');
    });

    it('hides the rep forecast and risks when the admin turns them off', async () => {
        const element = await render({ showRepForecast: false, showRisks: false });
        getRecord.emit(dealRecord(), isDeal);
        await flushPromises();
        expect(byId(element, 'forecast')).toBeNull();
        expect(element.shadowRoot.querySelector('[data-severity]')).toBeNull();
    });

    it('says there is no score yet on an unscored deal', async () => {
        const element = await render();
        const unscored = uiRecord('Opportunity', OPPORTUNITY_ID, {
            HC_Deal_Risk_Payload__c: null,
            HC_Win_Probability__c: null,
            HC_Deal_Risk_Scored_At__c: null,
        });
        getRecord.emit(unscored, isDeal);
        await flushPromises();
        expect(byId(element, 'state').textContent).toContain('No deal risk score yet');
    });

    it('flags a stale probability', async () => {
        const element = await render();
        getRecord.emit(dealRecord(payload({ scoredAt: daysAgo(30) })), isDeal);
        await flushPromises();
        expect(child(element, 'c-handoff-freshness').freshness.isStale).toBe(true);
    });

    it('explains a payload from a newer version without crashing', async () => {
        const element = await render();
        getRecord.emit(newerVersionRecord, isDeal);
        await flushPromises();
        expect(textOf(element)).not.toContain('very likely');
        expect(textOf(element).length).toBeGreaterThan(20);
    });

    it('shows a plain message when the record cannot be read', async () => {
        const element = await render();
        getRecord.emitError(serverError, isDeal);
        await flushPromises();
        expect(byId(element, 'error').textContent).toContain('could not read its data');
    });

    it('names the permission set to ask for, whether the record or its fields are hidden', async () => {
        const hiddenFields = await render();
        getRecord.emit(withoutHandoffFields(dealRecord()), isDeal);
        await flushPromises();
        expect(child(hiddenFields, 'c-handoff-no-access').message).toContain('Handoff Context Reader');
        unmountAll();

        const noRecord = await render();
        getRecord.emitError(noAccessError, isDeal);
        await flushPromises();
        expect(child(noRecord, 'c-handoff-no-access').message).toContain('Handoff Context Reader');
    });

    it('is accessible', async () => {
        const element = await render();
        getRecord.emit(dealRecord(), isDeal);
        await flushPromises();
        await expect(element).toBeAccessible();
    });
});
