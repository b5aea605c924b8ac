import { api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';
import {
    acceptHandoff,
    columnAt,
    handoffView,
    parsePayload,
    parseSalesforceRecord,
    prepareSalesforceWrite,
    returnHandoff,
    salesforceFieldName,
    submitHandoff,
    toSalesforceFields
} from 'c/handoffCore';
import {
    CUSTOMER_SUCCESS_PERMISSION_SET,
    SALES_PERMISSION_SET,
    enumOptions,
    firstRecord,
    memoized,
    problemsText,
    recordFields,
    viewOptions
} from 'c/handoffCardSupport';
import { HandoffWritingCard } from 'c/handoffRecordCard';

const KIND = 'sales-to-cs';
const STATUS_FIELD = salesforceFieldName(columnAt(KIND, 'review.status'));

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
    returning = false;
    returnReason;
    returnNote = '';

    get onAccount() {
        return this.objectApiName === 'Account';
    }

    get fields() {
        return this.objectApiName && !this.onAccount ? recordFields(KIND, this.objectApiName) : undefined;
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
        pageSize: 1
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
            return parseSalesforceRecord(KIND, this.record, { snapshot: this.onAccount });
        });
    }

    get view() {
        const parsed = this.parsed;
        return memoized(this, 'view', [parsed], () => (parsed ? handoffView(parsed, viewOptions()) : undefined));
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
            returnToSales: t.t('button.returnToSales')
        };
    }

    // Completeness: of the draft while editing, of the stored handoff otherwise.
    get completeness() {
        if (this.editing) return memoized(this, 'draftCompleteness', [this.draft], () => handoffView(parsePayload(KIND, this.draft), viewOptions()).completeness);
        return this.view ? this.view.completeness : undefined;
    }
    get completenessLabel() {
        const completeness = this.completeness;
        return completeness ? this.t.t('completeness.meterLabel', { percent: completeness.percentText }) : undefined;
    }

    // The AE (Opportunity)
    get canEdit() {
        return !this.onAccount && !this.editing && !!this.view && this.view.state !== 'invalid' && this.view.status !== 'accepted';
    }
    handleEdit() {
        const parsed = this.parsed;
        const stored = parsed && (parsed.status === 'valid' || parsed.status === 'partial') ? parsed.value : {};
        this.draft = { schemaVersion: 1, ...JSON.parse(JSON.stringify(stored)) };
        this.editing = true;
        this.askForSignature();
        this.statusText = '';
    }
    handleDraftChange(event) {
        this.draft = event.detail.draft;
    }
    handleCancelEdit() {
        this.editing = false;
        this.draft = undefined;
    }
    stopEditing() {
        this.editing = false;
    }
    handleSaveDraft() {
        const prepared = prepareSalesforceWrite(KIND, this.draft, { allowIncomplete: true });
        if (!prepared.ok) {
            this.showStatus(this.t.t('state.saveFailed', { reason: problemsText(prepared.problems, this.t, KIND) }), 'error');
            return;
        }
        const fields = { ...prepared.fields };
        if (!this.view || this.view.status === 'none') fields[STATUS_FIELD] = 'draft';
        this.save(this.recordId, fields, { onSaved: () => this.stopEditing() });
    }
    handleSubmit() {
        const result = submitHandoff(this.draft, { by: this.actor, now: new Date(), platform: 'salesforce' });
        if (!result.ok) {
            this.showStatus(this.t.t('state.saveFailed', { reason: problemsText(result.problems, this.t, KIND) }), 'error');
            return;
        }
        this.save(this.recordId, toSalesforceFields(result.columns), { onSaved: () => this.stopEditing() });
    }

    // The CS manager (Account)
    handleReviewIntent() {
        this.askForSignature();
    }
    get canReview() {
        return this.onAccount && !!this.view && this.view.state === 'ready' && this.view.status === 'submitted';
    }
    get returnReasons() {
        return enumOptions(KIND, 'review.returnReason', 'returnReason', this.t);
    }
    get returnLabels() {
        return { reason: this.t.t('review.returnReasonLabel'), note: this.t.t('review.returnNoteLabel'), noteHelp: this.t.t('review.returnNoteHelp') };
    }
    get currentStatus() {
        const field = this.record && this.record.fields && this.record.fields[STATUS_FIELD];
        return field ? field.value : undefined;
    }
    handleAccept() {
        const result = acceptHandoff({ by: this.actor, now: new Date(), currentStatus: this.currentStatus });
        this.review(result);
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
        this.review(result, () => {
            this.returning = false;
            this.returnReason = undefined;
            this.returnNote = '';
        });
    }
    review(result, onSaved) {
        if (!result.ok) {
            this.showStatus(this.t.t('state.saveFailed', { reason: problemsText(result.problems, this.t, KIND) }), 'error');
            return;
        }
        // On an Account the record is the opportunity the handoff is on.
        this.save(this.record.id, toSalesforceFields(result.columns), { onSaved });
    }
}
