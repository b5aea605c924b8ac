import { LightningElement, api } from 'lwc';
import {
    draftPathOf,
    draftValueAt,
    fieldLabel,
    handoffForm,
    inputCheckedOf,
    inputTextOf,
    inputValueOf,
    newHandoffRow,
    withDraftRowAdded,
    withDraftRowRemoved,
    withDraftValue,
} from 'c/handoffCore';
import { cardTranslator } from 'c/handoffCardSupport';

const KIND = 'sales-to-cs';

// The lightning-input type of each one-line input kind of the core's form.
const INPUT_TYPES = { text: 'text', url: 'url', number: 'number', integer: 'number', date: 'date', datetime: 'datetime' };

function clone(value) {
    return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/**
 * The AE's handoff form: every section of the core's form description (c/handoffCore handoffForm),
 * rendered generically, so Salesforce asks for exactly what HubSpot asks for. It edits a copy of
 * the draft and tells the card after every change; parts of the payload the form does not edit
 * (provenance, the review) are kept as they are.
 */
export default class HandoffEditor extends LightningElement {
    t = cardTranslator();
    working = {};
    // Field errors of a refused save (c/handoffCore handoffFieldErrors), and the keys fixed since.
    fieldErrors = [];
    cleared = new Set();
    errorsToShow = false;
    opened = false;
    reported = new Set();

    /**
     * The refused save's problems, field by field: each input shows its message (the base
     * components' own validity message, which sets aria-invalid), a list with no entry says it
     * beside its Add button, and focus moves to the first one.
     */
    @api
    get errors() {
        return this.fieldErrors;
    }
    set errors(value) {
        this.fieldErrors = Array.isArray(value) ? value : [];
        this.cleared = new Set();
        this.errorsToShow = this.fieldErrors.length > 0;
    }

    errorOf(key) {
        if (this.cleared.has(key)) return undefined;
        const found = this.fieldErrors.find((error) => error.key === key);
        return found ? found.message : undefined;
    }

    renderedCallback() {
        const inputs = [...this.template.querySelectorAll('[data-key]')];
        // Each input's validity follows its error: a message when it has one, none once fixed.
        for (const input of inputs) {
            if (typeof input.setCustomValidity !== 'function') continue;
            const key = input.dataset.key;
            const message = this.errorOf(key);
            if (!message && !this.reported.has(key)) continue;
            input.setCustomValidity(message || '');
            input.reportValidity();
            if (message) this.reported.add(key);
            else this.reported.delete(key);
        }
        if (this.errorsToShow) {
            this.errorsToShow = false;
            const first = this.fieldErrors[0];
            // A list with no entry: its message takes focus (read out), the Add button is next.
            const target =
                first &&
                this.template.querySelector(
                    first.key.startsWith('section:') ? `[data-id="list-error"][data-section="${first.path}"]` : `[data-key="${first.key}"]`,
                );
            if (target) target.focus();
        } else if (!this.opened) {
            // Focus goes into the editor when it opens: its first input.
            this.opened = true;
            if (inputs[0]) inputs[0].focus();
        }
    }

    @api
    get draft() {
        return this.working;
    }
    set draft(value) {
        this.working = clone(value && typeof value === 'object' ? value : {}) || {};
    }

    label(path) {
        return fieldLabel(KIND, path, this.t);
    }

    /** One input, with what the template needs to pick its base component and bind it. */
    fieldModel(field, row) {
        const value = draftValueAt(this.working, draftPathOf(field.path, row));
        const multiline = field.input === 'longtext' || field.input === 'lines';
        const key = row === undefined ? field.path : `${field.path}-${row}`;
        const error = this.errorOf(key);
        return {
            key,
            path: field.path,
            error,
            row: row === undefined ? '' : String(row),
            input: field.input,
            label: this.label(field.path),
            isToggle: field.input === 'toggle',
            isChoice: field.input === 'choice',
            isMultiline: multiline,
            isLine: !multiline && field.input !== 'toggle' && field.input !== 'choice',
            type: INPUT_TYPES[field.input],
            step: field.input === 'integer' ? '1' : field.input === 'number' ? 'any' : undefined,
            min: field.min,
            max: field.max,
            // A list of lines is limited per line, not as a whole text.
            maxLength: field.input === 'lines' ? undefined : field.maxLength,
            pattern: field.pattern,
            value: inputTextOf(field.input, value),
            checked: inputCheckedOf(value),
            options: field.options
                ? field.options.map((option) => ({ value: option.value, label: option.labelKey ? this.t.t(option.labelKey) : option.value }))
                : undefined,
        };
    }

    get sections() {
        return handoffForm.sections.map((section) => {
            const label = this.label(section.path);
            const isList = section.layout === 'list';
            const base = {
                key: section.path,
                path: section.path,
                label,
                isList,
                legendClass: section.layout === 'single' ? 'slds-assistive-text' : 'slds-text-heading_small slds-p-vertical_x-small',
            };
            if (!isList)
                return {
                    ...base,
                    blocks: [
                        {
                            key: `${section.path}-fields`,
                            isRow: false,
                            blockClass: 'slds-m-bottom_x-small',
                            fields: section.fields.map((field) => this.fieldModel(field)),
                        },
                    ],
                };
            const rows = draftValueAt(this.working, [section.path]);
            const entries = Array.isArray(rows) ? rows : [];
            const blocks = entries.map((_, index) => {
                const entry = this.t.t('field.common.entry', { field: label, index: index + 1 });
                return {
                    key: `${section.path}-${index}`,
                    isRow: true,
                    blockClass: 'slds-box slds-box_x-small slds-m-bottom_x-small',
                    // Each row is a named group, so a screen reader says which entry an input belongs to.
                    role: 'group',
                    index: String(index),
                    label: entry,
                    removeLabel: this.t.t('button.removeEntry', { entry }),
                    fields: section.fields.map((field) => this.fieldModel(field, index)),
                };
            });
            const listError = this.errorOf(`section:${section.path}`);
            return {
                ...base,
                blocks,
                listError,
                listErrorId: `error-${section.path}`,
                addLabel: this.t.t('button.addEntry', { field: label }),
                addId: `add-${section.path}`,
                full: section.maxItems !== undefined && entries.length >= section.maxItems,
            };
        });
    }

    handleField(event) {
        const { path, row, input, key } = event.target.dataset;
        if (key) this.cleared = new Set([...this.cleared, key]);
        const raw = input === 'toggle' ? event.target.checked : event.detail && event.detail.value !== undefined ? event.detail.value : event.target.value;
        this.working = withDraftValue(this.working, draftPathOf(path, row === '' || row === undefined ? undefined : Number(row)), inputValueOf(input, raw));
        this.changed();
    }

    handleAddRow(event) {
        const { section } = event.target.dataset;
        const form = handoffForm.sections.find((candidate) => candidate.path === section);
        if (!form) return;
        this.cleared = new Set([...this.cleared, `section:${section}`]);
        this.working = withDraftRowAdded(this.working, [section], newHandoffRow(form));
        this.changed();
    }

    handleRemoveRow(event) {
        const { section, row } = event.target.dataset;
        this.working = withDraftRowRemoved(this.working, [section], Number(row));
        this.changed();
    }

    changed() {
        this.dispatchEvent(new CustomEvent('draftchange', { detail: { draft: clone(this.working) } }));
    }
}
