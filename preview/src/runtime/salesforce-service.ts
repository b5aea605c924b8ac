/**
 * The Salesforce data service behind the preview's `lightning/ui*Api` modules: UI API records built
 * from the sample book, answered the way Lightning Data Service answers, including for a user without
 * the package's permission sets (the package's fields are then invisible: `fields` fails, `optionalFields`
 * leaves them out, writes are refused).
 */
import { answerQuery, parseQuery, type GraphqlAnswer, type GraphqlSource, type Operation } from './graphql';
import type { RequestLog } from './requests';
import type { PreviewSettings } from './settings';

export type SalesforceObject = 'Lead' | 'Contact' | 'Opportunity' | 'Account' | 'User';

export interface SalesforceSeed {
  id: string;
  apiName: SalesforceObject;
  /** Field API name → value, standard fields (Name, AccountId…) and the package's fields alike. */
  fields: Record<string, unknown>;
}

export interface FetchError {
  status: number;
  statusText: string;
  ok: false;
  headers: Record<string, string>;
  body: { errorCode: string; message: string; output?: { errors: Array<{ errorCode: string; message: string }>; fieldErrors: Record<string, unknown> } };
}

type FieldRef = string | { objectApiName: string; fieldApiName: string };

interface StoredRecord {
  id: string;
  apiName: SalesforceObject;
  fields: Record<string, unknown>;
  lastModifiedDate: string;
}

/** Child relationships the cards may read as related lists. */
const relatedLists: Record<string, Record<string, { apiName: SalesforceObject; field: string }>> = {
  Account: { Opportunities: { apiName: 'Opportunity', field: 'AccountId' }, Contacts: { apiName: 'Contact', field: 'AccountId' } },
};

/** The standard fields each object has in the preview (the package's own fields come from the core). */
const standardFields: Record<SalesforceObject, Record<string, string>> = {
  Lead: {
    Id: 'id',
    Name: 'string',
    FirstName: 'string',
    LastName: 'string',
    Company: 'string',
    Title: 'string',
    Email: 'email',
    Status: 'picklist',
    OwnerId: 'reference',
    LastModifiedDate: 'datetime',
  },
  Contact: {
    Id: 'id',
    Name: 'string',
    FirstName: 'string',
    LastName: 'string',
    Title: 'string',
    Email: 'email',
    AccountId: 'reference',
    OwnerId: 'reference',
    LastModifiedDate: 'datetime',
  },
  Opportunity: {
    Id: 'id',
    Name: 'string',
    StageName: 'picklist',
    CloseDate: 'date',
    Amount: 'currency',
    IsClosed: 'boolean',
    IsWon: 'boolean',
    Probability: 'percent',
    ForecastCategoryName: 'picklist',
    AccountId: 'reference',
    OwnerId: 'reference',
    LastModifiedDate: 'datetime',
  },
  Account: { Id: 'id', Name: 'string', Industry: 'picklist', OwnerId: 'reference', LastModifiedDate: 'datetime' },
  User: { Id: 'id', Name: 'string', FirstName: 'string', LastName: 'string', Email: 'email', LastModifiedDate: 'datetime' },
};

const labels: Record<SalesforceObject, [string, string]> = {
  Lead: ['Lead', 'Leads'],
  Contact: ['Contact', 'Contacts'],
  Opportunity: ['Opportunity', 'Opportunities'],
  Account: ['Account', 'Accounts'],
  User: ['User', 'Users'],
};

export interface SalesforceServiceOptions {
  seeds: SalesforceSeed[];
  /** The package's fields on each object, with their UI API data type: hidden from a user without access. */
  packageFields: Partial<Record<SalesforceObject, Record<string, string>>>;
  settings: PreviewSettings;
  log: RequestLog;
  /** Called after every write, with the written record, so the page can show what was saved. */
  onWrite?: (record: { id: string; apiName: string; fields: Record<string, unknown> }) => void;
}

export class SalesforceService {
  readonly userId = '005000000000001AAA';
  private readonly records = new Map<string, StoredRecord>();
  private readonly listeners = new Set<() => void>();
  private clock = Date.parse('2026-01-01T00:00:00Z');

  constructor(private readonly options: SalesforceServiceOptions) {
    // The running user: cards name them in feedback and reviews.
    const user: SalesforceSeed = {
      id: this.userId,
      apiName: 'User',
      fields: { Name: 'Preview User', FirstName: 'Preview', LastName: 'User', Email: 'preview.user@example.com' },
    };
    for (const seed of [user, ...options.seeds]) {
      this.records.set(seed.id, { id: seed.id, apiName: seed.apiName, fields: { ...seed.fields, Id: seed.id }, lastModifiedDate: this.tick() });
    }
  }

