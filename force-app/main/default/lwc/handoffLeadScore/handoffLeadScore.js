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
    // The verdict this rep sent from this card, once saved: its button shows pressed, a sentence says it.
    chosen;

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
    get feedbackPressed() {
        return {
            helpful: String(this.chosen === 'helpful'),
            notHelpful: String(this.chosen === 'not-helpful'),
            disagree: String(this.chosen === 'disagree'),
        };
    }
    get feedbackButtonClass() {
        const of = (verdict) =>
            `slds-button ${this.chosen === verdict ? 'slds-button_brand' : 'slds-button_neutral'} slds-m-right_xx-small slds-m-bottom_xx-small`;
        return { helpful: of('helpful'), notHelpful: of('not-helpful'), disagree: of('disagree') };
    }
    get chosenText() {
        const keys = { helpful: 'feedback.chose.helpful', 'not-helpful': 'feedback.chose.notHelpful', disagree: 'feedback.chose.disagree' };
        return this.chosen ? this.t.t(keys[this.chosen]) : undefined;
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
                this.chosen = verdict;
            },
        });
    }
}
