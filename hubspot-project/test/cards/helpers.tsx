/** Rendering a card with HubSpot's testing renderer, fed with properties as HubSpot would give them. */
import { useState, type ReactElement } from 'react';
import { Alert, Heading, hubspot, Tag, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';

export { associatedDeals, bookPayload, bookProperties, caseId, now } from '../book';

type Properties = Record<string, string | null>;

export interface RenderOptions {
  properties?: Properties;
  /** Leave HubSpot's default mocks in place: every property reads `fake_<name>`. */
  fake?: boolean;
  loading?: boolean;
  error?: Error;
  locale?: string;
  /** The portal's time zone; UTC unless a test says otherwise. */
  timeZone?: string;
  associations?: Array<{ toObjectId: number; properties: Properties }>;
  /** Associations handed over page by page, as HubSpot does past `pageLength`. */
  associationPages?: Array<Array<{ toObjectId: number; properties: Properties }>>;
  associationError?: Error;
}

export function renderCard(element: ReactElement, options: RenderOptions = {}) {
  const renderer = createRenderer('crm.record.tab');
  const refetch = jest.fn(async () => undefined);
  renderer.mocks.context.user.locale = options.locale ?? 'en-US';
  renderer.mocks.context.user.firstName = 'Camille';
  renderer.mocks.context.user.lastName = 'Martin';
  renderer.mocks.context.portal.timezone = options.timeZone ?? 'UTC';
  renderer.mocks.context.crm.objectId = 42;
  if (!options.fake) {
    renderer.mocks.useCrmProperties.willCall(() => ({
      properties: options.loading || options.error ? {} : { ...options.properties },
      error: options.error ?? null,
      isLoading: options.loading ?? false,
      isRefetching: false,
      refetch,
    }));
    const pages = options.associationPages ?? [options.associations ?? []];
    renderer.mocks.useAssociations.willCall(() => {
      // The mock stands in for the hook inside the card's render, so it may keep the page in state.
      const [page, setPage] = useState(0);
      return {
        results: pages[page].map((a) => ({ ...a, associationTypes: [] })),
        error: options.associationError ?? null,
        isLoading: false,
        isRefetching: false,
        refetch: async () => undefined,
        pagination: {
          hasNextPage: page < pages.length - 1,
          hasPreviousPage: page > 0,
          currentPage: page + 1,
          pageSize: 100,
          nextPage: () => setPage((p) => Math.min(p + 1, pages.length - 1)),
          previousPage: () => setPage((p) => Math.max(p - 1, 0)),
          reset: () => setPage(0),
        },
      };
    });
  }
  const refresh = jest.fn();
  renderer.mocks.actions.refreshObjectProperties.willCall(refresh);
  renderer.render(element);
  return { ...renderer, refetch, refresh };
}

/** Spies on the app function call; each test says what it answers. */
export function mockServerless(answer: unknown | ((...args: unknown[]) => Promise<unknown>)) {
  return jest.spyOn(hubspot, 'serverless').mockImplementation(typeof answer === 'function' ? (answer as never) : async () => answer);
}

/** The parameters of the n-th app function call. */
export function sentParameters(
  spy: jest.SpyInstance,
  n = 0,
): { objectType: string; objectId: string; properties: Record<string, string>; seen: Record<string, string | null> } {
  return (spy.mock.calls[n][1] as { parameters: never }).parameters;
}

/** All the words a rendered node shows: its Text, Heading and Tag contents and its Alert titles. */
export function wordsIn(node: { findAll: (component: any) => Array<{ text: string | null; props: any }> }): string {
  return [
    ...node.findAll(Text).map((n) => n.text),
    ...node.findAll(Heading).map((n) => n.text),
    ...node.findAll(Tag).map((n) => n.text),
    ...node.findAll(Alert).map((n) => n.props.title),
  ]
    .filter(Boolean)
    .join('\n');
}