  /** A strictly increasing modification time, so If-Unmodified-Since compares reliably. */
  private tick(): string {
    this.clock = Math.max(this.clock + 1000, Date.now());
    return new Date(this.clock).toISOString();
  }

  private get settings() {
    return this.options.settings;
  }

  /** Every field of an object the current user can see, with its data type. */
  fieldsOf(apiName: SalesforceObject): Record<string, string> {
    const own = this.settings.noAccess ? {} : (this.options.packageFields[apiName] ?? {});
    return { ...standardFields[apiName], ...own };
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed() {
    for (const listener of [...this.listeners]) listener();
  }

  private answer<T>(card: string, api: string, detail: string, work: () => T): Promise<T> {
    const entry = this.options.log.start({ platform: 'salesforce', card, api, detail });
    return new Promise((resolve) => {
      setTimeout(() => {
        const result = work();
        const failed = result && typeof result === 'object' && ((result as { error?: unknown }).error || (result as { errors?: unknown }).errors);
        this.options.log.answered(entry, !failed);
        resolve(result);
      }, this.settings.latency);
    });
  }

  // ---- reading -------------------------------------------------------------------------------

  getRecord(config: { recordId?: string; fields?: FieldRef | FieldRef[]; optionalFields?: FieldRef | FieldRef[] } | undefined, card: string) {
    if (!config || !config.recordId || (!config.fields && !config.optionalFields)) return Promise.resolve(undefined);
    const fields = list(config.fields);
    const optional = list(config.optionalFields);
    return this.answer(card, 'getRecord', `${config.recordId}: ${fields.length + optional.length} fields`, () => {
      const record = this.records.get(config.recordId!);
      if (!record) return { data: undefined, error: notFound(config.recordId!) };
      const built = this.uiRecord(record, fields, optional);
      return 'error' in built ? { data: undefined, error: built.error } : { data: built.record, error: undefined };
    });
  }

  getRelatedListRecords(
    config:
      | {
          parentRecordId?: string;
          relatedListId?: string;
          fields?: FieldRef[];
          optionalFields?: FieldRef[];
          where?: string;
          sortBy?: string[];
          pageSize?: number;
        }
      | undefined,
    card: string,
  ) {
    if (!config || !config.parentRecordId || !config.relatedListId) return Promise.resolve(undefined);
    return this.answer(card, 'getRelatedListRecords', `${config.parentRecordId}/${config.relatedListId}`, () => {
      const parent = this.records.get(config.parentRecordId!);
      if (!parent) return { data: undefined, error: notFound(config.parentRecordId!) };
      const relation = relatedLists[parent.apiName]?.[config.relatedListId!];
      if (!relation) return { data: undefined, error: badRequest('INVALID_TYPE', `${config.relatedListId} is not a related list of ${parent.apiName}.`) };
      let children = [...this.records.values()].filter((r) => r.apiName === relation.apiName && r.fields[relation.field] === parent.id);
      if (config.where) {
        let filter: unknown;
        try {
          filter = JSON.parse(toJson(config.where));
        } catch {
          return { data: undefined, error: badRequest('INVALID_FILTER', `The where clause could not be read: ${config.where}`) };
        }
        children = children.filter((r) => matches(r.fields, filter));
      }
      for (const key of [...(config.sortBy ?? [])].reverse()) {
        const descending = key.startsWith('-');
        const name = stripObject(descending ? key.slice(1) : key);
        children.sort((a, b) => compare(a.fields[name], b.fields[name]) * (descending ? -1 : 1));
      }
      const pageSize = Math.min(Math.max(config.pageSize ?? 50, 1), 1999);
      const records = [];
      for (const child of children.slice(0, pageSize)) {
        const built = this.uiRecord(child, list(config.fields), list(config.optionalFields));
        if ('error' in built) return { data: undefined, error: built.error };
        records.push(built.record);
      }
      return {
        data: {
          records,
          count: records.length,
          currentPageToken: '0',
          currentPageUrl: '',
          nextPageToken: null,
          nextPageUrl: null,
          previousPageToken: null,
          previousPageUrl: null,
          listReference: { relatedListId: config.relatedListId, parentObjectApiName: parent.apiName, inContextOfRecordId: parent.id },
          pageSize,
        },
        error: undefined,
      };
    });
  }

  /**
   * lightning/graphql: one request for a whole query, however many objects it reads. `query` is the
   * text the preview's `gql` returns; an incomplete config (no query yet) gets no answer.
   */
  graphql(
    config: { query?: string; variables?: Record<string, unknown>; operationName?: string } | undefined,
    card: string,
  ): Promise<GraphqlAnswer | undefined> {
    if (!config || typeof config.query !== 'string') return Promise.resolve(undefined);
    const operation = this.parsed(config.query);
    const variables = config.variables ?? {};
    return this.answer(card, 'graphql', `${operation.name ?? 'query'} ${JSON.stringify(variables)}`, () =>
      answerQuery(operation, variables, this.graphqlSource()),
    );
  }

  private readonly operations = new Map<string, Operation>();

  private parsed(query: string): Operation {
    let operation = this.operations.get(query);
    if (!operation) {
      operation = parseQuery(query);
      this.operations.set(query, operation);
    }
    return operation;
  }

  private graphqlSource(): GraphqlSource {
    const isObject = (name: string): name is SalesforceObject => name in standardFields;
    return {
      records: (apiName) => (isObject(apiName) ? [...this.records.values()].filter((r) => r.apiName === apiName) : undefined),
      visibleFields: (apiName) => (isObject(apiName) ? this.fieldsOf(apiName) : {}),
      relation: (apiName, name) => relatedLists[apiName]?.[name],
      valueOf: (record, _apiName, field) => (field === 'LastModifiedDate' ? (record as StoredRecord).lastModifiedDate : record.fields[field]),
      matches,
      compare,
    };
  }

  getObjectInfo(config: { objectApiName?: string | { objectApiName: string } } | undefined, card: string) {
    const name = typeof config?.objectApiName === 'object' ? config.objectApiName.objectApiName : config?.objectApiName;
    if (!name) return Promise.resolve(undefined);
    return this.answer(card, 'getObjectInfo', name, () => {
      if (!(name in standardFields)) return { data: undefined, error: notFound(name) };
      const apiName = name as SalesforceObject;
      const fields: Record<string, unknown> = {};
      for (const [field, dataType] of Object.entries(this.fieldsOf(apiName))) {
        fields[field] = {
          apiName: field,
          dataType: capitalise(dataType),
          label: field,
          updateable: field !== 'Id' && field !== 'LastModifiedDate',
          createable: field !== 'Id',
          custom: field.endsWith('__c'),
        };
      }
      return {
        data: {
          apiName,
          label: labels[apiName][0],
          labelPlural: labels[apiName][1],
          fields,
          createable: true,
          updateable: true,
          queryable: true,
          keyPrefix: keyPrefix(apiName),
        },
        error: undefined,
      };
    });
  }

  /** A UI API record with the requested fields, or the error the UI API gives for a field the user cannot see. */
  private uiRecord(record: StoredRecord, fields: FieldRef[], optional: FieldRef[]): { record: unknown } | { error: FetchError } {
    const visible = this.fieldsOf(record.apiName);
    const out: Record<string, { value: unknown; displayValue: string | null }> = {};
    const add = (ref: FieldRef, required: boolean): FetchError | undefined => {
      const [objectApiName, field] = split(ref);
      if (objectApiName !== record.apiName) return undefined; // a field of another object: ignored, as LDS does for optional fields
      if (!(field in visible)) {
        if (!required) return undefined;
        return badRequest(
          'INVALID_FIELD',
          `No such column '${field}' on entity '${record.apiName}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name.`,
        );
      }
      const value = field === 'LastModifiedDate' ? record.lastModifiedDate : (record.fields[field] ?? null);
      out[field] = { value, displayValue: null };
      return undefined;
    };
    for (const ref of fields) {
      const error = add(ref, true);
      if (error) return { error };
    }
    for (const ref of optional) add(ref, false);
    return {
      record: {
        apiName: record.apiName,
        id: record.id,
        childRelationships: {},
        fields: out,
        lastModifiedById: this.userId,
        lastModifiedDate: record.lastModifiedDate,
        systemModstamp: record.lastModifiedDate,
        recordTypeId: '012000000000000AAA',
        recordTypeInfo: null,
        weakEtag: Date.parse(record.lastModifiedDate),
        eTag: record.lastModifiedDate,
      },
    };
  }

  // ---- writing -------------------------------------------------------------------------------

  updateRecord(recordInput: { fields?: Record<string, unknown> }, clientOptions?: { ifUnmodifiedSince?: string }): Promise<unknown> {
    const id = recordInput?.fields?.Id as string | undefined;
    const entry = this.options.log.start({ platform: 'salesforce', card: 'updateRecord', api: 'updateRecord', detail: String(id) });
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        const fail = (error: FetchError) => {
          this.options.log.answered(entry, false);
          reject(error);
        };
        const record = id ? this.records.get(id) : undefined;
        if (!record) return fail(notFound(String(id)));
        const changes = Object.entries(recordInput.fields ?? {}).filter(([name]) => name !== 'Id');
        const visible = this.fieldsOf(record.apiName);
        const refused = changes.map(([name]) => name).filter((name) => !(name in visible) || name === 'LastModifiedDate');
        if (refused.length) {
          const message = `Unable to create/update fields: ${refused.join(', ')}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`;
          return fail(badRequest('INVALID_FIELD_FOR_INSERT_UPDATE', message));
        }
        const since = clientOptions?.ifUnmodifiedSince;
        if (since && Date.parse(record.lastModifiedDate) > Date.parse(since)) {
          return fail({
            status: 412,
            statusText: 'Precondition Failed',
            ok: false,
            headers: {},
            body: { errorCode: 'PRECONDITION_FAILED', message: 'The record was changed by someone else after you loaded it.' },
          });
        }
        for (const [name, value] of changes) record.fields[name] = value;
        record.lastModifiedDate = this.tick();
        this.options.log.answered(entry, true);
        const built = this.uiRecord(
          record,
          Object.keys(visible).map((f) => `${record.apiName}.${f}`),
          [],
        );
        this.options.onWrite?.({ id: record.id, apiName: record.apiName, fields: Object.fromEntries(changes) });
        resolve('record' in built ? built.record : undefined);
        this.changed();
      }, this.settings.latency);
    });
  }

  createRecord(recordInput: { apiName?: string; fields?: Record<string, unknown> }): Promise<unknown> {
    return Promise.reject(badRequest('INVALID_TYPE', `The preview does not create ${recordInput?.apiName ?? 'records'}.`));
  }

  notifyChange(): Promise<void> {
    this.changed();
    return Promise.resolve();
  }

  /** Someone else edits the record (the preview's "simulate a concurrent edit" control). */
  touch(id: string): void {
    const record = this.records.get(id);
    if (!record) return;
    record.lastModifiedDate = this.tick();
  }
}

