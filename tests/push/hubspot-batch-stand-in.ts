/**
 * A stand-in for HubSpot's CRM objects batch API on 127.0.0.1, for handoff push run with the real
 * @hubspot/api-client (nothing of the client is stubbed). It answers as the API reference documents
 * (https://developers.hubspot.com/docs/api-reference/latest/crm/using-object-apis, error handling at
 * https://developers.hubspot.com/docs/api-reference/error-handling):
 * - `POST /crm/v3/objects/{objectType}/batch/read` `{ inputs: [{ id }], properties, propertiesWithHistory }`
 *   → 200 `{ status, results: [{ id, properties, createdAt, updatedAt, archived }], startedAt, completedAt }`,
 *   a property without a value left out of `properties`; ids that do not exist → 207 with
 *   `errors: [{ status: 'error', category: 'OBJECT_NOT_FOUND', message, context: { ids } }]`.
 * - `POST /crm/v3/objects/{objectType}/batch/update` `{ inputs: [{ id, properties, objectWriteTraceId }] }`
 *   → 200 with the updated records, or 207 Multi-Status with the failed inputs in `errors[]`.
 * - more than 100 inputs → 400 VALIDATION_ERROR; an unknown property → 400 for the whole batch.
 * - 429 with Retry-After, 5xx, a dropped connection, or the service gone for good (a crash) on demand.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenOnLoopback } from '../support/loopback-server';

type Operation = 'read' | 'update';
export type Failure = { status: number; retryAfter?: string; body?: Record<string, unknown> } | { reset: true; afterWrite?: boolean } | { pass: true };

export interface BatchStandIn {
  url: string;
  put(objectType: string, id: string, properties: Record<string, string>): void;
  get(objectType: string, id: string): Record<string, string> | undefined;
  /** The properties the portal has (others are refused with a 400). */
  define(...names: string[]): void;
  /** The next requests of an operation fail so, in turn. */
  fail(operation: Operation, ...failures: Failure[]): void;
  /** Updates of these records are refused one by one (207), with this category and message. */
  reject(id: string, category: string, message: string): void;
  /** After this many more answered requests of an operation, the service is gone: every connection drops. */
  crashAfter(operation: Operation, answered: number): void;
  recover(): void;
  requests: Array<{ method: string; path: string; body?: any; status: number }>;
  close(): Promise<void>;
}

export const batchLimit = 100;

