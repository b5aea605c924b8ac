import { LightningElement, api } from 'lwc';

/** Conflicting AI signals where they happen: what disagrees, who decides, by when, who is told. */
export default class HandoffConflicts extends LightningElement {
    @api heading;
    @api conflicts = [];

    get items() {
        return Array.isArray(this.conflicts) ? this.conflicts : [];
    }

    get hasItems() {
        return this.items.length > 0;
    }
}
