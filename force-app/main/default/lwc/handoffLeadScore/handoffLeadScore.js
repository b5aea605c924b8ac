import { LightningElement, api, wire } from 'lwc';
import { getRecord, updateRecord } from 'lightning/uiRecordApi';
import USER_ID from '@salesforce/user/Id';
import USER_NAME from '@salesforce/schema/User.Name';
import { FEEDBACK_PREVIEW_COUNT, addFeedback, columnAt, leadScoreView, parseSalesforceRecord, salesforceFieldName, toSalesforceFields } from 'c/handoffCore';
import {
    READER_PERMISSION_SET,
    SALES_PERMISSION_SET,
    cardTranslator,
    errorReason,
    isConcurrentEditError,
    isNoAccessError,
    isNoEditError,
    lacksFieldAccess,
    lastModifiedOf,
    problemsText,
    recordFields,
    staleConfig,
    viewOptions
} from 'c/handoffCardSupport';

// Built views, outside the component's reactive state (a getter must not change it).
const views = new WeakMap();
const KIND = 'lead-score';

/** The lead score and why, on a Lead or Contact, with one-click rep feedback written back to the record. */
export default class HandoffLeadScore extends LightningElement {
    @api recordId;
    @api objectApiName;
    // Design attributes (Lightning App Builder)
    @api showFactors = false;
    @api showIntentSignals = false;
    @api showEngagement = false;
    @api showNextAction = false;
    @api showFeedback = false;
    @api staleDays;

    t = cardTranslator();
    record;
    error;
    loaded = false;
    userName;

    // Feedback draft: kept on any failure, so nothing the rep typed is lost.
    disagreeing = false;
    reason = '';
    saving = false;
    showAllFeedback = false;
    statusText = '';
    statusTone = 'info';

    get fields() {
        return this.objectApiName ? recordFields(KIND, this.objectApiName) : undefined;
    }

    // The rep's name is only needed to sign feedback: it is asked for when the rep reaches the
    // feedback buttons, so opening the record costs one request.
    userRecordId;

    @wire(getRecord, { recordId: '$userRecordId', fields: [USER_NAME] })
    wiredUser({ data }) {
        const name = data && data.fields && data.fields.Name;
        this.userName = name && name.value ? name.value : undefined;
    }

    @wire(getRecord, { recordId: '$recordId', optionalFields: '$fields' })
    wiredRecord({ data, error }) {
        if (data) {
            this.record = data;
            this.error = undefined;
            this.loaded = true;
        } else if (error) {
            this.record = undefined;
            this.error = error;
            this.loaded = true;
        }
    }

    get isLoading() {
        return !this.loaded;
    }
    get loadingText() {
        return this.t.t('state.loading');
    }
    get title() {
        return this.t.t('leadScore.title');
    }

    get noAccess() {
        return this.loaded && ((this.error && isNoAccessError(this.error)) || (this.record && lacksFieldAccess(this.record, KIND)));
    }
    get noAccessText() {
        return this.t.t('access.salesforce', { permissionSet: READER_PERMISSION_SET });
    }
    get hasError() {
        return this.loaded && !!this.error && !this.noAccess;
    }
    get errorText() {
        return this.t.t('state.unreadable');
    }

    get view() {
        // Templates read the view many times per render: build it once per record and settings.
        const key = [this.record, this.latestWon, this.staleDays];
        const cached = views.get(this);
        if (cached && cached.key.every((part, index) => part === key[index])) return cached.view;
        const view = this.buildView();
        views.set(this, { key, view });
        return view;
    }

    buildView() {
        if (!this.record || this.noAccess) return undefined;
        const result = parseSalesforceRecord(KIND, this.record);
        return leadScoreView(result, viewOptions(staleConfig(KIND, this.staleDays)));
    }
    get isReady() {
        return !!this.view && this.view.state === 'ready';
    }
    get stateText() {
        return this.view && this.view.state !== 'ready' ? this.view.stateText : undefined;
    }

    get sectionHeadings() {
        const t = this.t;
        return {
            notices: t.t('section.notices'),
            conflicts: t.t('section.conflicts'),
            factors: t.t('section.factors'),
            intent: t.t('section.intentSignals'),
            engagement: t.t('section.engagement'),
            nextAction: t.t('section.nextAction'),
            disposition: t.t('section.disposition'),
            feedback: t.t('section.feedback')
        };
    }
    get scoreLabel() {
        const score = this.view && this.view.score;
        return score ? this.t.t('score.meterLabel', { title: this.title, value: score.valueText, scale: score.scaleText }) : undefined;
    }

