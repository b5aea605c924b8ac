import { LightningElement, api } from 'lwc';

/**
 * The frame every Handoff Context card shares, so the four templates do not each repeat it: the
 * card, its loading / no access / error states, the view's notices, then the card's own sections
 * (the default slot), and for a writing card the line that reports a save. `frame` is the card's
 * `frame` getter (c/handoffRecordCard). Light DOM, so a card's tests and styles reach what it shows.
 */
export default class HandoffCardFrame extends LightningElement {
    static renderMode = 'light';

    @api frame = {};
    @api iconName;
}
