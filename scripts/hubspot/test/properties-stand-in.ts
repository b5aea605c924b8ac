/**
 * A stand-in for HubSpot's CRM Properties API v3 on 127.0.0.1, answering with its documented shapes,
 * for the setup script run with the real @hubspot/api-client: create (409 when the name is taken),
 * read and update properties and property groups, with the private app token checked and failures
 * on demand.
 */
import type { ServerResponse } from 'node:http';
import { listenOnLoopback } from '../../../tests/support/loopback-server';

type Definition = Record<string, unknown> & { name: string };

export interface PropertiesStandIn {
  url: string;
  /** A property or group the portal already holds, as HubSpot would answer it. */
  hold(objectType: string, what: 'property' | 'group', definition: Definition): void;
  held(objectType: string, what: 'property' | 'group', name: string): Definition | undefined;
  /** The next request naming `name` is answered with this status. */
  fail(name: string, status: number, message: string): void;
  requests: Array<{ method: string; path: string; body?: Definition }>;
  close(): Promise<void>;
}

export async function startPropertiesStandIn(token: string): Promise<PropertiesStandIn> {
  const store = new Map<string, Definition>();
  const failures = new Map<string, { status: number; message: string }>();
  const requests: PropertiesStandIn['requests'] = [];
  const key = (objectType: string, what: string, name: string) => `${objectType}/${what}/${name}`;
  const now = '2026-12-01T09:00:00.000Z';
  const asProperty = (d: Definition) => ({
    description: '',
    options: [],
    hidden: false,
    formField: false,
    calculated: false,
    externalOptions: false,
    hasUniqueValue: false,
    hubspotDefined: false,
    createdAt: now,
    updatedAt: now,
    ...d,
  });
  const asGroup = (d: Definition) => ({ displayOrder: -1, archived: false, ...d });

  const send = (res: ServerResponse, status: number, body?: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };
  const error = (res: ServerResponse, status: number, message: string, category: string) =>
    send(res, status, { status: 'error', message, correlationId: 'stand-in', category });

  const server = await listenOnLoopback((req, res, text) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = text ? (JSON.parse(text) as Definition) : undefined;
    requests.push({ method: req.method ?? '', path: url.pathname, body });
    if (req.headers.authorization !== `Bearer ${token}`) return error(res, 401, 'Authentication credentials not found.', 'INVALID_AUTHENTICATION');
    const match = /^\/crm\/v3\/properties\/(\w+)(\/groups)?(?:\/(\w+))?$/.exec(url.pathname);
    if (!match) return error(res, 404, 'No route', 'OBJECT_NOT_FOUND');
    const [, objectType, groups, named] = match;
    const what = groups ? 'group' : 'property';
    const name = named ?? body?.name ?? '';
    const failure = failures.get(name);
    if (failure) {
      failures.delete(name);
      return error(res, failure.status, failure.message, 'VALIDATION_ERROR');
    }
    const id = key(objectType, what, name);
    const shape = what === 'group' ? asGroup : asProperty;
    if (req.method === 'POST' && !named) {
      if (store.has(id)) return error(res, 409, `${what === 'group' ? 'Property group' : 'Property'} named '${name}' already exists.`, 'OBJECT_ALREADY_EXISTS');
      store.set(id, shape(body!));
      return send(res, 201, store.get(id));
    }
    const existing = store.get(id);
    if (!existing) return error(res, 404, `${what} ${name} does not exist`, 'OBJECT_NOT_FOUND');
    if (req.method === 'GET') return send(res, 200, existing);
    if (req.method === 'PATCH') {
      store.set(id, { ...existing, ...body, name });
      return send(res, 200, store.get(id));
    }
    return error(res, 405, 'Method not allowed', 'VALIDATION_ERROR');
  });
  return {
    url: server.url,
    hold: (objectType, what, definition) => void store.set(key(objectType, what, definition.name), (what === 'group' ? asGroup : asProperty)(definition)),
    held: (objectType, what, name) => store.get(key(objectType, what, name)),
    fail: (name, status, message) => void failures.set(name, { status, message }),
    requests,
    close: () => server.close(),
  };
}