function list(refs: FieldRef | FieldRef[] | undefined): FieldRef[] {
  if (!refs) return [];
  return Array.isArray(refs) ? refs : [refs];
}

function split(ref: FieldRef): [string, string] {
  if (typeof ref === 'object') return [ref.objectApiName, ref.fieldApiName];
  const dot = ref.indexOf('.');
  return [ref.slice(0, dot), ref.slice(dot + 1)];
}

function stripObject(name: string): string {
  const dot = name.indexOf('.');
  return dot >= 0 ? name.slice(dot + 1) : name;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function keyPrefix(apiName: SalesforceObject): string {
  return { Lead: '00Q', Contact: '003', Opportunity: '006', Account: '001', User: '005' }[apiName];
}

function notFound(id: string): FetchError {
  return {
    status: 404,
    statusText: 'Not Found',
    ok: false,
    headers: {},
    body: { errorCode: 'NOT_FOUND', message: `The requested resource does not exist: ${id}` },
  };
}

function badRequest(errorCode: string, message: string): FetchError {
  return {
    status: 400,
    statusText: 'Bad Request',
    ok: false,
    headers: {},
    body: { errorCode, message, output: { errors: [{ errorCode, message }], fieldErrors: {} } },
  };
}

/** GraphQL filter syntax (`{ IsWon: { eq: true } }`) → JSON, by quoting the bare keys. */
function toJson(where: string): string {
  return where.replace(/([{,]\s*)([A-Za-z_][\w]*)\s*:/g, '$1"$2":');
}

function matches(fields: Record<string, unknown>, filter: unknown): boolean {
  if (!filter || typeof filter !== 'object') return true;
  return Object.entries(filter as Record<string, unknown>).every(([key, condition]) => {
    if (key === 'and') return (condition as unknown[]).every((c) => matches(fields, c));
    if (key === 'or') return (condition as unknown[]).some((c) => matches(fields, c));
    if (key === 'not') return !matches(fields, condition);
    const value = fields[key];
    return Object.entries(condition as Record<string, unknown>).every(([op, expected]) => {
      switch (op) {
        case 'eq':
          return value === expected;
        case 'ne':
          return value !== expected;
        case 'in':
          return (expected as unknown[]).includes(value);
        case 'nin':
          return !(expected as unknown[]).includes(value);
        case 'gt':
          return compare(value, expected) > 0;
        case 'gte':
          return compare(value, expected) >= 0;
        case 'lt':
          return compare(value, expected) < 0;
        case 'lte':
          return compare(value, expected) <= 0;
        case 'like':
          return new RegExp(
            `^${String(expected)
              .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
              .replace(/%/g, '.*')
              .replace(/_/g, '.')}$`,
            'i',
          ).test(String(value ?? ''));
        default:
          return false;
      }
    });
  });
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  return a < b ? -1 : 1;
}
