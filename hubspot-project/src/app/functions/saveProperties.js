/**
 * The app function behind every Handoff Context card button (feedback, handoff draft, submit,
 * accept, return). The card prepares the properties with the core; this function writes them with
 * the app's private token, after two checks a card cannot be trusted with:
 *   - only Handoff Context properties of the record's own contexts may be written;
 *   - nobody changed the record since the card read it (its last-modified date is unchanged),
 *     otherwise the write is refused and the card keeps the user's draft.
 */
const hubspot = require('@hubspot/api-client');

/** HubSpot's last-modified property per object type (contacts use the older name). */
const LAST_MODIFIED = { contacts: 'lastmodifieddate', deals: 'hs_lastmodifieddate', companies: 'hs_lastmodifieddate' };

/** An instant from what HubSpot sends: epoch milliseconds as text, or ISO text. */
function instantOf(value) {
  if (value === null || value === undefined || value === '') return undefined;
  const text = String(value).trim();
  const ms = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}

/** The hc_ properties a card may write on this object type, from the core's column list. */
async function writableProperties(objectType) {
  const core = await import('@handoff-context/core');
  const names = new Set();
  for (const kind of core.kinds) {
    if (!core.contexts[kind].storage.hubspot.includes(objectType)) continue;
    for (const { column } of core.columnsOf(kind)) names.add(core.hubspotPropertyName(column));
  }
  return { names, limit: core.textLimits.hubspot };
}

function refuse(code, message) {
  return { ok: false, code, message };
}

/** Checks the request; gives what to write, or why not. */
async function readRequest(parameters) {
  const { objectType, objectId, properties, seenModifiedAt } = parameters || {};
  if (!Object.prototype.hasOwnProperty.call(LAST_MODIFIED, objectType))
    return { refusal: refuse('invalid', `objectType must be one of ${Object.keys(LAST_MODIFIED).join(', ')}.`) };
  if (!/^\d+$/.test(String(objectId ?? ''))) return { refusal: refuse('invalid', 'objectId must be a record id.') };
  if (instantOf(seenModifiedAt) === undefined)
    return { refusal: refuse('invalid', 'seenModifiedAt (the last-modified date the card saw) is missing.') };
  if (!properties || typeof properties !== 'object' || Array.isArray(properties) || Object.keys(properties).length === 0)
    return { refusal: refuse('invalid', 'properties must name at least one property to write.') };
  const { names, limit } = await writableProperties(objectType);
  for (const [name, value] of Object.entries(properties)) {
    if (!names.has(name)) return { refusal: refuse('forbidden', `${name} is not a Handoff Context property of ${objectType}.`) };
    if (typeof value !== 'string') return { refusal: refuse('invalid', `${name} must be sent as text.`) };
    if (value.length > limit) return { refusal: refuse('invalid', `${name} is longer than the ${limit} characters HubSpot keeps.`) };
  }
  return { objectType, objectId: String(objectId), properties, seen: instantOf(seenModifiedAt) };
}

function messageOf(error) {
  const status = error && (error.code || error.statusCode);
  const detail = error && error.body && error.body.message ? error.body.message : error && error.message;
  return status ? `HubSpot answered ${status}: ${detail}` : String(detail || error);
}

/** The work, with the API client given, so tests can pass a fake one. */
async function saveProperties(parameters, client) {
  const request = await readRequest(parameters);
  if (request.refusal) return request.refusal;
  const { objectType, objectId, properties, seen } = request;
  const api = client.crm[objectType].basicApi;
  const lastModified = LAST_MODIFIED[objectType];
  try {
    const current = await api.getById(objectId, [lastModified]);
    const now = instantOf(current.properties && current.properties[lastModified]);
    if (now !== seen)
      return refuse('conflict', 'The record changed since the card read it; nothing was written.');
    const updated = await api.update(objectId, { properties });
    return { ok: true, modifiedAt: (updated.properties && updated.properties[lastModified]) || null };
  } catch (error) {
    return refuse('failed', messageOf(error));
  }
}

exports.saveProperties = saveProperties;
exports.main = async (context) => {
  const client = new hubspot.Client({ accessToken: process.env.PRIVATE_APP_ACCESS_TOKEN });
  return saveProperties(context && context.parameters, client);
};
