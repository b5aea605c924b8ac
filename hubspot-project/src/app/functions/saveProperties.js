/**
 * The app function behind every Handoff Context card button (feedback, handoff draft, submit,
 * accept, return). The card prepares the properties with the core; this function writes them with
 * the app's private token, after the checks a card cannot be trusted with:
 *   - only Handoff Context properties of the contexts stored on the record's object type;
 *   - every payload document is validated again by the core's writer (strictly, except a handoff
 *     draft), and its report columns are derived from it here: the document wins;
 *   - every other column is read back through the core's reader, as the cards will read it;
 *   - nothing of the contexts being written changed since the card read them (compare-and-set
 *     on their values, checked right before the write).
 * HubSpot has no conditional update, so a write landing between that check and ours cannot be
 * prevented; it is detected afterwards from the property history and reported (docs/hubspot.md).
 *
 * Failures are codes with params, never sentences: the card says them in the user's language.
 */
const hubspot = require('@hubspot/api-client');

const OBJECT_TYPES = ['contacts', 'deals', 'companies'];

/**
 * The core is an ES module; load it once per warm function instance. On HubSpot this file runs as
 * dist/saveProperties.js, with the core bundled in (npm run build; docs/hubspot.md).
 */
let corePromise;
function loadCore() {
  corePromise = corePromise || import('@handoff-context/core');
  return corePromise;
}

function refuse(code, params, extra) {
  return { ok: false, code, ...(params && { params }), ...extra };
}

function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every Handoff Context property of an object type: which context it belongs to and its role
 * (document, snapshot, completeness, mirror, own), with the registry path of a field column.
 */
function layoutOf(core, objectType) {
  const layout = new Map();
  for (const kind of core.kinds) {
    const { storage } = core.contexts[kind];
    if (!storage.hubspot.includes(objectType)) continue;
    for (const { column, path } of core.columnsOf(kind)) {
      const role =
        column === storage.document ? 'document' : column === storage.snapshot ? 'snapshot' : column === storage.completeness ? 'completeness' : column.role;
      layout.set(core.hubspotPropertyName(column), { kind, role, path: path || '' });
    }
  }
  return layout;
}

/** Empty means the same to HubSpot whether it is null, missing or ''. */
function textOf(value) {
  return value === null || value === undefined ? '' : String(value);
}

/** An instant from epoch milliseconds or ISO text; undefined otherwise. */
function instantOf(text) {
  if (/^\d{10,15}$/.test(text)) return Number(text);
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    const ms = Date.parse(text);
    return Number.isFinite(ms) ? ms : undefined;
  }
  return undefined;
}

/**
 * Whether two stored values are the same value. The card's CRM hook and the API may format a
 * number or a datetime differently (`82` / `82.0`, epoch milliseconds / ISO text).
 */
function sameValue(a, b) {
  const left = textOf(a).trim();
  const right = textOf(b).trim();
  if (left === right) return true;
  const [ia, ib] = [instantOf(left), instantOf(right)];
  if (ia !== undefined && ib !== undefined) return ia === ib;
  const numeric = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
  return numeric.test(left) && numeric.test(right) && Number(left) === Number(right);
}

/** Checks the shape of the request; gives it back cleaned, or a refusal. */
function readRequest(parameters, layout, core) {
  const { objectType, objectId, properties, seen } = parameters || {};
  if (!OBJECT_TYPES.includes(objectType)) return { refusal: refuse('invalid_request', { parameter: 'objectType' }) };
  if (!/^\d+$/.test(String(objectId ?? ''))) return { refusal: refuse('invalid_request', { parameter: 'objectId' }) };
  if (!isPlainObject(properties) || Object.keys(properties).length === 0) return { refusal: refuse('invalid_request', { parameter: 'properties' }) };
  if (!isPlainObject(seen)) return { refusal: refuse('invalid_request', { parameter: 'seen' }) };
  const limit = core.textLimits.hubspot;
  for (const [name, value] of Object.entries(properties)) {
    const column = layout.get(name);
    if (!column) return { refusal: refuse('forbidden', { property: name }) };
    if (typeof value !== 'string') return { refusal: refuse('invalid_request', { parameter: name }) };
    if (value.length > limit)
      return {
        refusal: refuse(
          'invalid_payload',
          { kind: column.kind },
          {
            problems: [
              {
                path: column.path,
                code: 'too_long',
                severity: 'error',
                params: { limit, length: value.length },
                message: `${name} is ${value.length} characters long; HubSpot keeps ${limit}.`,
              },
            ],
          },
        ),
      };
  }
  // Every column of a context being written must say what the card saw, or the check below is blind.
  const kinds = new Set(Object.keys(properties).map((name) => layout.get(name).kind));
  const watched = [...layout].filter(([, column]) => kinds.has(column.kind)).map(([name]) => name);
  for (const name of watched) {
    const value = seen[name];
    if (value !== null && value !== undefined && typeof value !== 'string') return { refusal: refuse('invalid_request', { parameter: `seen.${name}` }) };
    if (!Object.prototype.hasOwnProperty.call(seen, name)) return { refusal: refuse('invalid_request', { parameter: `seen.${name}` }) };
  }
  return { objectType, objectId: String(objectId), properties: { ...properties }, seen, kinds, watched };
}

