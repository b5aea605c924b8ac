/**
 * HubSpot for handoff push, through @hubspot/api-client: CRM objects batch read and batch update
 * (`POST /crm/v3/objects/{objectType}/batch/read` and `/batch/update`, at most 100 inputs a call).
 * A 207 Multi-Status answer lists the records that failed in `errors[]` (each naming its record in
 * `context.ids` or by `objectWriteTraceId`); those fail alone.
 *
 * The client's own retries (numberOfApiCallRetries) are left off: they retry 5xx after 200 ms steps
 * and 429 only for two named policies, ignore Retry-After and never retry a dropped connection. The
 * push engine's retry does all of that instead.
 */
import { Client } from '@hubspot/api-client';
import type { CallFailure } from './retry';
import type { CurrentValue, PushTarget, UpdateInput, UpdateOutcome } from './target';

/** HubSpot's documented batch limit for CRM object batch endpoints. */
export const hubspotBatchSize = 100;

/** The base path may be pointed elsewhere (tests run a stand-in on 127.0.0.1), as the app function allows. */
export const hubspotBaseVariable = 'HANDOFF_HUBSPOT_API_BASE';

interface BatchError {
  category?: string;
  message?: string;
  context?: Record<string, string[] | undefined>;
  id?: string;
}

interface BatchAnswer {
  results?: Array<{ id: string; properties?: Record<string, string | null>; objectWriteTraceId?: string }>;
  errors?: BatchError[];
}

/** The records a 207 error names: by `context.ids`, else by the trace id we gave each input. */
function idsOf(error: BatchError): string[] {
  const ids = [...(error.context?.ids ?? []), ...(error.context?.objectWriteTraceId ?? [])];
  if (error.id) ids.push(error.id);
  return ids;
}

function reasonOf(error: BatchError): string {
  return `${error.category ?? 'ERROR'}: ${error.message ?? 'HubSpot gave no message'}`;
}

export function describeHubSpotError(error: unknown): CallFailure {
  const e = error as { code?: unknown; body?: unknown; headers?: Record<string, string>; message?: unknown; errno?: unknown; type?: unknown };
  if (typeof e?.code === 'number') {
    const body = typeof e.body === 'string' ? safeJson(e.body) : e.body;
    const message = typeof (body as { message?: unknown })?.message === 'string' ? (body as { message: string }).message : String(e.message ?? 'HubSpot error');
    const retryAfter = e.headers?.['retry-after'] ?? e.headers?.['Retry-After'];
    return { status: e.code, message, ...(retryAfter !== undefined && { retryAfter }) };
  }
  // node-fetch's FetchError (type 'system') and Node's own socket errors: no HTTP answer at all.
  const message = typeof e?.message === 'string' ? e.message : String(error);
  const network = e?.type === 'system' || typeof e?.code === 'string' || /socket hang up|ECONNRESET|ECONNREFUSED|ETIMEDOUT|fetch failed/i.test(message);
  return { network, message };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { message: text };
  }
}

export function hubspotTarget(token: string, basePath?: string): PushTarget {
  const client = new Client({ accessToken: token, numberOfApiCallRetries: 0, ...(basePath && { basePath }) });
  return {
    platform: 'hubspot',
    batchSize: hubspotBatchSize,
    describe: describeHubSpotError,
    async read(objectType, ids, names) {
      const answer = (await client.crm.objects.batchApi.read(
        objectType,
        { inputs: ids.map((id) => ({ id })), properties: names, propertiesWithHistory: [] },
        false,
      )) as BatchAnswer;
      const found = new Map<string, Record<string, CurrentValue>>();
      for (const result of answer.results ?? []) found.set(String(result.id), { ...result.properties });
      return found;
    },
    async update(objectType, inputs: UpdateInput[]) {
      const answer = (await client.crm.objects.batchApi.update(objectType, {
        inputs: inputs.map(({ id, values }) => ({
          id,
          objectWriteTraceId: id,
          properties: Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value === null ? '' : String(value)])),
        })),
      })) as BatchAnswer;
      const outcomes = new Map<string, UpdateOutcome>();
      for (const error of answer.errors ?? []) {
        const named = idsOf(error);
        // An error that names no record fails every record the answer does not confirm.
        const ids = named.length ? named : inputs.map((i) => i.id).filter((id) => !(answer.results ?? []).some((r) => String(r.id) === id));
        for (const id of ids) outcomes.set(id, { ok: false, reason: reasonOf(error) });
      }
      for (const result of answer.results ?? []) if (!outcomes.has(String(result.id))) outcomes.set(String(result.id), { ok: true });
      return outcomes;
    },
  };
}
