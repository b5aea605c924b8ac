// A French-speaking user: Salesforce resolves every custom label in French and formats in fr-FR.
import HandoffLeadScore from 'c/handoffLeadScore';
import { getRecord } from 'lightning/uiRecordApi';
import { bookPayload, daysAgo, flushPromises, recordWith } from '../../../../../test/records';
import { byId, child, mount, textOf, unmountAll } from '../../../../../test/cards';

jest.mock('@salesforce/i18n/locale', () => ({ default: 'fr-FR' }), { virtual: true });
jest.mock('@salesforce/i18n/timeZone', () => ({ default: 'Europe/Paris' }), { virtual: true });
jest.mock('c/handoffLabels', () => {
    const { fr } = require('c/handoffCore');
    return { default: { ...fr } };
});

const LEAD_ID = '00Q000000000002AAA';

describe('c-handoff-lead-score in French', () => {
    afterEach(unmountAll);

    it('speaks French, from the labels, with French formatting', async () => {
        const { fr } = require('c/handoffCore');
        const element = await mount('c-handoff-lead-score', HandoffLeadScore, {
            recordId: LEAD_ID,
            objectApiName: 'Lead',
            showFeedback: true,
            showFactors: true,
        });
        expect(textOf(element)).toContain(fr['state.loading']);
        const payload = { ...bookPayload('verdier-contact-cdubois', 'lead-score'), scoredAt: daysAgo(1) };
        getRecord.emit(recordWith('lead-score', 'Lead', LEAD_ID, payload), (config) => config.recordId === LEAD_ID);
        await flushPromises();
        expect(byId(element, 'helpful').textContent.trim()).toBe(fr['button.helpful']);
        expect(child(element, 'c-handoff-factor-list').heading).toBe(fr['section.factors']);
        expect(child(element, 'c-handoff-freshness').freshness.modelText).toMatch(/^Mod[eè]le/);
    });
});
