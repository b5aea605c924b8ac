/**
 * Test utility: canonical payloads → Lightning UI API records, the shape getRecord and
 * getRelatedListRecords give a card. The columns come from the core's own writer, so a record here
 * is exactly what a scoring job or the handoff form would have stored.
 */
import { prepareSalesforceWrite } from 'c/handoffCore';

const fs = require('fs');
const path = require('path');

export const LAST_MODIFIED = '2026-11-20T10:00:00.000Z';
const DAY = 24 * 60 * 60 * 1000;

const book = JSON.parse(fs.readFileSync(path.join(__dirname, '../../shared/samples/book.json'), 'utf8'));

/** A copy of the payload of one kind stored on a record of the sample book (shared/samples), by its id. */
export function bookPayload(recordId, kind) {
    const record = [...book.companies, ...book.people, ...book.deals].find((entry) => entry.id === recordId);
    if (!record || !record.payloads || !record.payloads[kind]) throw new Error(`the sample book has no ${kind} payload on ${recordId}`);
    return JSON.parse(JSON.stringify(record.payloads[kind]));
}

/** An ISO instant some days before now, so freshness does not depend on when the tests run. */
export function daysAgo(days) {
    return new Date(Date.now() - days * DAY).toISOString();
}

/** A UI API record of an object with the given field values. */
export function uiRecord(apiName, id, values, lastModifiedDate = LAST_MODIFIED) {
    const fields = { LastModifiedDate: { value: lastModifiedDate, displayValue: null } };
    for (const [name, value] of Object.entries(values)) fields[name] = { value, displayValue: null };
    return {
        apiName,
        id,
        childRelationships: {},
        eTag: 'etag',
        lastModifiedById: null,
        lastModifiedDate,
        recordTypeId: null,
        recordTypeInfo: null,
        systemModstamp: lastModifiedDate,
        weakEtag: 1,
        fields,
    };
}

/** The columns the core writes for a payload (throws when the payload is not writable: a test mistake). */
export function columnsFor(kind, payload, options = {}) {
    const prepared = prepareSalesforceWrite(kind, payload, options);
    if (!prepared.ok) throw new Error(`test payload for ${kind} is not writable: ${prepared.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
    return prepared.fields;
}

/** A record holding a context's payload (and any extra columns), as a card reads it. */
export function recordWith(kind, apiName, id, payload, extra = {}, options = {}) {
    return uiRecord(apiName, id, { ...columnsFor(kind, payload, options), ...extra });
}

/** The same record with every Handoff Context field missing: what field-level security leaves. */
export function withoutHandoffFields(record) {
    const fields = {};
    for (const [name, value] of Object.entries(record.fields)) if (!name.startsWith('HC_')) fields[name] = value;
    return { ...record, fields };
}

/** Lets LWC re-render after wire emissions and promise callbacks. */
export function flushPromises() {
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    return new Promise((resolve) => setTimeout(resolve, 0));
}
