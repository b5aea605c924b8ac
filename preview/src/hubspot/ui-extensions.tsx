/**
 * Preview stand-in for `@hubspot/ui-extensions`: the components as accessible HTML, `hubspot.extend`
 * collecting each card's render function, and `hubspot.serverless` calling the app's functions.
 */
import { createContext, useContext, type ReactElement } from 'react';
import { appFunctions } from './app-functions';
import { preview } from './host-context';

export * from './components';

export type RenderCallback = (api: { context: unknown; actions: unknown; runServerlessFunction: unknown }) => ReactElement;

/** Cards register in the order their modules run; the host pairs them with the hsmeta files. */
export const registrations: RenderCallback[] = [];

/** The record a serverless call comes from (set by the host while a card is on the page). */
export const currentRecord: { objectType?: string; objectId?: number; card?: string } = {};

async function serverless<T = unknown>(
  name: string,
  options: { parameters?: Record<string, unknown>; propertiesToSend?: string[]; payload?: unknown } = {},
): Promise<T> {
  const service = preview().hubspot;
  const fn = appFunctions.get(name);
  const entry = { name, parameters: options.parameters };
  (preview() as unknown as { writes: unknown[] }).writes.push({ serverless: entry });
  if (!fn) throw new Error(`The app has no function named ${name}.`);
  let propertiesToSend: Record<string, string | null> | undefined;
  if (options.propertiesToSend?.length && currentRecord.objectType && currentRecord.objectId !== undefined) {
    const object = service.object(currentRecord.objectType as 'deals', currentRecord.objectId);
    propertiesToSend = Object.fromEntries(options.propertiesToSend.map((n) => [n, object?.properties[n] ?? null]));
  }
  return (await fn({ parameters: options.parameters, propertiesToSend })) as T;
}

export const hubspot = {
  extend(render: RenderCallback) {
    registrations.push(render);
  },
  serverless,
  fetch: () => Promise.reject(new Error('The preview has no backend for hubspot.fetch.')),
};

export const logger = {
  debug: (...args: unknown[]) => console.debug(...args),
  info: (...args: unknown[]) => console.info(...args),
  warn: (...args: unknown[]) => console.warn(...args),
  error: (...args: unknown[]) => console.error(...args),
};

export const ExtensionApiContext = createContext<{ context: unknown; actions: unknown } | null>(null);

export function useExtensionContext() {
  return useContext(ExtensionApiContext)?.context;
}

export function useExtensionActions() {
  return useContext(ExtensionApiContext)?.actions;
}

export function useExtensionApi() {
  return useContext(ExtensionApiContext);
}
