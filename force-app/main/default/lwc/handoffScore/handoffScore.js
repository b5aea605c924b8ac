import { LightningElement, api } from 'lwc';

/**
 * A score with its scale, polarity, band and level in words, and a meter filled to where the number
 * sits on its scale (the core's meterPercent), coloured by how good that is for the customer.
 */
export default class HandoffScore extends LightningElement {
    @api score;
    /** The meter's accessible name, e.g. "Lead score: 82 out of 100". */
    @api label;

    get percent() {
        const filled = this.score ? Number(this.score.meterPercent) : 0;
        return Math.round(Math.min(100, Math.max(0, Number.isFinite(filled) ? filled : 0)));
    }

    get barStyle() {
        return `width: ${this.percent}%`;
    }

    get barClass() {
        const level = this.score && this.score.level;
        const tone = level === 'high' ? 'success' : level === 'low' ? 'error' : 'warning';
        return `slds-progress-bar__value handoff-score__bar_${tone}`;
    }
}
