import { api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import { FEEDBACK_PREVIEW_COUNT, addFeedback, columnAt, leadScoreView, parseSalesforceRecord, salesforceFieldName, toSalesforceFields } from 'c/handoffCore';
import { SALES_PERMISSION_SET, problemsText, recordFields, staleConfig, viewOptions } from 'c/handoffCardSupport';
import { HandoffWritingCard } from 'c/handoffRecordCard';

const KIND = 'lead-score';

/** The lead score and why, on a Lead or Contact, with one-click rep feedback written back to the record. */
export default class HandoffLeadScore extends HandoffWritingCard {
    @api recordId;
    @api objectApiName;
    // Design attributes (Lightning App Builder)
    @api showFactors = false;
    @api showIntentSignals = false;
    @api showEngagement = false;
    @api showNextAction = false;
    @api showFeedback = false;
    @api staleDays;

    kind = KIND;
    editPermissionSet = SALES_PERMISSION_SET;

    // Feedback draft: kept on any failure, so nothing the rep typed is lost.
    disagreeing = false;
    reason = '';
    showAllFeedback = false;

    get fields() {
        return this.objectApiName ? recordFields(KIND, this.objectApiName) : undefined;
    }

    @wire(getRecord, { recordId: '$recordId', optionalFields: '$fields' })
    wiredRecord({ data, error }) {
        this.receive(data, error);
    }

    get title() {
        return this.t.t('leadScore.title');
    }
    get viewKey() {
        return [this.record, this.staleDays];
    }
    buildView() {
        return leadScoreView(parseSalesforceRecord(KIND, this.record), viewOptions(staleConfig(KIND, this.staleDays)));
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
            feedback: t.t('section.feedback'),
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
    // Sales rejected the lead after it was scored: the action is struck through, under the reason (decided by the core).
    get nextActionObsolete() {
        return this.view.nextAction.applies === 'no';
    }

    // Feedback
    get buttons() {
        const t = this.t;
        return {
            helpful: t.t('button.helpful'),
            notHelpful: t.t('button.notHelpful'),
            disagree: t.t('button.disagree'),
            send: t.t('button.sendFeedback'),
            cancel: t.t('button.cancel'),
        };
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

    handleFeedbackIntent() {
        this.askForSignature();
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

    sendFeedback(verdict, reason) {
        const column = salesforceFieldName(columnAt(KIND, 'feedback'));
        const stored = this.record.fields[column];
        const entry = { verdict, by: this.actor, at: new Date().toISOString() };
        if (reason) entry.reason = reason;
        const result = addFeedback(stored ? stored.value : undefined, entry, { platform: 'salesforce' });
        if (!result.ok) {
            this.showStatus(this.t.t('state.saveFailed', { reason: problemsText(result.problems, this.t, KIND) }), 'error');
            return;
        }
        this.save(this.recordId, toSalesforceFields(result.columns), {
            savedKey: 'feedback.sent',
            onSaved: () => {
                this.disagreeing = false;
                this.reason = '';
            },
        });
    }
}
