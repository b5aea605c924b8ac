import { LightningElement, api } from 'lwc';

/** Factors or drivers, strongest first: the sign and direction in words beside each sentence. */
export default class HandoffFactorList extends LightningElement {
    @api heading;
    @api factors = [];

    get items() {
        return (Array.isArray(this.factors) ? this.factors : []).map((factor) => ({
            ...factor,
            symbolClass: factor.direction === 'lowers' ? 'handoff-factor__symbol slds-text-color_error' : 'handoff-factor__symbol slds-text-color_success',
        }));
    }

    get hasItems() {
        return this.items.length > 0;
    }
}