function docsFirst(layout) {
  const order = { document: 0, snapshot: 1, completeness: 2, mirror: 3, own: 4 };
  return ([a], [b]) => order[layout.get(a).role] - order[layout.get(b).role];
}

/**
 * Validates what is about to be written with the core, as if no card had done it. Gives the
 * properties to write (report columns derived from their document), or a refusal.
 */
function validate(core, layout, request) {
  const write = { ...request.properties };
  const status = Object.entries(write).find(([name]) => layout.get(name).role === 'own' && layout.get(name).path === 'review.status');
  const submitting = !!status && status[1] === 'submitted';
  const documents = new Set();
  for (const [name, text] of Object.entries(request.properties).sort(docsFirst(layout))) {
    const { kind, role } = layout.get(name);
    if (role === 'document' || role === 'snapshot') {
      let payload;
      try {
        payload = JSON.parse(text);
      } catch {
        payload = text; // the writer names it: not an object
      }
      // A handoff is saved as a draft until it is submitted; a frozen copy is always complete.
      const allowIncomplete = role === 'document' && !!core.contexts[kind].storage.completeness && !submitting;
      const prepared = core.prepareHubSpotWrite(kind, payload, { allowIncomplete });
      if (!prepared.ok) return { refusal: refuse('invalid_payload', { kind }, { problems: prepared.problems }) };
      if (role === 'document') {
        documents.add(kind);
        Object.assign(write, prepared.properties);
      } else write[name] = prepared.document;
    } else if ((role === 'mirror' || role === 'completeness') && !documents.has(kind)) {
      // A report column on its own would disagree with its document: only the document sets it.
      return { refusal: refuse('forbidden', { property: name }) };
    }
  }
  // Own columns (feedback, disposition, review): read the record as it will be, through the reader.
  for (const kind of request.kinds) {
    const own = Object.keys(write).filter((name) => layout.get(name).kind === kind && layout.get(name).role === 'own');
    if (own.length === 0) continue;
    const before = {};
    for (const name of request.watched) if (layout.get(name).kind === kind) before[name] = textOf(request.seen[name]);
    const read = core.parseHubSpotProperties(kind, { ...before, ...write });
    if (read.status === 'empty') return { refusal: refuse('forbidden', { property: own[0] }) };
    // Problems already stored stay as they were (an old feedback entry this version cannot read is
    // kept, never lost): only what this write brings in is judged.
    const earlier = core.parseHubSpotProperties(kind, before);
    const known = new Set((earlier.problems || []).map((p) => `${p.code} ${p.path}`));
    const paths = own.map((name) => layout.get(name).path);
    const under = (path) => paths.some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`));
    const ignored = new Set(['column_mismatch', 'migrated']);
    const problems = read.problems.filter((p) => under(p.path) && !ignored.has(p.code) && !known.has(`${p.code} ${p.path}`));
    if (problems.length > 0) return { refusal: refuse('invalid_payload', { kind }, { problems }) };
  }
  return { write };
}

function statusOf(error) {
  return error && typeof (error.code ?? error.statusCode) === 'number' ? (error.code ?? error.statusCode) : undefined;
}

/**
 * Logs what identifies a failure: HubSpot's status, error category and correlation id, or the
 * network error code. Never HubSpot's message or the client's error text: they can quote the
 * values sent, which are customers' words.
 */
function logFailure(what, error) {
  const status = statusOf(error);
  const body = error && typeof error.body === 'object' && error.body !== null ? error.body : {};
  const facts = [
    status && `HubSpot ${status}`,
    typeof body.category === 'string' && body.category,
    typeof body.correlationId === 'string' && `correlation id ${body.correlationId}`,
    !status && error && typeof error.code === 'string' && error.code,
  ].filter(Boolean);
  console.error(`Handoff Context: ${what}${facts.length ? ` (${facts.join(', ')})` : ''}.`);
}

/** What went wrong talking to HubSpot before anything was sent to write, as a code the card can say. What identifies it goes to the function log. */
function failure(error) {
  const status = statusOf(error);
  logFailure('save failed', error);
  if (status === 401 || status === 403) return refuse('not_allowed', { status });
  if (status === 404) return refuse('not_found', { status });
  if (status) return refuse('hubspot_error', { status });
  return refuse('unreachable');
}

/**
 * A failed write: only a refusal by HubSpot (4xx) means nothing was written. A server error that
 * outlived the retries, or no answer at all, may come after HubSpot stored the change: the card then
 * says it is not confirmed, never that nothing was written.
 */
function writeFailure(error) {
  const status = statusOf(error);
  if (status !== undefined && status >= 400 && status < 500) return failure(error);
  logFailure('save not confirmed', error);
  return refuse('unconfirmed', status !== undefined ? { status } : undefined);
}

/** A history timestamp in milliseconds: the client gives `Date` objects, whose text drops the milliseconds. */
function timeOf(timestamp) {
  return timestamp instanceof Date ? timestamp.getTime() : Date.parse(timestamp);
}

/** How far HubSpot's clock and the function's may disagree when reading history timestamps. */
const CLOCK_MARGIN_MS = 1000;

/**
 * After the write: the property history shows whether another write landed between the check and
 * ours. Two signs, either is enough: for a property we changed, the version just before ours is
 * not the value we checked; or a version written since the check holds neither that value nor ours.
 */
function overwrittenBetween(history, checked, written, checkedAt) {
  const overwritten = [];
  for (const [name, value] of Object.entries(written)) {
    const versions = history && Array.isArray(history[name]) ? history[name] : undefined;
    if (!versions || !Object.prototype.hasOwnProperty.call(checked, name)) continue; // nothing can be said
    const sorted = [...versions].sort((a, b) => timeOf(b.timestamp) - timeOf(a.timestamp));
    const ours = sorted.findIndex((version) => sameValue(version.value, value));
    const before = ours >= 0 ? sorted[ours + 1] : undefined;
    const replaced = ours >= 0 && !sameValue(checked[name], value) && !sameValue(before ? before.value : '', checked[name]);
    const since = sorted.some(
      (version) => timeOf(version.timestamp) >= checkedAt - CLOCK_MARGIN_MS && !sameValue(version.value, value) && !sameValue(version.value, checked[name]),
    );
    if (replaced || since) overwritten.push(name);
  }
  return overwritten;
}

/** The work, with the API client given, so tests can pass a fake one. */
async function saveProperties(parameters, client) {
  const core = await loadCore();
  const layout = layoutOf(core, parameters && parameters.objectType);
  const request = readRequest(parameters, layout, core);
  if (request.refusal) return request.refusal;
  const validated = validate(core, layout, request);
  if (validated.refusal) return validated.refusal;
  const { objectType, objectId, seen, watched } = request;
  const { write } = validated;
  const api = client.crm[objectType].basicApi;

  let current;
  const checkedAt = Date.now();
  try {
    current = (await api.getById(objectId, watched)).properties || {};
  } catch (error) {
    return failure(error);
  }
  const changed = watched.filter((name) => !sameValue(seen[name], current[name]));
  if (changed.length > 0) return refuse('conflict', { properties: changed.join(', ') });

  try {
    await api.update(objectId, { properties: write });
  } catch (error) {
    return writeFailure(error);
  }

  let overwritten = [];
  try {
    const after = await api.getById(objectId, [], Object.keys(write));
    overwritten = overwrittenBetween(after.propertiesWithHistory, current, write, checkedAt);
  } catch (error) {
    // The write is done; only the after-the-fact check could not run.
    logFailure('the property history could not be read after saving', error);
  }
  return overwritten.length > 0 ? { ok: true, overwritten } : { ok: true };
}

/**
 * Where the client sends its requests: HubSpot's API, unless HANDOFF_HUBSPOT_API_BASE names a server
 * on this machine (the tests' stand-in of the CRM API). Any other address is ignored, so the app's
 * token can never be sent elsewhere by a setting. (The preview runs this file in a page, where there
 * is no `process`.)
 */
function apiBase() {
  const base = typeof process === 'object' && process.env ? process.env.HANDOFF_HUBSPOT_API_BASE : undefined;
  return typeof base === 'string' && /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(base) ? base : undefined;
}

/**
 * Attempts per API call (@hubspot/api-client's numberOfApiCallRetries counts every attempt): a 5xx is
 * tried once more after 200 ms. The client waits 10 s before retrying a ten-secondly 429, so more
 * attempts would keep a card waiting longer than a person does.
 */
const API_CALL_ATTEMPTS = 2;

exports.saveProperties = saveProperties;
exports.main = async (context) => {
  const basePath = apiBase();
  const client = new hubspot.Client({
    accessToken: process.env.PRIVATE_APP_ACCESS_TOKEN,
    numberOfApiCallRetries: API_CALL_ATTEMPTS,
    ...(basePath && { basePath }),
  });
  return saveProperties(context && context.parameters, client);
};
