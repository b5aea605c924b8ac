/**
 * Reads a card's properties with useCrmProperties and parses each context with the core.
 * Parsing never throws: malformed, cut or `fake_` values come back as problems the views explain.
 */
import { useMemo } from 'react';
import { useCrmProperties } from '@hubspot/ui-extensions/crm';
import { parseHubSpotProperties, type Kind, type ParseResult, type PayloadOf } from '@handoff-context/core';
import { cardReads } from '../utils/properties';

export type Results = { [K in Kind]?: ParseResult<PayloadOf<K>> };

export type ContextPayload =
  | { status: 'loading' }
  | { status: 'error'; error: Error; refetch: () => Promise<void> }
  | {
      status: 'ready';
      results: Results;
      /** Every property as read: sent with each write, so the function can tell what changed since. */
      properties: Record<string, string | null>;
      refetch: () => Promise<void>;
    };

export function useContextPayload(cardUid: keyof typeof cardReads): ContextPayload {
  const read = cardReads[cardUid];
  const { properties, isLoading, error, refetch } = useCrmProperties(read.properties);
  return useMemo((): ContextPayload => {
    if (error) return { status: 'error', error, refetch };
    if (isLoading) return { status: 'loading' };
    // Every property asked for, null when HubSpot left it out: a write says what it saw of each.
    const seen: Record<string, string | null> = {};
    for (const name of read.properties) seen[name] = properties?.[name] ?? null;
    const results: Results = {};
    for (const kind of read.kinds) (results as Record<Kind, unknown>)[kind] = parseHubSpotProperties(kind, seen);
    return {
      status: 'ready',
      results,
      properties: seen,
      refetch,
    };
  }, [error, isLoading, properties, read, refetch]);
}
