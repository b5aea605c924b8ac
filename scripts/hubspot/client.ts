/** The HubSpot API client for the setup and seed scripts, with the token taken from the environment. */
import { Client } from '@hubspot/api-client';

export const tokenVariable = 'HUBSPOT_ACCESS_TOKEN';

/** What a script needs from the client: only the APIs it calls, so tests can pass a fake. */
export type HubSpotClient = Pick<Client, 'crm'>;

export function tokenFrom(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const token = env[tokenVariable]?.trim();
  return token ? token : undefined;
}

export function missingTokenMessage(scopes: string[]): string {
  return [
    `${tokenVariable} is not set, so nothing was sent to HubSpot.`,
    'Create a service key or a legacy private app in your portal (Settings → Integrations) with these scopes:',
    ...scopes.map((scope) => `  - ${scope}`),
    `then run again with ${tokenVariable}=<its access token>.`,
  ].join('\n');
}

/** `basePath` only for tests, which point the client at a stand-in of the API on 127.0.0.1. */
export function createClient(token: string, basePath?: string): HubSpotClient {
  // Retries on HubSpot's rate limits (429) and its passing server errors, as the client allows.
  return new Client({ accessToken: token, numberOfApiCallRetries: 3, ...(basePath && { basePath }) });
}

/** HTTP status and message of an error thrown by @hubspot/api-client. */
export function describeError(error: unknown): { status?: number; message: string } {
  const e = error as { code?: unknown; body?: { message?: unknown }; message?: unknown };
  const status = typeof e?.code === 'number' ? e.code : undefined;
  const message = typeof e?.body?.message === 'string' ? e.body.message : typeof e?.message === 'string' ? e.message : String(error);
  return { status, message };
}
