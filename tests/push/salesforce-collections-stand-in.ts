/**
 * A stand-in for Salesforce's REST sObject Collections on 127.0.0.1, for handoff push run with the
 * real jsforce (nothing of it is stubbed), answering as the REST API Developer Guide documents
 * (https://developer.salesforce.com/docs/platform/api-rest/guide/resources-composite-sobjects-collections-update.html,
 * error bodies at https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm):
 * - `POST /services/data/vXX.X/composite/sobjects/{type}` `{ ids, fields }` → the records in the order
 *   asked, `{ attributes: { type, url }, Id, ...fields }`, `null` for an id that does not exist.
 * - `PATCH /services/data/vXX.X/composite/sobjects` `{ allOrNone, records: [{ attributes: { type }, id, ...fields }] }`
 *   → 200 with one SaveResult a record, in order: `{ id, success: true, errors: [] }` or
 *   `{ id, success: false, errors: [{ statusCode, message, fields }] }`; more than 200 records → 400.
 * - errors as `[{ message, errorCode }]`: 401 INVALID_SESSION_ID, 503 SERVER_UNAVAILABLE, on demand.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenOnLoopback } from '../support/loopback-server';

type Operation = 'read' | 'update';
type Value = string | number | null;
export type SfFailure = { status: number; errorCode: string; message: string } | { reset: true } | { pass: true };

export interface CollectionsStandIn {
  url: string;
  put(type: string, id: string, fields: Record<string, Value>): void;
  get(type: string, id: string): Record<string, Value> | undefined;
  fail(operation: Operation, ...failures: SfFailure[]): void;
  reject(id: string, statusCode: string, message: string, fields?: string[]): void;
  crashAfter(operation: Operation, answered: number): void;
  recover(): void;
  requests: Array<{ method: string; path: string; body?: any; status: number }>;
  close(): Promise<void>;
}

export const collectionLimit = 200;

export async function startCollectionsStandIn(token: string, version: string): Promise<CollectionsStandIn> {
  const records = new Map<string, Record<string, Value>>();
  const failures: Record<Operation, SfFailure[]> = { read: [], update: [] };
  const rejected = new Map<string, { statusCode: string; message: string; fields: string[] }>();
  const crash: Partial<Record<Operation, number>> = {};
  let down = false;
  const requests: CollectionsStandIn['requests'] = [];
  const base = `/services/data/v${version}/composite/sobjects`;

  const answer = (req: IncomingMessage, res: ServerResponse, text: string) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = text ? JSON.parse(text) : undefined;
    const entry = { method: req.method ?? '', path: url.pathname, body, status: 0 };
    requests.push(entry);
    const send = (status: number, payload: unknown) => {
      entry.status = status;
      res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8' });
      res.end(JSON.stringify(payload));
    };
    if (down) {
      entry.status = -1;
      return void req.socket.destroy();
    }
    if (req.headers.authorization !== `Bearer ${token}`) return send(401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
    const read = req.method === 'POST' && url.pathname.startsWith(`${base}/`);
    const update = req.method === 'PATCH' && url.pathname === base;
    if (!read && !update) return send(404, [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]);
    const operation: Operation = read ? 'read' : 'update';
    const next = failures[operation].shift();
    const failure = next && 'pass' in next ? undefined : next;
    if (failure && 'reset' in failure) {
      entry.status = -1;
      return void req.socket.destroy();
    }
    if (failure) return send(failure.status, [{ message: failure.message, errorCode: failure.errorCode }]);
    if (read) {
      const type = decodeURIComponent(url.pathname.slice(base.length + 1));
      const fields: string[] = body.fields;
      if (body.ids.length > 2000) return send(400, [{ errorCode: 'INVALID_FIELD', message: 'Cannot retrieve more than 2000 records' }]);
      send(
        200,
        body.ids.map((id: string) => {
          const stored = records.get(`${type}/${id}`);
          if (!stored) return null;
          return {
            attributes: { type, url: `/services/data/v${version}/sobjects/${type}/${id}` },
            ...Object.fromEntries(fields.map((f) => [f, f === 'Id' ? id : (stored[f] ?? null)])),
          };
        }),
      );
    } else {
      if (body.records.length > collectionLimit)
        return send(400, [
          { errorCode: 'EXCEEDED_ID_LIMIT', message: `record limit reached. cannot submit more than ${collectionLimit} records into this call` },
        ]);
      send(
        200,
        body.records.map((record: Record<string, any>) => {
          const { attributes, id, ...fields } = record;
          const key = `${attributes.type}/${id}`;
          const refusal = rejected.get(id);
          if (refusal) return { id, success: false, errors: [{ statusCode: refusal.statusCode, message: refusal.message, fields: refusal.fields }] };
          if (!records.has(key)) return { success: false, errors: [{ statusCode: 'ENTITY_IS_DELETED', message: 'entity is deleted', fields: [] }] };
          records.set(key, { ...records.get(key), ...fields });
          return { id, success: true, errors: [] };
        }),
      );
    }
    if (crash[operation] !== undefined && --crash[operation]! <= 0) down = true;
  };

  const server = await listenOnLoopback(answer);
  return {
    url: server.url,
    put: (type, id, fields) => void records.set(`${type}/${id}`, { ...fields }),
    get: (type, id) => records.get(`${type}/${id}`),
    fail: (operation, ...next) => void failures[operation].push(...next),
    reject: (id, statusCode, message, fields = []) => void rejected.set(id, { statusCode, message, fields }),
    crashAfter: (operation, answered) => void (crash[operation] = answered),
    recover: () => {
      down = false;
      delete crash.read;
      delete crash.update;
    },
    requests,
    close: () => server.close(),
  };
}
