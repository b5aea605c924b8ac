import { api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import { dealRiskView, parseSalesforceRecord } from 'c/handoffCore';
import { recordFields, staleConfig, viewOptions } from 'c/handoffCardSupport';
import { HandoffRecordCard } from 'c/handoffRecordCard';

const KIND = 'deal-risk';

/** The AI's win probability beside the rep's forecast, and the risks by severity, on an Opportunity. */
export default class HandoffDealRisk extends HandoffRecordCard {
    @api recordId;
    @api objectApiName;
    // Design attributes (Lightning App Builder)
    @api showRepForecast = false;
    @api showRisks = false;
    @api staleDays;

    kind = KIND;

    get fields() {
        return this.objectApiName ? recordFields(KIND, this.objectApiName) : undefined;
    }

    @wire(getRecord, { recordId: '$recordId', optionalFields: '$fields' })
    wiredRecord({ data, error }) {
        this.receive(data, error);
    }

    get title() {
        return this.t.t('dealRisk.title');
    }
    get viewKey() {
        return [this.record, this.staleDays];
    }
    buildView() {
        return dealRiskView(parseSalesforceRecord(KIND, this.record), viewOptions(staleConfig(KIND, this.staleDays)));
    }
    get headings() {
        const t = this.t;
        return {
            notices: t.t('section.notices'),
            conflicts: t.t('section.conflicts'),
            winProbability: t.t('section.winProbability'),
            repForecast: t.t('section.repForecast'),
            risks: t.t('section.riskFactors'),
        };
    }
    get scoreLabel() {
        const score = this.view && this.view.winProbability;
        return score ? this.t.t('score.meterLabel', { title: this.headings.winProbability, value: score.valueText, scale: score.scaleText }) : undefined;
    }
    get showsForecast() {
        return this.showRepForecast && !!this.view.repForecast;
    }
    get showsRisks() {
        return this.showRisks && this.view.risks.length > 0;
    }
    get risks() {
        return this.view.risks.map((risk) => ({
            ...risk,
            badgeClass: `slds-badge handoff-severity_${risk.severity}`,
        }));
    }
}
