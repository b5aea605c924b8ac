import { LightningElement, api } from 'lwc';
import { fieldLabel } from 'c/handoffCore';
import { cardTranslator, enumOptions } from 'c/handoffCardSupport';

const KIND = 'sales-to-cs';
const LISTS = {
    successCriteria: () => ({ customerConfirmed: false }),
    commitments: () => ({ type: 'contractual' })
};

function clone(value) {
    return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** Sets `a.b.c` in an object, removing the key when the value is empty so the core sees it missing. */
function setPath(target, path, value) {
    const keys = path.split('.');
    let node = target;
    for (const key of keys.slice(0, -1)) {
        if (typeof node[key] !== 'object' || node[key] === null || Array.isArray(node[key])) node[key] = {};
        node = node[key];
    }
    const last = keys[keys.length - 1];
    if (value === undefined) delete node[last];
    else node[last] = value;
}

function getPath(source, path) {
    return path.split('.').reduce((node, key) => (node && typeof node === 'object' ? node[key] : undefined), source);
}

/** The input's value in the payload's terms: text, a list of lines, a number, or a flag. */
function valueOf(input, type) {
    if (type === 'checkbox') return !!input.checked;
    const raw = typeof input.value === 'string' ? input.value : input.value === undefined || input.value === null ? '' : String(input.value);
    if (type === 'lines') {
        const lines = raw.split('\n').map((line) => line.trim()).filter(Boolean);
        return lines.length > 0 ? lines : undefined;
    }
    if (raw.trim() === '') return undefined;
    if (type === 'number') {
        const number = Number(raw);
        return Number.isFinite(number) ? number : raw;
    }
    return raw;
}

/**
 * The AE's handoff form: the must-have fields and sales' read of the account. It edits a copy of the
 * draft and tells the card after every change; parts of the payload it has no input for are kept.
 */
export default class HandoffEditor extends LightningElement {
    t = cardTranslator();
    working = {};

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

    get labels() {
        return {
            desiredOutcome: this.label('desiredOutcome'),
            requiredOutcome: this.label('desiredOutcome.requiredOutcome'),
            approach: this.label('desiredOutcome.approach'),
            useCases: this.label('desiredOutcome.useCases'),
            successCriteria: this.label('successCriteria'),
            metric: this.label('successCriteria[].metric'),
            target: this.label('successCriteria[].target'),
            customerConfirmed: this.label('successCriteria[].customerConfirmed'),
            commitments: this.label('commitments'),
            item: this.label('commitments[].item'),
            type: this.label('commitments[].type'),
            owner: this.label('commitments[].owner'),
            commercialTerms: this.label('commercialTerms'),
            products: this.label('commercialTerms.products'),
            arr: this.label('commercialTerms.arr'),
            currency: this.label('commercialTerms.currency'),
            termMonths: this.label('commercialTerms.termMonths'),
            renewalDate: this.label('commercialTerms.renewalDate'),
            accountSentiment: this.label('accountSentiment'),
            add: this.t.t('button.add'),
            remove: this.t.t('button.remove')
        };
    }

    get values() {
        const lines = (path) => {
            const list = getPath(this.working, path);
            return Array.isArray(list) ? list.join('\n') : '';
        };
        return {
            requiredOutcome: getPath(this.working, 'desiredOutcome.requiredOutcome') || '',
            approach: getPath(this.working, 'desiredOutcome.approach') || '',
            useCases: lines('desiredOutcome.useCases'),
            products: lines('commercialTerms.products'),
            arr: getPath(this.working, 'commercialTerms.arr'),
            currency: getPath(this.working, 'commercialTerms.currency') || '',
            termMonths: getPath(this.working, 'commercialTerms.termMonths'),
            renewalDate: getPath(this.working, 'commercialTerms.renewalDate') || '',
            accountSentiment: this.working.accountSentiment || ''
        };
    }

    rows(list) {
        const entries = Array.isArray(this.working[list]) ? this.working[list] : [];
        return entries.map((entry, index) => ({ ...entry, index, key: `${list}-${index}`, position: index + 1 }));
    }
    get criteria() {
        return this.rows('successCriteria');
    }
    get commitments() {
        return this.rows('commitments');
    }
    get commitmentTypes() {
        return enumOptions(KIND, 'commitments[].type', 'commitmentType', this.t);
    }
    get sentiments() {
        return enumOptions(KIND, 'accountSentiment', 'sentiment', this.t);
    }

    handleField(event) {
        const { path, type } = event.target.dataset;
        setPath(this.working, path, valueOf(event.target, type));
        this.changed();
    }

    handleRowField(event) {
        const { list, index, field, type } = event.target.dataset;
        const entries = Array.isArray(this.working[list]) ? this.working[list] : [];
        const entry = entries[Number(index)];
        if (!entry) return;
        const value = valueOf(event.target, type);
        if (value === undefined) delete entry[field];
        else entry[field] = value;
        this.changed();
    }

    handleAddRow(event) {
        const { list } = event.target.dataset;
        const entries = Array.isArray(this.working[list]) ? this.working[list] : [];
        this.working[list] = [...entries, LISTS[list]()];
        this.changed();
    }

    handleRemoveRow(event) {
        const { list, index } = event.target.dataset;
        const entries = Array.isArray(this.working[list]) ? this.working[list] : [];
        this.working[list] = entries.filter((_, position) => position !== Number(index));
        this.changed();
    }

    changed() {
        this.working = { ...this.working };
        this.dispatchEvent(new CustomEvent('draftchange', { detail: { draft: clone(this.working) } }));
    }
}
