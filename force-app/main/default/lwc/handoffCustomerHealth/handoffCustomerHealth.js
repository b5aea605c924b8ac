import { LightningElement, api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';
import { customerHealthView, parseSalesforceRecord } from 'c/handoffCore';
import {
    READER_PERMISSION_SET,
    cardTranslator,
    firstRecord,
    isNoAccessError,
    lacksFieldAccess,
    recordFields,
    staleConfig,
    viewOptions
} from 'c/handoffCardSupport';

// Built views, outside the component's reactive state (a getter must not change it).
const views = new WeakMap();
const KIND = 'customer-health';

/**
 * Customer health on an Account: score, band, trend, drivers, intervention, and the health conflict
 * against sales' read of the account in the latest closed-won handoff.
 */
export default class HandoffCustomerHealth extends LightningElement {
    @api recordId;
    @api objectApiName;
    // Design attributes (Lightning App Builder)
    @api showDrivers = false;
    @api showIntervention = false;
    @api showCsmSentiment = false;
    @api staleDays;

    t = cardTranslator();
    record;
    error;
    loaded = false;
    latestWon;

    get fields() {
        return this.objectApiName ? recordFields(KIND, this.objectApiName) : undefined;
    }

    @wire(getRecord, { recordId: '$recordId', optionalFields: '$fields' })
    wiredRecord({ data, error }) {
        if (data || error) {
            this.record = data;
            this.error = error;
            this.loaded = true;
        }
    }

    // The latest closed-won opportunity under the account, with its handoff.
    get accountId() {
        return this.recordId;
    }
    get opportunityFields() {
        return recordFields('sales-to-cs', 'Opportunity');
    }

    // The handoff only adds the health conflict: when it cannot be read, health still shows.
    @wire(getRelatedListRecords, {
        parentRecordId: '$accountId',
        relatedListId: 'Opportunities',
        optionalFields: '$opportunityFields',
        where: '{ IsWon: { eq: true } }',
        sortBy: ['-Opportunity.CloseDate'],
        pageSize: 1
    })
    wiredHandoff({ data }) {
        this.latestWon = firstRecord(data);
    }

    get isLoading() {
        return !this.loaded;
    }
    get loadingText() {
        return this.t.t('state.loading');
    }
    get title() {
        return this.t.t('health.title');
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
        // Sales' read of the account as it stood when the handoff was submitted.
        const handoff = this.latestWon ? parseSalesforceRecord('sales-to-cs', this.latestWon, { snapshot: true }) : undefined;
        return customerHealthView(parseSalesforceRecord(KIND, this.record), viewOptions(staleConfig(KIND, this.staleDays)), { handoff });
    }
    get isReady() {
        return !!this.view && this.view.state === 'ready';
    }
    get stateText() {
        return this.view && this.view.state !== 'ready' ? this.view.stateText : undefined;
    }
    get headings() {
        const t = this.t;
        return {
            notices: t.t('section.notices'),
            conflicts: t.t('section.conflicts'),
            drivers: t.t('section.drivers'),
            intervention: t.t('section.intervention'),
            csmSentiment: t.t('section.csmSentiment')
        };
    }
    get scoreLabel() {
        const score = this.view && this.view.score;
        return score ? this.t.t('score.meterLabel', { title: this.title, value: score.valueText, scale: score.scaleText }) : undefined;
    }
    get showsDrivers() {
        return this.showDrivers && this.view.drivers.length > 0;
    }
    get showsIntervention() {
        return this.showIntervention && !!this.view.intervention;
    }
    get interventionDetails() {
        const action = this.view.intervention;
        return [action.ownerText, action.dueText].filter(Boolean).join(' · ');
    }
    get showsCsm() {
        return this.showCsmSentiment && !!this.view.csmSentiment;
    }
}
