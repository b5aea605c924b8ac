/**
 * A stand-in for HubSpot's CRM objects API on 127.0.0.1, for tests that run the app function with the
 * real `@hubspot/api-client` (nothing of the client is stubbed): records with their property history,
 * `GET` and `PATCH /crm/v3/objects/{type}/{id}`, the private app token checked, and failures on demand.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenOnLoopback } from '../../../tests/support/loopback-server';

type Version = { value: string; timestamp: string; sourceType: string };
type Operation = 'read' | 'update';
/** What to do with the next request of an operation: answer with a status, or never answer. */
export type Failure =
  | { status: number; body?: Record<string, unknown>; afterWrite?: boolean }
  | { hang: true; afterWrite?: boolean }
  | { reset: true; afterWrite?: boolean }
  /** Answered as usual: lets a later request of the same operation be the one that fails. */
  | { pass: true };

export interface CrmStandIn {
  /** The base path to give the client (`basePath`, or HANDOFF_HUBSPOT_API_BASE). */
  url: string;
  /** Stores a record as if it had been written a minute ago. */
  put(objectType: string, id: string, properties: Record<string, string>): void;
  /** A record's current properties. */
  get(objectType: string, id: string): Record<string, string> | undefined;
  /** A write by someone else, landing right after the next read (the window HubSpot leaves open). */
  meanwhile(properties: Record<string, string>): void;
  /** The next requests of an operation fail so, in turn; `afterWrite` stores an update before failing. */
  fail(operation: Operation, ...failures: Failure[]): void;
  /** From now on, reads give no property history (as when HubSpot leaves it out). */
  withoutHistory(): void;
  /** Every request received: method, path with query, and the body sent. */
  requests: Array<{ method: string; path: string; body?: unknown }>;
  close(): Promise<void>;
}

export async function startCrmStandIn(token: string): Promise<CrmStandIn> {
  const records = new Map<string, { properties: Record<string, string>; history: Record<string, Version[]> }>();
  const failures: Record<Operation, Failure[]> = { read: [], update: [] };
  const requests: CrmStandIn['requests'] = [];
  const hanging = new Set<ServerResponse>();
  let pendingMeanwhile: Record<string, string> | undefined;
  let history = true;
  let clock = Date.now() - 60_000;
  const tick = () => new Date((clock = Math.max(clock + 1, Date.now()))).toISOString();

  const record = (key: string, changes: Record<string, string>, at: () => string) => {
    const entry = records.get(key) ?? { properties: {}, history: {} };
    records.set(key, entry);
    for (const [name, value] of Object.entries(changes)) {
      entry.properties[name] = value;
      (entry.history[name] ??= []).unshift({ value, timestamp: at(), sourceType: 'INTEGRATION' });
    }
  };

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const answer = (req: IncomingMessage, res: ServerResponse, text: string) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = text ? JSON.parse(text) : undefined;
    requests.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, body });
    if (req.headers.authorization !== `Bearer ${token}`)
      return send(res, 401, { status: 'error', message: 'Authentication credentials not found.', category: 'INVALID_AUTHENTICATION' });
    const match = /^\/crm\/v3\/objects\/(\w+)\/(\d+)$/.exec(url.pathname);
    if (!match) return send(res, 404, { status: 'error', message: 'No route', category: 'OBJECT_NOT_FOUND' });
    const key = `${match[1]}/${match[2]}`;
    const operation: Operation | undefined = req.method === 'GET' ? 'read' : req.method === 'PATCH' ? 'update' : undefined;
    if (!operation) return send(res, 405, { status: 'error', message: 'Method not allowed' });
    const next = failures[operation].shift();
    const failure = next && 'pass' in next ? undefined : next;
    if (failure?.afterWrite && operation === 'update') record(key, body.properties, tick);
    if (failure && 'hang' in failure) return void hanging.add(res);
    // The connection drops without an answer, as a network failure does (the client sees ECONNRESET).
    if (failure && 'reset' in failure) return void req.socket.destroy();
    if (failure) return send(res, failure.status, { status: 'error', message: 'Stand-in failure', correlationId: 'stand-in', ...failure.body });
    const entry = records.get(key);
    if (!entry) return send(res, 404, { status: 'error', message: 'Object not found', category: 'OBJECT_NOT_FOUND' });
    const times = { createdAt: '2026-01-05T09:00:00.000Z', updatedAt: new Date(clock).toISOString(), archived: false };
    if (operation === 'update') {
      record(key, body.properties, tick);
      return send(res, 200, { id: match[2], properties: body.properties, ...times });
    }
    const names = url.searchParams.getAll('properties').flatMap((n) => n.split(','));
    const withHistory = url.searchParams.getAll('propertiesWithHistory').flatMap((n) => n.split(','));
    send(res, 200, {
      id: match[2],
      properties: Object.fromEntries(names.filter(Boolean).map((n) => [n, entry.properties[n] ?? null])),
      ...(history && withHistory.length > 0 && { propertiesWithHistory: Object.fromEntries(withHistory.map((n) => [n, entry.history[n] ?? []])) }),
      ...times,
    });
    if (pendingMeanwhile) {
      record(key, pendingMeanwhile, tick);
      pendingMeanwhile = undefined;
    }
  };

  const server = await listenOnLoopback(answer);

  return {
    url: server.url,
    put: (objectType, id, properties) => record(`${objectType}/${id}`, properties, () => new Date(Date.now() - 60_000).toISOString()),
    get: (objectType, id) => records.get(`${objectType}/${id}`)?.properties,
    meanwhile: (properties) => void (pendingMeanwhile = properties),
    withoutHistory: () => void (history = false),
    fail: (operation, ...next) => void failures[operation].push(...next),
    requests,
    close: () => {
      for (const res of hanging) res.destroy();
      return server.close();
    },
  };
}
