/**
 * The part of the Salesforce GraphQL API (`lightning/graphql`) the cards use, answered from the
 * preview's records the way the platform answers: record queries under `uiapi { query { … } }` with
 * `where`, `orderBy` and `first`, each field as `{ value displayValue }`, child relationships as
 * connections, and the user's field-level security applied. A field the user cannot see fails the
 * whole query, unless it is marked `@optional`: then it is left out of the answer.
 */

// ---- parsing ---------------------------------------------------------------------------------

export type Value =
  | { kind: 'variable'; name: string }
  | { kind: 'literal'; value: unknown }
  | { kind: 'enum'; name: string }
  | { kind: 'list'; items: Value[] }
  | { kind: 'object'; fields: Record<string, Value> };

export interface Selection {
  name: string;
  alias?: string;
  args: Record<string, Value>;
  directives: string[];
  selections: Selection[];
}

export interface Operation {
  name?: string;
  selections: Selection[];
}

type Token = { type: 'name' | 'punct' | 'string' | 'number'; text: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s+|,|#[^\n]*|("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([A-Za-z_][\w]*)|(\.\.\.|[{}()[\]:$@!=])/y;
  let index = 0;
  while (index < source.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(source);
    if (!match) throw new SyntaxError(`Unexpected character '${source[index]}' at ${index}`);
    index = pattern.lastIndex;
    if (match[1]) tokens.push({ type: 'string', text: JSON.parse(match[1]) });
    else if (match[2]) tokens.push({ type: 'number', text: match[2] });
    else if (match[3]) tokens.push({ type: 'name', text: match[3] });
    else if (match[4]) tokens.push({ type: 'punct', text: match[4] });
  }
  return tokens;
}

/** Parses one query operation (no fragments: the cards do not use them). */
export function parseQuery(source: string): Operation {
  const tokens = tokenize(source);
  let at = 0;
  const peek = () => tokens[at];
  const take = (text?: string): Token => {
    const token = tokens[at++];
    if (!token || (text !== undefined && token.text !== text))
      throw new SyntaxError(`Expected ${text ?? 'a token'} but found ${token ? token.text : 'the end'}`);
    return token;
  };
  const is = (text: string) => peek()?.text === text && peek()?.type === 'punct';

  function value(): Value {
    const token = take();
    if (token.type === 'punct' && token.text === '$') return { kind: 'variable', name: take().text };
    if (token.type === 'string') return { kind: 'literal', value: token.text };
    if (token.type === 'number') return { kind: 'literal', value: Number(token.text) };
    if (token.type === 'punct' && token.text === '[') {
      const items: Value[] = [];
      while (!is(']')) items.push(value());
      take(']');
      return { kind: 'list', items };
    }
    if (token.type === 'punct' && token.text === '{') {
      const fields: Record<string, Value> = {};
      while (!is('}')) {
        const name = take().text;
        take(':');
        fields[name] = value();
      }
      take('}');
      return { kind: 'object', fields };
    }
    if (token.type === 'name') {
      if (token.text === 'true' || token.text === 'false') return { kind: 'literal', value: token.text === 'true' };
      if (token.text === 'null') return { kind: 'literal', value: null };
      return { kind: 'enum', name: token.text };
    }
    throw new SyntaxError(`Unexpected ${token.text}`);
  }

  function args(): Record<string, Value> {
    const out: Record<string, Value> = {};
    if (!is('(')) return out;
    take('(');
    while (!is(')')) {
      const name = take().text;
      take(':');
      out[name] = value();
    }
    take(')');
    return out;
  }

  function selectionSet(): Selection[] {
    const out: Selection[] = [];
    take('{');
    while (!is('}')) {
      let name = take().text;
      let alias: string | undefined;
      if (is(':')) {
        take(':');
        alias = name;
        name = take().text;
      }
      const fieldArgs = args();
      const directives: string[] = [];
      while (is('@')) {
        take('@');
        directives.push(take().text);
        args();
      }
      out.push({ name, alias, args: fieldArgs, directives, selections: is('{') ? selectionSet() : [] });
    }
    take('}');
    return out;
  }

  let name: string | undefined;
  if (peek()?.text === 'query') {
    take('query');
    if (peek()?.type === 'name') name = take().text;
    if (is('(')) {
      // Variable definitions: their types do not matter to the preview.
      let depth = 0;
      do {
        const token = take();
        if (token.text === '(') depth++;
        if (token.text === ')') depth--;
      } while (depth > 0);
    }
  }
  const selections = selectionSet();
  if (at !== tokens.length) throw new SyntaxError(`Unexpected ${tokens[at].text} after the query`);
  return { name, selections };
}

// ---- answering -------------------------------------------------------------------------------

export interface GraphqlRecord {
  id: string;
  fields: Record<string, unknown>;
}

/** What the executor needs from the data service: records, what the user can see, relationships. */
export interface GraphqlSource {
  /** Every record of an object. */
  records(apiName: string): GraphqlRecord[] | undefined;
  /** The fields of an object the user can read. */
  visibleFields(apiName: string): Record<string, string>;
  /** A child relationship of an object (`Account.Opportunities`), or undefined. */
  relation(apiName: string, name: string): { apiName: string; field: string } | undefined;
  /** A field's value as the UI API reports it (LastModifiedDate is the record's own). */
  valueOf(record: GraphqlRecord, apiName: string, field: string): unknown;
  /** Filters records with a UI API `where` (the same syntax as getRelatedListRecords). */
  matches(fields: Record<string, unknown>, where: unknown): boolean;
  compare(a: unknown, b: unknown): number;
}

