/**
 * The handoff workflow on Salesforce, driven by the core's table of cases (the HubSpot cards read
 * the same table), and the AE's form: every section of the core's form can be filled in and saved.
 */
import HandoffSalesToCs from 'c/handoffSalesToCs';
import { getRecord, updateRecord } from 'lightning/uiRecordApi';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';
import { contexts, draftPathOf, draftValueAt, handoffForm } from 'c/handoffCore';
import { bookPayload, flushPromises, recordWith, uiRecord } from '../../../../../test/records';
import { byId, child, mount, typeInto, unmountAll } from '../../../../../test/cards';

const table = require('../../../../../../shared/test/data/handoff-workflow-cases.json');

const OPPORTUNITY_ID = '006000000000001AAA';
const ACCOUNT_ID = '001000000000001AAA';
const isOpportunity = (config) => config.recordId === OPPORTUNITY_ID;

const LIVE = 'The live document, as sales edits it';
const AS_SUBMITTED = 'The copy as sales submitted it';

/** The opportunity of a case: its status column, its live document and, once submitted, its frozen copy. */
function caseRecord(status) {
    if (status === 'none')
        return uiRecord('Opportunity', OPPORTUNITY_ID, { HC_Handoff_Payload__c: null, HC_Handoff_Submitted_Payload__c: null, HC_Handoff_Status__c: null });
    const payload = bookPayload('rimal-deal-abu-dhabi', 'sales-to-cs');
    const withOutcome = (text) => ({ ...payload, desiredOutcome: { ...payload.desiredOutcome, requiredOutcome: text } });
    const record = recordWith('sales-to-cs', 'Opportunity', OPPORTUNITY_ID, withOutcome(LIVE));
    const submitted = status !== 'draft';
    const snapshot = recordWith('sales-to-cs', 'Opportunity', OPPORTUNITY_ID, withOutcome(AS_SUBMITTED)).fields.HC_Handoff_Payload__c.value;
    record.fields.HC_Handoff_Submitted_Payload__c = { value: submitted ? snapshot : null, displayValue: null };
    record.fields.HC_Handoff_Status__c = { value: status === 'unreadable' ? 'submitted' : status, displayValue: null };
    if (status === 'unreadable') {
        // Cut short, as a text limit would: neither copy can be read.
        record.fields.HC_Handoff_Payload__c = { value: '{"schemaVersion": 1, "desiredOutc', displayValue: null };
        record.fields.HC_Handoff_Submitted_Payload__c = { value: '{"schemaVersion": 1, "desiredOutc', displayValue: null };
    }
    return record;
}

/** The card where the role works: the AE on the opportunity, the CS manager on its account. */
async function cardFor(role, status) {
    if (role === 'sales') {
        const element = await mount('c-handoff-sales-to-cs', HandoffSalesToCs, { recordId: OPPORTUNITY_ID, objectApiName: 'Opportunity' });
        getRecord.emit(caseRecord(status), isOpportunity);
        await flushPromises();
        return element;
    }
    const element = await mount('c-handoff-sales-to-cs', HandoffSalesToCs, { recordId: ACCOUNT_ID, objectApiName: 'Account' });
    getRelatedListRecords.emit({ records: [caseRecord(status)], count: 1 });
    await flushPromises();
    return element;
}

describe('c-handoff-sales-to-cs follows the handoff workflow table', () => {
    afterEach(() => {
        unmountAll();
        jest.clearAllMocks();
    });

    it.each(table.cases.map((row) => [row.name, row]))('%s', async (_name, row) => {
        const element = await cardFor(row.role, row.status);
        const seen = { canEdit: !!byId(element, 'edit'), canAccept: !!byId(element, 'accept'), canReturn: !!byId(element, 'return') };
        // The copy the role reads, wherever the card shows the handoff.
        const details = child(element, 'c-handoff-details');
        const shown = details && details.view.desiredOutcome.requiredOutcome;
        seen.reads = !shown ? row.reads : { [AS_SUBMITTED]: 'snapshot', [LIVE]: 'document' }[shown];
        // Submitting happens from the editor: open it where the AE may.
        seen.canSubmit = false;
        if (seen.canEdit) {
            byId(element, 'edit').click();
            await flushPromises();
            seen.canSubmit = !!byId(element, 'submit');
        }
        seen.editorOpen = !!child(element, 'c-handoff-editor');
        expect(seen).toEqual({
            canEdit: row.canEdit,
            canSubmit: row.canSubmit,
            canAccept: row.canAccept,
            canReturn: row.canReturn,
            reads: row.reads,
            editorOpen: row.canEdit,
        });
    });
});

/** A value each input kind of the form accepts, as the input gives it. */
function sampleFor(field) {
    switch (field.input) {
        case 'lines':
            return { text: `${field.name} one\n${field.name} two`, value: [`${field.name} one`, `${field.name} two`] };
        case 'number':
            return { text: '125000.5', value: 125000.5 };
        case 'integer':
            return { text: '24', value: 24 };
        case 'date':
            return { text: '2027-03-31', value: '2027-03-31' };
        case 'datetime':
            return { text: '2027-01-15T09:00:00.000Z', value: '2027-01-15T09:00:00.000Z' };
        case 'url':
            return { text: 'https://example.com/evidence', value: 'https://example.com/evidence' };
        case 'toggle':
            return { checked: true, value: true };
        case 'choice': {
            const last = field.options[field.options.length - 1].value;
            return { text: last, value: last };
        }
        default: {
            const text = field.pattern ? 'EUR' : `${field.name} text`;
            return { text, value: text };
        }
    }
}