    get showsFactors() {
        return this.showFactors && this.view.factors.length > 0;
    }
    get showsIntent() {
        return this.showIntentSignals && this.view.intentSignals.length > 0;
    }
    get showsEngagement() {
        return this.showEngagement && !!this.view.engagement;
    }
    get showsNextAction() {
        return this.showNextAction && !!this.view.nextAction;
    }
    get intentSignals() {
        return this.view.intentSignals.map((signal) => ({
            ...signal,
            details: [signal.strengthText, signal.trendText, signal.sourceText, signal.observedText].filter(Boolean).join(' · ')
        }));
    }
    get nextActionDetails() {
        const action = this.view.nextAction;
        return [action.ownerText, action.dueText].filter(Boolean).join(' · ');
    }
    get engagementDetails() {
        const engagement = this.view.engagement;
        return [engagement.touchesText, engagement.lastTouchText].filter(Boolean).join(' · ');
    }

    // Feedback
    get buttons() {
        const t = this.t;
        return { helpful: t.t('button.helpful'), notHelpful: t.t('button.notHelpful'), disagree: t.t('button.disagree'), send: t.t('button.sendFeedback'), cancel: t.t('button.cancel') };
    }
    // What reps said so far: the newest few, all of them on request (the core orders them newest first).
    get feedbackEntries() {
        const entries = this.view.feedback;
        return this.showAllFeedback ? entries : entries.slice(0, FEEDBACK_PREVIEW_COUNT);
    }
    get hasFeedbackEntries() {
        return this.view.feedback.length > 0;
    }
    get hasMoreFeedback() {
        return this.view.feedback.length > FEEDBACK_PREVIEW_COUNT;
    }
    get feedbackToggleLabel() {
        return this.t.t(this.showAllFeedback ? 'button.showLess' : 'button.showMore');
    }
    get feedbackExpanded() {
        return String(this.showAllFeedback);
    }
    handleToggleFeedback() {
        this.showAllFeedback = !this.showAllFeedback;
    }

    get reasonLabel() {
        return this.t.t('feedback.reasonLabel');
    }
    get reasonHelp() {
        return this.t.t('feedback.reasonHelp');
    }
    get statusClass() {
        return this.statusTone === 'error' ? 'slds-text-color_error slds-m-top_x-small' : 'slds-text-color_success slds-m-top_x-small';
    }

    handleFeedbackIntent() {
        this.userRecordId = USER_ID;
    }
    handleHelpful() {
        this.sendFeedback('helpful');
    }
    handleNotHelpful() {
        this.sendFeedback('not-helpful');
    }
    handleDisagree() {
        this.disagreeing = true;
        this.statusText = '';
    }
    handleCancel() {
        this.disagreeing = false;
    }
    handleReason(event) {
        this.reason = event.target.value;
    }
    handleSendDisagreement() {
        if (!this.reason || this.reason.trim() === '') {
            this.showStatus(this.t.t('feedback.reasonRequired'), 'error');
            return;
        }
        this.sendFeedback('disagree', this.reason.trim());
    }

    async sendFeedback(verdict, reason) {
        const column = salesforceFieldName(columnAt(KIND, 'feedback'));
        const stored = this.record.fields[column];
        const entry = { verdict, by: this.userName || USER_ID, at: new Date().toISOString() };
        if (reason) entry.reason = reason;
        const result = addFeedback(stored ? stored.value : undefined, entry, { platform: 'salesforce' });
        if (!result.ok) {
            this.showStatus(this.t.t('state.saveFailed', { reason: problemsText(result.problems, this.t, KIND) }), 'error');
            return;
        }
        this.saving = true;
        this.showStatus(this.t.t('state.saving'), 'info');
        try {
            await updateRecord(
                { fields: { Id: this.recordId, ...toSalesforceFields(result.columns) } },
                { ifUnmodifiedSince: lastModifiedOf(this.record) }
            );
            this.disagreeing = false;
            this.reason = '';
            this.showStatus(this.t.t('feedback.sent'), 'success');
        } catch (error) {
            this.showStatus(this.saveErrorText(error), 'error');
        } finally {
            this.saving = false;
        }
    }

    saveErrorText(error) {
        if (isConcurrentEditError(error)) return this.t.t('state.concurrentEdit');
        if (isNoEditError(error)) return this.t.t('access.salesforceEdit', { permissionSet: SALES_PERMISSION_SET });
        return this.t.t('state.saveFailed', { reason: errorReason(error) });
    }

    showStatus(text, tone) {
        this.statusText = text;
        this.statusTone = tone;
    }
}
