/**
 * Salesforce for handoff push, through jsforce: reads with sObject Collections retrieve
 * (`POST /services/data/vXX.X/composite/sobjects/{type}` with ids and fields) and writes with
 * sObject Collections update (`PATCH /services/data/vXX.X/composite/sobjects`, at most 200 records,
 * allOrNone false), whose SaveResults fail records one by one (`success: false`, `errors[]`).
 *
 * jsforce retries only GET, PUT, HEAD, OPTIONS and DELETE by itself; both calls here are POST and
 * PATCH, so the push engine's retry covers them. jsforce's errors carry no HTTP status: it is read
 * from their error code (`ERROR_HTTP_503`, or Salesforce's own such as SERVER_UNAVAILABLE).
 */
import { Connection } from 'jsforce';
import { salesforceApiVersion } from '../salesforce-api-version';
import type { CallFailure } from './retry';
import type { CurrentValue, PushTarget, UpdateOutcome } from './target';

/** sObject Collections' documented limit per update request. */
export const salesforceBatchSize = 200;

export interface SalesforceCredentials {
  instanceUrl: string;
  accessToken: string;
}

/**
 * The org to write to: SF_ACCESS_TOKEN and SF_INSTANCE_URL, or an sf CLI alias (`sf org display`).
 * The token is never taken from the command line and never printed.
 */
export async function salesforceConnectionFrom(
  env: NodeJS.ProcessEnv,
  targetOrg: string | undefined,
): Promise<{ ok: true; value: SalesforceCredentials } | { ok: false; message: string }> {
  if (targetOrg) {
    const { sf } = await import('../salesforce/sf');
    const display = sf(['org', 'display', '--target-org', targetOrg], { env });
    const { accessToken, instanceUrl } = (display.result ?? {}) as { accessToken?: string; instanceUrl?: string };
    if (display.status !== 0 || !accessToken || !instanceUrl)
      return {
        ok: false,
        message: `sf cannot use the org "${targetOrg}"${display.message ? ` (${display.message})` : ''}: authorise it with sf org login web --alias ${targetOrg}`,
      };
    return { ok: true, value: { accessToken, instanceUrl } };
  }
  const accessToken = env.SF_ACCESS_TOKEN?.trim();
  const instanceUrl = env.SF_INSTANCE_URL?.trim();
  if (!accessToken || !instanceUrl)
    return {
      ok: false,
      message: 'nothing was sent to Salesforce: set SF_ACCESS_TOKEN and SF_INSTANCE_URL, or give --target-org <alias> of an org the sf CLI knows',
    };
  return { ok: true, value: { accessToken, instanceUrl } };
}

/** Salesforce's error codes for a passing failure on its side (503 and 500 answers): worth another try. */
const retryableCodes = new Map([
  ['SERVER_UNAVAILABLE', 503],
  ['REQUEST_RUNNING_TOO_LONG', 503],
  ['UNKNOWN_EXCEPTION', 500],
]);

export function describeSalesforceError(error: unknown): CallFailure {
  const e = error as { errorCode?: unknown; name?: unknown; message?: unknown; cause?: { code?: unknown } };
  const code = typeof e?.errorCode === 'string' ? e.errorCode : typeof e?.name === 'string' ? e.name : '';
  const message = typeof e?.message === 'string' ? e.message : String(error);
  const http = /^ERROR_HTTP_(\d{3})$/.exec(code);
  if (http) return { status: Number(http[1]), message };
  if (retryableCodes.has(code)) return { status: retryableCodes.get(code), message: `${code}: ${message}` };
  if (code === 'INVALID_SESSION_ID') return { status: 401, message: `${code}: ${message}` };
  if (code === 'REQUEST_LIMIT_EXCEEDED') return { status: 403, message: `${code}: ${message}` };
  // undici's `fetch failed` TypeError, with the socket error as its cause.
  if (error instanceof TypeError || typeof e?.cause?.code === 'string')
    return { network: true, message: `${message}${e?.cause?.code ? ` (${String(e.cause.code)})` : ''}` };
  return { status: 400, message: code ? `${code}: ${message}` : message };
}

interface SaveResult {
  id?: string;
  success: boolean;
  errors?: Array<{ statusCode?: string; message?: string; fields?: string[] }>;
}

export function salesforceTarget(credentials: SalesforceCredentials): PushTarget {
  const conn = new Connection({ instanceUrl: credentials.instanceUrl, accessToken: credentials.accessToken, version: salesforceApiVersion });
  return {
    platform: 'salesforce',
    batchSize: salesforceBatchSize,
    describe: describeSalesforceError,
    async read(objectType, ids, names) {
      const records = (await conn.sobject(objectType).retrieve(ids, { fields: ['Id', ...names] })) as unknown as Array<Record<string, CurrentValue> | null>;
      const found = new Map<string, Record<string, CurrentValue>>();
      records.forEach((record, index) => {
        if (record) found.set(ids[index], record);
      });
      return found;
    },
    async update(objectType, inputs) {
      const results = (await conn.sobject(objectType).update(
        inputs.map(({ id, values }) => ({ Id: id, ...values })),
        { allOrNone: false },
      )) as unknown as SaveResult[];
      const outcomes = new Map<string, UpdateOutcome>();
      // SaveResults come back in the order of the records sent.
      inputs.forEach(({ id }, index) => {
        const result = results[index];
        if (!result) return;
        outcomes.set(
          id,
          result.success
            ? { ok: true }
            : {
                ok: false,
                reason:
                  (result.errors ?? [])
                    .map((e) => `${e.statusCode ?? 'ERROR'}: ${e.message ?? ''}${e.fields?.length ? ` (${e.fields.join(', ')})` : ''}`)
                    .join('; ') || 'Salesforce did not save the record',
              },
        );
      });
      return outcomes;
    },
  };
}
