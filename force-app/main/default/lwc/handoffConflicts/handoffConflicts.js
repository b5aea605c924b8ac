import { LightningElement, api } from 'lwc';

/**
 * Conflicting AI signals where they happen: what disagrees, who decides, by when, who is told.
 * An overdue decision carries a worded badge and its own icon, not only another colour.
 */
export default class HandoffConflicts extends LightningElement {
    @api heading;
    @api conflicts = [];

    get items() {
        const conflicts = Array.isArray(this.conflicts) ? this.conflicts : [];
        return conflicts.map((conflict) => {
            const overdue = conflict.state === 'overdue';
            return { ...conflict, overdue, iconName: overdue ? 'utility:clock' : 'utility:warning' };
        });
    }

    get hasItems() {
        return this.items.length > 0;
    }
}
