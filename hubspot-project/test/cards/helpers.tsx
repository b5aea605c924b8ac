/** Rendering a card with HubSpot's testing renderer, fed with properties as HubSpot would give them. */
import type { ReactElement } from 'react';
import { Alert, Heading, hubspot, Tag, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { prepareHubSpotWrite, type Kind } from '@handoff-context/core';
import fs from 'node:fs';
import path from 'node:path';

export const now = new Date('2026-11-23T10:00:00Z');
export const seenModifiedAt = '2026-11-22T08:00:00.000Z';

/** The core's small valid payloads (shared/test/data). */
export function payload(kind: Kind): any {
  return JSON.parse(fs.readFileSync(path.join(__dirname, '../../../shared/test/data', `${kind}.json`), 'utf8'));
}

/** What HubSpot stores for a payload: the properties the core's writer produces. */
export function propertiesOf(kind: Kind, value: unknown, options: { allowIncomplete?: boolean } = {}): Record<string, string> {
  const written = prepareHubSpotWrite(kind, value, options);
  if (!written.ok) throw new Error(`fixture does not write: ${JSON.stringify(written.problems)}`);
  return written.properties;
}

type Properties = Record<string, string | null>;

export interface RenderOptions {
  properties?: Properties;
  loading?: boolean;
  error?: Error;
  locale?: string;
  associations?: Array<{ toObjectId: number; properties: Properties }>;
  associationError?: Error;
}

export function renderCard(element: ReactElement, options: RenderOptions = {}) {
  const renderer = createRenderer('crm.record.tab');
  const refetch = jest.fn(async () => undefined);
  renderer.mocks.context.user.locale = options.locale ?? 'en-US';
  renderer.mocks.context.user.firstName = 'Camille';
  renderer.mocks.context.user.lastName = 'Martin';
  renderer.mocks.context.portal.timezone = 'UTC';
  renderer.mocks.context.crm.objectId = 42;
  renderer.mocks.useCrmProperties.willCall(() => ({
    properties: options.loading || options.error ? {} : { hs_lastmodifieddate: seenModifiedAt, lastmodifieddate: seenModifiedAt, ...options.properties },
    error: options.error ?? null,
    isLoading: options.loading ?? false,
    isRefetching: false,
    refetch,
  }));
  renderer.mocks.useAssociations.willCall(() => ({
    results: (options.associations ?? []).map((a) => ({ ...a, associationTypes: [] })),
    error: options.associationError ?? null,
    isLoading: false,
    isRefetching: false,
    refetch: async () => undefined,
    pagination: { hasNextPage: false, hasPreviousPage: false, currentPage: 1, pageSize: 100, nextPage: () => {}, previousPage: () => {}, reset: () => {} },
  }));
  const refresh = jest.fn();
  renderer.mocks.actions.refreshObjectProperties.willCall(refresh);
  renderer.render(element);
  return { ...renderer, refetch, refresh };
}

/** Spies on the app function call; each test says what it answers. */
export function mockServerless(answer: unknown | ((...args: unknown[]) => Promise<unknown>)) {
  return jest
    .spyOn(hubspot, 'serverless')
    .mockImplementation(typeof answer === 'function' ? (answer as never) : async () => answer);
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
