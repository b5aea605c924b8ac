import { LightningElement, api } from 'lwc';

/** The handoff's completeness meter, and the must-have fields still missing, by name. */
export default class HandoffCompleteness extends LightningElement {
    @api heading;
    @api completeness;
    /** The meter's accessible name, e.g. "Handoff completeness: 70%". */
    @api label;

    get percent() {
        const value = this.completeness ? Number(this.completeness.percent) : 0;
        return Math.round(Math.min(100, Math.max(0, Number.isFinite(value) ? value : 0)));
    }

    get barStyle() {
        return `width: ${this.percent}%`;
    }

    // All filled in is not ready: a handoff whose criteria the customer never confirmed says so beside the percent.
    get confirmedClass() {
        const none = this.completeness && this.completeness.criteriaTotal > 0 && this.completeness.criteriaConfirmed === 0;
        return none ? 'slds-text-body_small slds-text-color_error' : 'slds-text-body_small';
    }

    get hasMissing() {
        return !!(this.completeness && Array.isArray(this.completeness.missing) && this.completeness.missing.length > 0);
    }
}
