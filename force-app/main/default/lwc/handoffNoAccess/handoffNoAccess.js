import { LightningElement, api } from 'lwc';

/** What a user without the permission set sees: which permission set to ask the admin for. */
export default class HandoffNoAccess extends LightningElement {
    @api message;
}
