/**
 * What every Handoff Context card does the same way on Salesforce: which fields to ask
 * getRecord for, the user's language and time zone, and what an LDS error means (no access, a
 * concurrent edit). Business rules stay in the core (c/handoffCore).
 */
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { columnsOf, contexts, enumValues, keySegment, problemText, salesforceFieldName, translator } from 'c/handoffCore';
import labels from 'c/handoffLabels';

// The labels of the package's permission sets, named in the no-access messages: Reader to see a
// card; Sales (reps and AEs) or Customer Success (CS managers) to change what that person writes.
export const READER_PERMISSION_SET = 'Handoff Context Reader';
export const SALES_PERMISSION_SET = 'Handoff Context Sales';
export const CUSTOMER_SUCCESS_PERMISSION_SET = 'Handoff Context Customer Success';

/** Every column of a context on an object, qualified (`Lead.HC_Lead_Score__c`). */
export function contextFields(kind, objectApiName) {
    return columnsOf(kind).map(({ column }) => `${objectApiName}.${salesforceFieldName(column)}`);
}

/**
 * What a card asks getRecord for, always as optionalFields: a field hidden by field-level
 * security is then left out of the record instead of failing the whole read.
 */
export function recordFields(kind, objectApiName) {
    return [...contextFields(kind, objectApiName), `${objectApiName}.LastModifiedDate`];
}

/** The field that holds a context's whole document, unqualified. */
export function documentField(kind) {
    return salesforceFieldName(contexts[kind].storage.document);
}

/** True when the record came back without the context's document: field-level security hid it. */
export function lacksFieldAccess(record, kind) {
    const fields = record && record.fields;
    return !fields || !Object.prototype.hasOwnProperty.call(fields, documentField(kind));
}

/** The record's last modification, for updateRecord's ifUnmodifiedSince. */
export function lastModifiedOf(record) {
    const field = record && record.fields && record.fields.LastModifiedDate;
    return (field && field.value) || (record && record.lastModifiedDate) || undefined;
}

const memos = new WeakMap();

/**
 * `build()` once per owner, name and key: templates read a card's getters many times per render, and
 * parsing and building a view is the costliest thing a card does. The memo lives outside the
 * component's reactive state (a getter must not change it); the key lists everything the value depends on.
 */
export function memoized(owner, name, key, build) {
    let byName = memos.get(owner);
    if (!byName) memos.set(owner, (byName = new Map()));
    const cached = byName.get(name);
    if (cached && cached.key.length === key.length && cached.key.every((part, index) => part === key[index])) return cached.value;
    const value = build();
    byName.set(name, { key, value });
    return value;
}

/** Options for the core's view builders, in the user's language and time zone. */
export function viewOptions(config, now = new Date()) {
    return { locale: LOCALE, timeZone: TIME_ZONE, now, config, messages: labels };
}

/** The translator for strings the card itself shows (buttons, states). */
export function cardTranslator() {
    return translator(LOCALE, labels, TIME_ZONE);
}

/** An admin's stale-threshold override from a design attribute: a whole number of days, or nothing. */
export function staleConfig(kind, days) {
    const value = Number(days);
    return Number.isInteger(value) && value > 0 ? { staleDays: { [kind]: value } } : {};
}

function errorBodies(error) {
    if (!error) return [];
    const body = error.body;
    if (Array.isArray(body)) return body;
    if (body && typeof body === 'object') {
        const output = body.output && Array.isArray(body.output.errors) ? body.output.errors : [];
        return [body, ...output];
    }
    return [];
}

function errorCodes(error) {
    return errorBodies(error)
        .map((entry) => entry && entry.errorCode)
        .filter((code) => typeof code === 'string');
}

/** The record or its fields are not visible to this user (object access, sharing, or a 403). */
export function isNoAccessError(error) {
    if (!error) return false;
    if (error.status === 403) return true;
    return errorCodes(error).some((code) => code === 'INSUFFICIENT_ACCESS' || code === 'INSUFFICIENT_ACCESS_OR_READONLY');
}

/**
 * A save refused because the user may read the record but not edit it or one of its fields: the
 * record-level codes, or a field-level refusal (the field is read-only for this user's permission sets).
 */
export function isNoEditError(error) {
    if (isNoAccessError(error)) return true;
    const fieldErrors = errorBodies(error).flatMap((entry) => {
        const byField = entry && entry.output && entry.output.fieldErrors;
        return byField && typeof byField === 'object' ? Object.values(byField).flat() : [];
    });
    return fieldErrors.some((entry) => entry && entry.errorCode === 'INVALID_FIELD_FOR_INSERT_UPDATE');
}

/** Someone else saved the record after it was read: updateRecord's ifUnmodifiedSince failed. */
export function isConcurrentEditError(error) {
    if (!error) return false;
    if (error.status === 412) return true;
    return errorCodes(error).some((code) => code === 'PRECONDITION_FAILED' || code === 'CONFLICT');
}

/** A readable reason from an LDS error, never raw JSON. */
export function errorReason(error) {
    const messages = errorBodies(error)
        .map((entry) => entry && entry.message)
        .filter((message) => typeof message === 'string' && message.trim() !== '');
    if (messages.length > 0) return messages.join(' ');
    return error && typeof error.message === 'string' ? error.message : '';
}

/** Problems from a core write, one localised sentence each. */
export function problemsText(problems, t, kind) {
    return (Array.isArray(problems) ? problems : [])
        .map((problem) => problemText(problem, t, kind))
        .filter(Boolean)
        .join(' ');
}

/** The one record of a getRelatedListRecords answer, or undefined when there is none. */
export function firstRecord(data) {
    const records = data && Array.isArray(data.records) ? data.records : [];
    return records.length > 0 ? records[0] : undefined;
}

/** The choices of an enumerated field (`commitments[].type`), labelled in the user's language. */
export function enumOptions(kind, path, group, t) {
    return enumValues(kind, path).map((value) => ({ value, label: t.t(`enum.${group}.${keySegment(value)}`) }));
}
