import { LightningElement, api } from 'lwc';

const ICONS = { info: 'utility:info', success: 'utility:success', warning: 'utility:warning', error: 'utility:error' };

/** Sentences about the data (parse problems, stale output, drafts), each with its tone in words and icon. */
export default class HandoffNotices extends LightningElement {
    @api notices = [];
    @api heading;

    get items() {
        return (Array.isArray(this.notices) ? this.notices : []).map((notice, index) => ({
            key: `${notice.key}-${index}`,
            text: notice.text,
            icon: ICONS[notice.tone] || ICONS.info,
            variant: notice.tone === 'error' || notice.tone === 'warning' ? notice.tone : undefined,
            className: `slds-media slds-media_small slds-m-bottom_xx-small handoff-notice_${notice.tone}`,
        }));
    }

    get hasItems() {
        return this.items.length > 0;
    }
}
