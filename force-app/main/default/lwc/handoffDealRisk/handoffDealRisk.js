import { LightningElement, api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import { dealRiskView, parseSalesforceRecord } from 'c/handoffCore';
import { READER_PERMISSION_SET, cardTranslator, isNoAccessError, lacksFieldAccess, recordFields, staleConfig, viewOptions } from 'c/handoffCardSupport';

// Built views, outside the component's reactive state (a getter must not change it).
const views = new WeakMap();
const KIND = 'deal-risk';

/** The AI's win probability beside the rep's forecast, and the risks by severity, on an Opportunity. */
export default class HandoffDealRisk extends LightningElement {
    @api recordId;
    @api objectApiName;
    // Design attributes (Lightning App Builder)
    @api showRepForecast = false;
    @api showRisks = false;
    @api staleDays;

    t = cardTranslator();
    record;
    error;
    loaded = false;

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

    get isLoading() {
        return !this.loaded;
    }
    get loadingText() {
        return this.t.t('state.loading');
    }
    get title() {
        return this.t.t('dealRisk.title');
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
        return dealRiskView(parseSalesforceRecord(KIND, this.record), viewOptions(staleConfig(KIND, this.staleDays)));
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
            winProbability: t.t('section.winProbability'),
            repForecast: t.t('section.repForecast'),
            risks: t.t('section.riskFactors')
        };
    }
    get scoreLabel() {
        const score = this.view && this.view.winProbability;
        return score ? this.t.t('score.meterLabel', { title: this.headings.winProbability, value: score.valueText, scale: score.scaleText }) : undefined;
    }
    get showsForecast() {
        return this.showRepForecast && !!this.view.repForecast;
    }
    get forecastDetails() {
        const forecast = this.view.repForecast;
        return [forecast.probabilityText, forecast.updatedText].filter(Boolean).join(' · ');
    }
    get showsRisks() {
        return this.showRisks && this.view.risks.length > 0;
    }
    get risks() {
        return this.view.risks.map((risk) => ({
            ...risk,
            badgeClass: `slds-badge handoff-severity_${risk.severity}`,
            details: [risk.categoryText, risk.detectedText, risk.sourceText, risk.ownerText].filter(Boolean).join(' · ')
        }));
    }
}
