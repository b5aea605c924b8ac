/**
 * `hubspot.serverless(name, …)` in the preview: the app functions a card calls, registered by name.
 * The HubSpot bundle registers the project's own function handlers here, run in the page against the
 * preview's HubSpot service.
 */
export type AppFunction = (request: { parameters?: Record<string, unknown>; propertiesToSend?: Record<string, string | null> }) => Promise<unknown>;

export const appFunctions = new Map<string, AppFunction>();