export interface GraphqlError {
  message: string;
  locations: never[];
  paths: string[];
  extensions: { ErrorType: string };
}

export interface GraphqlAnswer {
  data: unknown;
  errors: GraphqlError[] | undefined;
}

class ValidationError extends Error {}

function resolve(value: Value, variables: Record<string, unknown>): unknown {
  switch (value.kind) {
    case 'variable':
      return variables[value.name] ?? null;
    case 'literal':
      return value.value;
    case 'enum':
      return value.name;
    case 'list':
      return value.items.map((item) => resolve(item, variables));
    case 'object':
      return Object.fromEntries(Object.entries(value.fields).map(([key, v]) => [key, resolve(v, variables)]));
  }
}

const DEFAULT_FIRST = 10;

/** Answers a parsed query; a validation failure fails the whole query, as on the platform. */
export function answerQuery(operation: Operation, variables: Record<string, unknown>, source: GraphqlSource): GraphqlAnswer {
  try {
    const data: Record<string, unknown> = {};
    for (const top of operation.selections) {
      if (top.name !== 'uiapi') throw new ValidationError(`Field '${top.name}' in type 'Query' is undefined`);
      const uiapi: Record<string, unknown> = {};
      for (const group of top.selections) {
        if (group.name !== 'query') throw new ValidationError(`Field '${group.name}' in type 'UIAPI' is not supported by the preview`);
        const query: Record<string, unknown> = {};
        for (const entity of group.selections) {
          const records = source.records(entity.name);
          if (!records) throw new ValidationError(`Field '${entity.name}' in type 'RecordQuery' is undefined`);
          query[entity.alias ?? entity.name] = connection(entity, entity.name, records, variables, source);
        }
        uiapi[group.alias ?? group.name] = query;
      }
      data[top.alias ?? top.name] = uiapi;
    }
    return { data, errors: undefined };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return {
      data: undefined,
      errors: [
        { message: `Validation error of type FieldUndefined: ${error.message}`, locations: [], paths: [], extensions: { ErrorType: 'ValidationError' } },
      ],
    };
  }
}

function connection(selection: Selection, apiName: string, all: GraphqlRecord[], variables: Record<string, unknown>, source: GraphqlSource) {
  const args = Object.fromEntries(Object.entries(selection.args).map(([key, v]) => [key, resolve(v, variables)]));
  let records = args.where ? all.filter((r) => source.matches(r.fields, args.where)) : [...all];
  const orderBy = (args.orderBy ?? {}) as Record<string, { order?: string }>;
  for (const [field, { order }] of Object.entries(orderBy).reverse()) {
    const descending = order === 'DESC';
    records.sort((a, b) => source.compare(a.fields[field], b.fields[field]) * (descending ? -1 : 1));
  }
  records = records.slice(0, typeof args.first === 'number' ? args.first : DEFAULT_FIRST);
  const out: Record<string, unknown> = {};
  for (const part of selection.selections) {
    const key = part.alias ?? part.name;
    if (part.name === 'edges') {
      out[key] = records.map((record) => {
        const edge: Record<string, unknown> = {};
        for (const inner of part.selections) {
          if (inner.name !== 'node') throw new ValidationError(`Field '${inner.name}' of an edge is not supported by the preview`);
          edge[inner.alias ?? inner.name] = node(inner.selections, apiName, record, variables, source);
        }
        return edge;
      });
    } else if (part.name === 'totalCount') out[key] = records.length;
    else throw new ValidationError(`Field '${part.name}' of a connection is not supported by the preview`);
  }
  return out;
}

function node(selections: Selection[], apiName: string, record: GraphqlRecord, variables: Record<string, unknown>, source: GraphqlSource) {
  const visible = source.visibleFields(apiName);
  const out: Record<string, unknown> = {};
  for (const part of selections) {
    const key = part.alias ?? part.name;
    const optional = part.directives.includes('optional');
    if (part.name === 'Id') {
      out[key] = record.id;
      continue;
    }
    const relation = source.relation(apiName, part.name);
    if (relation) {
      const children = (source.records(relation.apiName) ?? []).filter((child) => child.fields[relation.field] === record.id);
      out[key] = connection(part, relation.apiName, children, variables, source);
      continue;
    }
    if (!(part.name in visible)) {
      // Not in this user's schema: @optional leaves it out, anything else fails the query.
      if (optional) continue;
      throw new ValidationError(`Field '${part.name}' in type '${apiName}' is undefined`);
    }
    const cell: Record<string, unknown> = {};
    for (const leaf of part.selections) {
      if (leaf.name === 'value') cell[leaf.alias ?? 'value'] = source.valueOf(record, apiName, part.name) ?? null;
      else if (leaf.name === 'displayValue') cell[leaf.alias ?? 'displayValue'] = null;
      else throw new ValidationError(`Field '${leaf.name}' of a field value is not supported by the preview`);
    }
    out[key] = cell;
  }
  return out;
}
