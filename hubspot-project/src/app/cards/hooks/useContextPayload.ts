/**
 * Reads a card's properties with useCrmProperties and parses each context with the core.
 * Parsing never throws: malformed, cut or `fake_` values come back as problems the views explain.
 */
import { useMemo } from 'react';
import { useCrmProperties } from '@hubspot/ui-extensions/crm';
import { parseHubSpotProperties, type Kind, type ParseResult, type PayloadOf } from '@handoff-context/core';
import { cardReads, lastModifiedProperty } from '../utils/properties';

export type Results = { [K in Kind]?: ParseResult<PayloadOf<K>> };

export type ContextPayload =
  | { status: 'loading' }
  | { status: 'error'; error: Error; refetch: () => Promise<void> }
  | {
      status: 'ready';
      results: Results;
      properties: Record<string, string | null>;
      /** The last-modified date the card saw, sent with every write. */
      modifiedAt: string | null;
      refetch: () => Promise<void>;
    };

export function useContextPayload(cardUid: keyof typeof cardReads): ContextPayload {
  const read = cardReads[cardUid];
  const { properties, isLoading, error, refetch } = useCrmProperties(read.properties);
  return useMemo((): ContextPayload => {
    if (error) return { status: 'error', error, refetch };
    if (isLoading) return { status: 'loading' };
    const results: Results = {};
    for (const kind of read.kinds) (results as Record<Kind, unknown>)[kind] = parseHubSpotProperties(kind, properties);
    return {
      status: 'ready',
      results,
      properties,
      modifiedAt: properties[lastModifiedProperty[read.objectType]] ?? null,
      refetch,
    };
  }, [error, isLoading, properties, read, refetch]);
}
