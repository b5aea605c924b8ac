/** Preview stand-in for lightning/uiRecordApi: the sample book as UI API records. */
import { createWireAdapter, service } from './wire';

export const getRecord = createWireAdapter((sf, config, card) => sf.getRecord(config, card));

export function getFieldValue(record, field) {
    const entry = fieldEntry(record, field);
    return entry === undefined ? undefined : entry.value;
}

export function getFieldDisplayValue(record, field) {
    const entry = fieldEntry(record, field);
    return entry === undefined ? undefined : entry.displayValue;
}

function fieldEntry(record, field) {
    if (!record || !record.fields) return undefined;
    const path = typeof field === 'string' ? field : `${field.objectApiName}.${field.fieldApiName}`;
    const names = path.split('.').slice(1);
    let current = record;
    for (let i = 0; i < names.length; i++) {
        const entry = current && current.fields ? current.fields[names[i]] : undefined;
        if (entry === undefined) return undefined;
        if (i === names.length - 1) return entry;
        current = entry.value;
    }
    return undefined;
}

export function updateRecord(recordInput, clientOptions) {
    return service().updateRecord(recordInput, clientOptions);
}

export function createRecord(recordInput) {
    return service().createRecord(recordInput);
}

export function notifyRecordUpdateAvailable(items) {
    return service().notifyChange(items);
}

/** Deprecated on the platform, still used by older components. */
export function getRecordNotifyChange(items) {
    service().notifyChange(items);
}

export function generateRecordInputForUpdate(record) {
    const fields = { Id: record.id };
    for (const [name, entry] of Object.entries(record.fields || {})) fields[name] = entry.value;
    return { fields };
}