export async function startBatchStandIn(token: string): Promise<BatchStandIn> {
  const records = new Map<string, Record<string, string>>();
  const defined = new Set<string>();
  const failures: Record<Operation, Failure[]> = { read: [], update: [] };
  const rejected = new Map<string, { category: string; message: string }>();
  const crash: Partial<Record<Operation, number>> = {};
  let down = false;
  const requests: BatchStandIn['requests'] = [];
  const times = () => ({ startedAt: '2026-12-04T09:00:00.000Z', completedAt: '2026-12-04T09:00:00.120Z' });

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const error = (res: ServerResponse, status: number, category: string, message: string, headers?: Record<string, string>) =>
    send(res, status, { status: 'error', message, correlationId: 'stand-in-correlation', category }, headers);
  const asObject = (id: string, properties: Record<string, string>) => ({
    id,
    properties: { hs_object_id: id, ...properties },
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-12-04T09:00:00.000Z',
    archived: false,
  });

  const answer = (req: IncomingMessage, res: ServerResponse, text: string) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = text ? JSON.parse(text) : undefined;
    const entry = { method: req.method ?? '', path: url.pathname, body, status: 0 };
    requests.push(entry);
    if (down) {
      entry.status = -1;
      return void req.socket.destroy();
    }
    const match = /^\/crm\/v3\/objects\/(\w+)\/batch\/(read|update)$/.exec(url.pathname);
    const respond = (status: number, payload: unknown, headers?: Record<string, string>) => {
      entry.status = status;
      send(res, status, payload, headers);
    };
    if (req.headers.authorization !== `Bearer ${token}`) {
      entry.status = 401;
      return error(res, 401, 'INVALID_AUTHENTICATION', 'Authentication credentials not found.');
    }
    if (!match || req.method !== 'POST') {
      entry.status = 404;
      return error(res, 404, 'OBJECT_NOT_FOUND', 'No route');
    }
    const [, objectType, verb] = match;
    const operation = verb as Operation;
    const next = failures[operation].shift();
    const failure = next && 'pass' in next ? undefined : next;
    const inputs: Array<{ id: string; properties?: Record<string, string> }> = body?.inputs ?? [];
    if (failure && 'reset' in failure) {
      if (failure.afterWrite)
        for (const input of inputs) records.set(`${objectType}/${input.id}`, { ...records.get(`${objectType}/${input.id}`), ...input.properties });
      entry.status = -1;
      return void req.socket.destroy();
    }
    if (failure) {
      entry.status = failure.status;
      return send(
        res,
        failure.status,
        {
          status: 'error',
          message: failure.status === 429 ? 'You have reached your ten_secondly_rolling limit.' : 'Internal error',
          correlationId: 'stand-in',
          category: failure.status === 429 ? 'RATE_LIMITS' : 'INTERNAL_ERROR',
          ...failure.body,
        },
        failure.retryAfter ? { 'retry-after': failure.retryAfter } : {},
      );
    }
    if (inputs.length > batchLimit) {
      entry.status = 400;
      return error(res, 400, 'VALIDATION_ERROR', `Batch input limit is ${batchLimit} inputs; got ${inputs.length}.`);
    }
    if (operation === 'read') {
      const names: string[] = body.properties ?? [];
      const results = [];
      const missing = [];
      for (const { id } of inputs) {
        const stored = records.get(`${objectType}/${id}`);
        if (!stored) missing.push(id);
        else results.push(asObject(id, Object.fromEntries(names.filter((n) => stored[n] !== undefined && stored[n] !== '').map((n) => [n, stored[n]]))));
      }
      const errors = missing.length
        ? [
            {
              status: 'error',
              category: 'OBJECT_NOT_FOUND',
              message: `Could not get some ${objectType} objects, they may be deleted or not exist.`,
              context: { ids: missing },
            },
          ]
        : [];
      respond(missing.length ? 207 : 200, { status: 'COMPLETE', results, ...(errors.length && { errors, numErrors: errors.length }), ...times() });
    } else {
      const unknown = inputs.flatMap((i) => Object.keys(i.properties ?? {})).filter((n) => defined.size > 0 && !defined.has(n));
      if (unknown.length) {
        entry.status = 400;
        return error(res, 400, 'VALIDATION_ERROR', `Property values were not valid: ${[...new Set(unknown)].join(', ')} does not exist`);
      }
      const results = [];
      const errors = [];
      for (const input of inputs) {
        const key = `${objectType}/${input.id}`;
        const refusal = rejected.get(input.id);
        if (refusal) errors.push({ status: 'error', category: refusal.category, message: refusal.message, context: { ids: [input.id] } });
        else if (!records.has(key)) errors.push({ status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Object not found', context: { ids: [input.id] } });
        else {
          records.set(key, { ...records.get(key), ...input.properties });
          results.push(asObject(input.id, input.properties ?? {}));
        }
      }
      respond(errors.length ? 207 : 200, { status: 'COMPLETE', results, ...(errors.length && { errors, numErrors: errors.length }), ...times() });
    }
    if (crash[operation] !== undefined && --crash[operation]! <= 0) down = true;
  };

  const server = await listenOnLoopback(answer);
  return {
    url: server.url,
    put: (objectType, id, properties) => void records.set(`${objectType}/${id}`, { ...properties }),
    get: (objectType, id) => records.get(`${objectType}/${id}`),
    define: (...names) => names.forEach((n) => defined.add(n)),
    fail: (operation, ...next) => void failures[operation].push(...next),
    reject: (id, category, message) => void rejected.set(id, { category, message }),
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
