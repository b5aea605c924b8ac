import { api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';
import {
    acceptHandoff,
    columnAt,
    handoffFieldErrors,
    handoffCopyFor,
    handoffView,
    handoffWorkflow,
    parsePayload,
    parseSalesforceRecord,
    returnHandoff,
    saveHandoffDraft,
    salesforceFieldName,
    submitHandoff,
    toSalesforceFields,
} from 'c/handoffCore';
import {
    CUSTOMER_SUCCESS_PERMISSION_SET,
    SALES_PERMISSION_SET,
    contextFields,
    enumOptions,
    firstRecord,
    memoized,
    problemsText,
    recordFields,
    viewOptions,
} from 'c/handoffCardSupport';
import { HandoffWritingCard } from 'c/handoffRecordCard';

const KIND = 'sales-to-cs';
const STATUS_FIELD = salesforceFieldName(columnAt(KIND, 'review.status'));
const HEALTH = 'customer-health';

/**
 * The sales-to-CS handoff. On an Opportunity the AE fills it in and submits it; on an Account the CS
 * manager reads the latest closed-won handoff, as submitted, and accepts it or returns it.
 */
export default class HandoffSalesToCs extends HandoffWritingCard {
    @api recordId;
    @api objectApiName;
    // Design attributes (Lightning App Builder)
    @api showStakeholders = false;
    @api showRisks = false;
    @api showTechnical = false;
    @api showTimeline = false;

    kind = KIND;

    // The AE's draft and the CS review form: kept on every failure, so no work is lost.
    editing = false;
    draft;
    // A refused save's problems, field by field, for the editor to mark; and whether focus goes back to "Edit handoff".
    fieldErrors = [];
    refocusEdit = false;
    returning = false;
    returnReason;
    returnNote = '';

    get onAccount() {
        return this.objectApiName === 'Account';
    }
    // On an Opportunity the card is the AE's; on an Account, the CS manager's.
    get role() {
        return this.onAccount ? 'customer-success' : 'sales';
    }

    // On an Opportunity, its account's customer health too (through the Account relationship, in the
    // same read): sales is warned before submitting a positive read of an account whose health is low.
    get fields() {
        if (!this.objectApiName || this.onAccount) return undefined;
        return [...recordFields(KIND, this.objectApiName), ...contextFields(HEALTH, 'Account').map((field) => `${this.objectApiName}.${field}`)];
    }
    // On an Account: the latest closed-won opportunity under it, with its handoff.
    get accountId() {
        return this.onAccount ? this.recordId : undefined;
    }
    get opportunityFields() {
        return this.onAccount ? recordFields(KIND, 'Opportunity') : undefined;
    }

    @wire(getRecord, { recordId: '$recordId', optionalFields: '$fields' })
    wiredOpportunity({ data, error }) {
        if (this.onAccount) return;
        this.receive(data, error);
    }

    @wire(getRelatedListRecords, {
        parentRecordId: '$accountId',
        relatedListId: 'Opportunities',
        optionalFields: '$opportunityFields',
        where: '{ IsWon: { eq: true } }',
        sortBy: ['-Opportunity.CloseDate'],
        pageSize: 1,
    })
    wiredLatestWon({ data, error }) {
        if (!this.onAccount) return;
        if (data) this.receive(firstRecord(data) || null, undefined);
        else if (error) this.receive(undefined, error);
    }

    get title() {
        return this.t.t('handoff.title');
    }
    // The AE writes the handoff (Sales set); the CS manager writes the review (Customer Success set).
    get editPermissionSet() {
        return this.onAccount ? CUSTOMER_SUCCESS_PERMISSION_SET : SALES_PERMISSION_SET;
    }

    get parsed() {
        return memoized(this, 'parsed', [this.record, this.error, this.onAccount], () => {
            if (this.record === undefined || this.noAccess) return undefined;
            // CS reads the handoff as it stood when sales submitted it; sales edits the live document.
            if (this.record === null) return { status: 'empty', kind: KIND };
            return parseSalesforceRecord(KIND, this.record, { snapshot: handoffCopyFor(this.role) === 'snapshot' });
        });
    }

    // What this user may do with the handoff as it stands: the core's workflow rules.
    get workflow() {
        const parsed = this.parsed;
        const role = this.role;
        return memoized(this, 'workflow', [parsed, role], () => handoffWorkflow(role, parsed));
    }

    // The account's health as the Opportunity's Account relationship brought it (none on an Account card, or when hidden).
    get health() {
        const account = !this.onAccount && this.record && this.record.fields && this.record.fields.Account;
        const value = account && account.value;
        return memoized(this, 'health', [value], () => (value && value.fields ? parseSalesforceRecord(HEALTH, value) : undefined));
    }

    get view() {
        const parsed = this.parsed;
        const health = this.health;
        return memoized(this, 'view', [parsed, health], () => (parsed ? handoffView(parsed, viewOptions(), { health }) : undefined));
    }
    get headings() {
        return { notices: this.t.t('section.notices'), conflicts: this.t.t('section.conflicts'), completeness: this.t.t('section.completeness') };
    }
    get buttons() {
        const t = this.t;
        return {
            edit: t.t('button.editHandoff'),
            saveDraft: t.t('button.saveDraft'),
            submit: t.t('button.submitHandoff'),
            cancel: t.t('button.cancel'),
            accept: t.t('button.acceptHandoff'),
            returnToSales: t.t('button.returnToSales'),
        };
    }

    // The draft as the core reads it while the AE edits: its completeness and what CS would return it for.
    get draftView() {
        const health = this.health;
        return memoized(this, 'draftView', [this.draft, health], () => handoffView(parsePayload(KIND, this.draft), viewOptions(), { health }));
    }
    // Completeness: of the draft while editing, of the stored handoff otherwise.
    get completeness() {
        if (this.editing) return this.draftView.completeness;
        return this.view ? this.view.completeness : undefined;
    }
    // Shown above the submit button, before the AE submits; they warn and do not block.
    get submitWarnings() {
        return this.editing && this.canSubmit ? this.draftView.submitWarnings : [];
    }
    get hasSubmitWarnings() {
        return this.submitWarnings.length > 0;
    }
    get submitWarningHeading() {
        return this.t.t('submitWarning.heading');
    }
    get completenessLabel() {
        const completeness = this.completeness;
        return completeness ? this.t.t('completeness.meterLabel', { percent: completeness.percentText }) : undefined;
    }

    // The AE (Opportunity)
    get canEdit() {
        return !this.editing && !!this.view && this.workflow.canEdit;
    }
    get canSubmit() {
        return this.workflow.canSubmit;
    }
    handleEdit() {
        const parsed = this.parsed;
        const stored = parsed && (parsed.status === 'valid' || parsed.status === 'partial') ? parsed.value : {};
        this.draft = JSON.parse(JSON.stringify(stored));
        this.fieldErrors = [];
        this.editing = true;
        this.askForSignature();
        this.statusText = '';
    }
    handleDraftChange(event) {
        this.draft = event.detail.draft;
    }
    handleCancelEdit() {
        this.stopEditing();
        this.draft = undefined;
    }
    // Focus goes back to the button that opened the editor.
    stopEditing() {
        this.editing = false;
        this.fieldErrors = [];
        this.refocusEdit = true;
    }
    renderedCallback() {
        if (!this.refocusEdit || this.editing) return;
        // Once submitted there is no Edit button any more: the status, which says "Submitted", takes focus.
        const target = this.template.querySelector('[data-id="edit"]') || this.template.querySelector('[data-id="status-text"]');
        if (!target) return;
        this.refocusEdit = false;
        target.focus();
    }
    handleSaveDraft() {
        this.writeDraft(saveHandoffDraft(this.draft, { platform: 'salesforce', currentStatus: this.currentStatus }));
    }
    handleSubmit() {
        this.writeDraft(submitHandoff(this.draft, { by: this.actor, now: new Date(), platform: 'salesforce', currentStatus: this.currentStatus }));
    }
    /** A refused draft or submit marks each field it names in the editor, as well as saying it under the buttons. */
    writeDraft(result) {
        this.fieldErrors = result.ok ? [] : handoffFieldErrors(result.problems, this.t, this.draft);
        this.write(result, () => this.stopEditing());
    }

    // The CS manager (Account)
    handleReviewIntent() {
        this.askForSignature();
    }
    get canReview() {
        return this.canAccept || this.canReturn;
    }
    get canAccept() {
        return !!this.view && this.workflow.canAccept;
    }
    get canReturn() {
        return !!this.view && this.workflow.canReturn;
    }
    get returnReasons() {
        return enumOptions(KIND, 'review.returnReason', 'returnReason', this.t);
    }
    get returnLabels() {
        return { reason: this.t.t('review.returnReasonLabel'), note: this.t.t('review.returnNoteLabel'), noteHelp: this.t.t('review.returnNoteHelp') };
    }
    // The status column as stored (null before the first save): the actions check the rules against it.
    get currentStatus() {
        const fields = this.record && this.record.fields;
        if (!fields || !Object.prototype.hasOwnProperty.call(fields, STATUS_FIELD)) return undefined;
        return fields[STATUS_FIELD] ? fields[STATUS_FIELD].value : null;
    }
    handleAccept() {
        this.write(acceptHandoff({ by: this.actor, now: new Date(), currentStatus: this.currentStatus }));
    }
    handleStartReturn() {
        this.returning = true;
        this.statusText = '';
    }
    handleCancelReturn() {
        this.returning = false;
    }
    handleReturnReason(event) {
        this.returnReason = event.detail.value;
    }
    handleReturnNote(event) {
        this.returnNote = event.target.value;
    }
    handleSendReturn() {
        const note = this.returnNote && this.returnNote.trim() !== '' ? this.returnNote.trim() : undefined;
        const result = returnHandoff({ by: this.actor, now: new Date(), reason: this.returnReason, note, currentStatus: this.currentStatus });
        this.write(result, () => {
            this.returning = false;
            this.returnReason = undefined;
            this.returnNote = '';
        });
    }
    /** Saves what a core action gives, or says why it refused. */
    write(result, onSaved) {
        if (!result.ok) {
            this.showStatus(this.t.t('state.saveFailed', { reason: problemsText(result.problems, this.t, KIND) }), 'error');
            return;
        }
        // On an Account the record is the opportunity the handoff is on.
        this.save(this.onAccount ? this.record.id : this.recordId, toSalesforceFields(result.columns), { onSaved });
    }
}
