/**
 * The customer-health query's answer as the records the core parses. The query selects every
 * Handoff Context field with `@optional`, so a field hidden by field-level security is simply
 * absent from its node (as `optionalFields` leaves it out of a getRecord record), and the latest
 * closed-won opportunity is absent when the user cannot read opportunities.
 */

/** A GraphQL record node in the UI API record shape (`{ fields: { Name: { value } } }`), readable fields only. */
export function uiRecordOf(apiName, node) {
    if (!node || typeof node !== 'object') return undefined;
    const fields = {};
    for (const [name, cell] of Object.entries(node)) {
        // A readable field is { value, displayValue }; Id, child connections and omitted fields are not.
        if (cell && typeof cell === 'object' && Object.prototype.hasOwnProperty.call(cell, 'value')) {
            fields[name] = { value: cell.value, displayValue: cell.displayValue === undefined ? null : cell.displayValue };
        }
    }
    return { apiName, id: node.Id, fields };
}

function firstNode(connection) {
    const edges = connection && Array.isArray(connection.edges) ? connection.edges : [];
    return edges.length > 0 && edges[0] ? edges[0].node : undefined;
}

/**
 * The account (undefined when the query found none the user can see) and its latest closed-won
 * opportunity (undefined when there is none, or opportunities are not readable).
 */
export function readHealthAnswer(data) {
    const query = data && data.uiapi ? data.uiapi.query : undefined;
    const account = firstNode(query ? query.Account : undefined);
    if (!account) return { account: undefined, latestWon: undefined };
    return { account: uiRecordOf('Account', account), latestWon: uiRecordOf('Opportunity', firstNode(account.Opportunities)) };
}
