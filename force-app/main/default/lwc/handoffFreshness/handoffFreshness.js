import { LightningElement, api } from 'lwc';

/** When the AI output was made, by which model, and whether it is stale (in words, not only colour). */
export default class HandoffFreshness extends LightningElement {
    @api freshness;

    get isStale() {
        return !!(this.freshness && this.freshness.isStale);
    }
}
