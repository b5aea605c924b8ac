/**
 * The classes every Handoff Context card extends: how a card that reads one record shows loading,
 * no access, an unreadable record or its view, and how a card that also writes signs and reports a
 * save. A card keeps its own wires, template and sections.
 */
import { LightningElement, wire } from 'lwc';
import { getRecord, updateRecord } from 'lightning/uiRecordApi';
import USER_ID from '@salesforce/user/Id';
import USER_NAME from '@salesforce/schema/User.Name';
import {
    READER_PERMISSION_SET,
    cardTranslator,
    errorReason,
    isConcurrentEditError,
    isNoAccessError,
    isNoEditError,
    lacksFieldAccess,
    lastModifiedOf,
    memoized,
} from 'c/handoffCardSupport';

/**
 * A card reading one record of its context (`kind`). It hands what its wire answered to `receive`,
 * builds its view in `buildView` and lists in `viewKey` what the view depends on.
 */
export class HandoffRecordCard extends LightningElement {
    t = cardTranslator();
    record;
    error;
    loaded = false;

    /** A record (null: there is none to read yet) or an error; nothing while the wire has not answered. */
    receive(data, error) {
        if (data === undefined && !error) return;
        this.record = data;
        this.error = error;
        this.loaded = true;
    }

    get isLoading() {
        return !this.loaded;
    }
    get loadingText() {
        return this.t.t('state.loading');
    }
    get noAccess() {
        return this.loaded && ((!!this.error && isNoAccessError(this.error)) || (!!this.record && lacksFieldAccess(this.record, this.kind)));
    }
    get noAccessText() {
        return this.t.t('access.salesforce', { permissionSet: READER_PERMISSION_SET });
    }
    get hasError() {
        return this.loaded && !!this.error && !this.noAccess;
    }
    get errorText() {
        return this.t.t('state.unreadable');
    }

    get viewKey() {
        return [this.record];
    }
    // Templates read the view many times per render: it is built once per record and settings.
    get view() {
        return memoized(this, 'view', this.viewKey, () => (this.record && !this.noAccess ? this.buildView() : undefined));
    }
    get isReady() {
        return !!this.view && this.view.state === 'ready';
    }
    get stateText() {
        return this.view && this.view.state !== 'ready' ? this.view.stateText : undefined;
    }

    /** What c-handoff-card-frame shows around the card's sections: title, state, the view (its notices). */
    get frame() {
        return {
            title: this.title,
            isLoading: this.isLoading,
            loadingText: this.loadingText,
            noAccess: this.noAccess,
            noAccessText: this.noAccessText,
            hasError: this.hasError,
            errorText: this.errorText,
            view: this.view,
            noticesHeading: this.t.t('section.notices'),
            reportsSaves: false,
        };
    }
}

/**
 * A card that also writes to the record it read. The user's name signs what they write: it is asked
 * for only when they start (`askForSignature`), so opening the record costs one request. A save
 * reports in one status line; a refused save names the permission set the user lacks (`editPermissionSet`).
 */
export class HandoffWritingCard extends HandoffRecordCard {
    saving = false;
    statusText = '';
    statusTone = 'info';
    userName;
    userRecordId;

    @wire(getRecord, { recordId: '$userRecordId', fields: [USER_NAME] })
    wiredUser({ data }) {
        const name = data && data.fields && data.fields.Name;
        this.userName = name && name.value ? name.value : undefined;
    }

    askForSignature() {
        this.userRecordId = USER_ID;
    }
    /** Who signs a write: the user's name once known, their id until then. */
    get actor() {
        return this.userName || USER_ID;
    }

    /**
     * Writes `fields` to the record only if nobody changed it since it was read; on any failure what
     * the user wrote stays in the form (only `onSaved` clears it).
     */
    async save(recordId, fields, { onSaved, savedKey = 'state.saved' } = {}) {
        this.saving = true;
        this.showStatus(this.t.t('state.saving'), 'info');
        try {
            await updateRecord({ fields: { Id: recordId, ...fields } }, { ifUnmodifiedSince: lastModifiedOf(this.record) });
            if (onSaved) onSaved();
            this.showStatus(this.t.t(savedKey), 'success');
        } catch (error) {
            this.showStatus(this.saveErrorText(error), 'error');
        } finally {
            this.saving = false;
        }
    }
    showStatus(text, tone) {
        this.statusText = text;
        this.statusTone = tone;
    }
    get statusClass() {
        return this.statusTone === 'error' ? 'slds-text-color_error slds-m-top_x-small' : 'slds-text-color_success slds-m-top_x-small';
    }
    /** The frame also holds the live region that reports a save. */
    get frame() {
        return { ...super.frame, reportsSaves: true, statusText: this.statusText, statusClass: this.statusClass };
    }
    saveErrorText(error) {
        if (isConcurrentEditError(error)) return this.t.t('state.concurrentEdit');
        if (isNoEditError(error)) return this.t.t('access.salesforceEdit', { permissionSet: this.editPermissionSet });
        return this.t.t('state.saveFailed', { reason: errorReason(error) });
    }
}