const editorOf = (element) => child(element, 'c-handoff-editor').shadowRoot;

describe('c-handoff-sales-to-cs: the AE edits every section of the handoff', () => {
    afterEach(() => {
        unmountAll();
        jest.clearAllMocks();
    });

    async function openNewHandoff() {
        const element = await cardFor('sales', 'none');
        byId(element, 'edit').click();
        await flushPromises();
        return element;
    }

    it('renders every section and field of the core form, with labels from the catalog', async () => {
        const element = await openNewHandoff();
        const editor = editorOf(element);
        expect([...editor.querySelectorAll('[data-section]')].filter((node) => node.tagName === 'FIELDSET').map((node) => node.dataset.section)).toEqual(
            handoffForm.sections.map((section) => section.path),
        );
        const renewal = editor.querySelector('[data-path="commercialTerms.renewalDate"]');
        expect(renewal.label).toBe('Renewal date');
        expect(renewal.type).toBe('date');
        expect(editor.querySelector('[data-path="commercialTerms.termMonths"]')).toMatchObject({ type: 'number', step: '1', min: 1, max: 120 });
        expect(editor.querySelector('[data-id="add-risks"]').label).toBe('Add an entry: Known risks');
    });

    it('fills in a field of every section, saves, and writes it all in the document', async () => {
        const element = await openNewHandoff();
        for (const section of handoffForm.sections) {
            if (section.layout === 'list') {
                editorOf(element).querySelector(`[data-id="add-${section.path}"]`).click();
                // eslint-disable-next-line no-await-in-loop
                await flushPromises();
            }
            for (const field of section.fields) {
                const row = section.layout === 'list' ? '0' : '';
                const input = editorOf(element).querySelector(`[data-path="${field.path}"][data-row="${row}"]`);
                expect([field.path, !!input]).toEqual([field.path, true]);
                const sample = sampleFor(field);
                if (field.input === 'toggle') {
                    input.checked = sample.checked;
                    input.dispatchEvent(new CustomEvent('change'));
                } else typeInto(input, sample.text);
                // eslint-disable-next-line no-await-in-loop
                await flushPromises();
            }
        }
        expect(child(element, 'c-handoff-completeness').completeness.percent).toBe(100);
        byId(element, 'save-draft').click();
        await flushPromises();

        expect(updateRecord).toHaveBeenCalledTimes(1);
        const { fields } = updateRecord.mock.calls[0][0];
        const document = JSON.parse(fields.HC_Handoff_Payload__c);
        for (const field of handoffForm.sections.flatMap((section) => section.fields)) {
            expect([field.path, draftValueAt(document, draftPathOf(field.path, 0))]).toEqual([field.path, sampleFor(field).value]);
        }
        // The first save: the current schema version, the draft status, and none of CS's columns.
        expect(document.schemaVersion).toBe(contexts['sales-to-cs'].version);
        expect(fields.HC_Handoff_Status__c).toBe('draft');
        expect(Object.keys(fields).filter((name) => /Reviewed|Return|Submitted_Payload/.test(name))).toEqual([]);
    });

    it('adds and removes rows with buttons that name the row', async () => {
        const element = await openNewHandoff();
        const add = () => editorOf(element).querySelector('[data-id="add-stakeholders"]');
        add().click();
        await flushPromises();
        add().click();
        await flushPromises();
        const removes = [...editorOf(element).querySelectorAll('[data-section="stakeholders"][data-id="remove-row"]')];
        expect(removes.map((button) => button.label)).toEqual(['Remove Stakeholders, entry 1', 'Remove Stakeholders, entry 2']);
        typeInto(editorOf(element).querySelector('[data-path="stakeholders[].name"][data-row="1"]'), 'Leila Haddad');
        await flushPromises();
        removes[0].click();
        await flushPromises();
        // The new row starts with its required choices at their first value; the second row moved up.
        expect(child(element, 'c-handoff-editor').draft.stakeholders).toEqual([{ role: 'champion', sentiment: 'positive', name: 'Leila Haddad' }]);
        expect(editorOf(element).querySelector('[data-path="stakeholders[].name"][data-row="0"]').value).toBe('Leila Haddad');
    });

    it('saves a returned handoff as a draft without touching its status or CS’s review', async () => {
        const element = await cardFor('sales', 'returned');
        byId(element, 'edit').click();
        await flushPromises();
        typeInto(editorOf(element).querySelector('[data-path="whyWon"]'), 'Regional references in Dubai.');
        await flushPromises();
        byId(element, 'save-draft').click();
        await flushPromises();
        const { fields } = updateRecord.mock.calls[0][0];
        expect(JSON.parse(fields.HC_Handoff_Payload__c).whyWon).toBe('Regional references in Dubai.');
        expect(Object.keys(fields).filter((name) => /Status|Reviewed|Return/.test(name))).toEqual([]);
    });

    it('is accessible with a row in every list', async () => {
        const element = await openNewHandoff();
        for (const section of handoffForm.sections.filter((candidate) => candidate.layout === 'list')) {
            editorOf(element).querySelector(`[data-id="add-${section.path}"]`).click();
            // eslint-disable-next-line no-await-in-loop
            await flushPromises();
        }
        await expect(element).toBeAccessible();
    });
});
