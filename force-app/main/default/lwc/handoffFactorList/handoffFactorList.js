import { LightningElement, api } from 'lwc';

/** Factors or drivers, strongest first: whether each helps or hurts, in words and sign, beside its sentence. */
export default class HandoffFactorList extends LightningElement {
    @api heading;
    @api factors = [];

    get items() {
        return (Array.isArray(this.factors) ? this.factors : []).map((factor) => ({
            ...factor,
            // The core's effect already applies the score's polarity: raising a higher-is-worse score hurts.
            badgeClass: factor.effect === 'hurts' ? 'slds-badge slds-theme_error' : 'slds-badge slds-theme_success',
        }));
    }

    get hasItems() {
        return this.items.length > 0;
    }
}
