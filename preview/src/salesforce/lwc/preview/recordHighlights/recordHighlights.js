import { LightningElement, api, wire } from 'lwc';
import { getRecord, getFieldValue } from 'lightning/uiRecordApi';

/**
 * The record page's highlights panel: the record's name and type, read through the same data
 * service as the cards, the way a Salesforce record page opens.
 */
export default class RecordHighlights extends LightningElement {
    @api recordId;
    @api objectApiName;
    @api objectLabel;

    @wire(getRecord, { recordId: '$recordId', optionalFields: '$nameFields' })
    record;

    get nameFields() {
        return this.objectApiName ? [`${this.objectApiName}.Name`] : undefined;
    }

    get name() {
        return this.record && this.record.data ? getFieldValue(this.record.data, `${this.objectApiName}.Name`) : '';
    }

    get iconName() {
        return `standard:${(this.objectApiName || 'record').toLowerCase()}`;
    }
}
