/**
 * Preview stand-in for lightning/graphql: `gql` keeps the query's text (the data service parses it),
 * and `graphql` answers `{ data, errors }` from the sample book as one request per query.
 */
import { createWireAdapter } from './wire';

export function gql(strings, ...values) {
    return strings.reduce((text, part, i) => text + (i > 0 ? String(values[i - 1]) : '') + part, '');
}

export const graphql = createWireAdapter((sf, config, card) => sf.graphql(config, card));
