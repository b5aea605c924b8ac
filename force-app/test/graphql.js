/**
 * Test utility: UI API records (force-app/test/records.js) → the answers of `lightning/graphql`
 * queries, in the shape the GraphQL API gives them (`uiapi.query.<Object>.edges[].node`, each field
 * `{ value, displayValue }`), and the query text a component handed to `gql`.
 */
import { gql } from 'lightning/graphql';

/** A record node: its Id and each of the record's fields (a field the record lacks stays absent, as @optional leaves it). */
export function graphqlNode(record, children = {}) {
    const node = { Id: record.id };
    for (const [name, cell] of Object.entries(record.fields)) node[name] = { value: cell.value, displayValue: cell.displayValue };
    return { ...node, ...children };
}

/** A connection of record nodes. */
export function connection(records) {
    return { edges: records.map((record) => ({ node: record.Id ? record : graphqlNode(record) })) };
}

/** The answer to a query on one object: `{ uiapi: { query: { Account: { edges } } } }`. */
export function queryAnswer(objectApiName, nodes) {
    return { uiapi: { query: { [objectApiName]: connection(nodes) } } };
}

/**
 * Every query text handed to `gql` so far (the sfdx-lwc-jest stub records calls; the text of a
 * tagged template is its strings joined). Read it before a test clears the mocks.
 */
export function gqlTexts() {
    return gql.mock.calls.map(([strings, ...values]) => strings.reduce((text, part, i) => text + (i > 0 ? String(values[i - 1]) : '') + part, ''));
}
