/**
 * Preview stand-in for `@hubspot/ui-extensions/crm`: the data hooks read the sample book through the
 * preview's HubSpot service, with the same result shapes as HubSpot's own hooks.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

import { preview, useHost } from './host-context';

interface FetchState<T> {
  data: T;
  error: Error | null;
  isLoading: boolean;
  isRefetching: boolean;
}

function useFetch<T>(initial: T, key: string, load: () => Promise<T>) {
  const [state, setState] = useState<FetchState<T>>({ data: initial, error: null, isLoading: true, isRefetching: false });
  const loadRef = useRef(load);
  loadRef.current = load;
  const run = useCallback(
    async (isRefetch: boolean) => {
      setState((s) => (isRefetch ? { ...s, isRefetching: true, error: null } : { ...s, isLoading: true, error: null }));
      try {
        const data = await loadRef.current();
        setState({ data, error: null, isLoading: false, isRefetching: false });
      } catch (error) {
        setState((s) => ({ data: isRefetch ? s.data : initial, error: error as Error, isLoading: false, isRefetching: false }));
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  useEffect(() => {
    run(false);
    // actions.refreshObjectProperties() makes every hook on the page fetch again.
    return preview().hubspot.onChange(() => run(true));
  }, [run]);
  return { ...state, refetch: () => run(true) };
}

export function useCrmProperties(propertyNames: string[], _options?: unknown) {
  const host = useHost();
  const names = [...(propertyNames ?? [])].sort();
  const { data, refetch, ...rest } = useFetch<Record<string, string | null>>({}, `${host.objectType}/${host.objectId}/${names.join(',')}`, () =>
    preview().hubspot.properties(host.objectType, host.objectId, names, host.card),
  );
  return { properties: data, ...rest, refetch };
}

export function useAssociations(config: { toObjectType: string; properties?: string[]; pageLength?: number }, _options?: unknown) {
  const host = useHost();
  const key = `${host.objectType}/${host.objectId}→${config.toObjectType}/${[...(config.properties ?? [])].sort().join(',')}/${config.pageLength ?? ''}`;
  const { data, refetch, ...rest } = useFetch({ results: [] as unknown[], hasMore: false, nextOffset: 0 }, key, () =>
    preview().hubspot.associations({ objectType: host.objectType, id: host.objectId }, config, host.card),
  );
  const pageSize = config.pageLength ?? 100;
  return {
    results: data.results,
    ...rest,
    refetch,
    pagination: {
      hasNextPage: data.hasMore,
      hasPreviousPage: false,
      currentPage: 1,
      pageSize,
      nextPage: () => {},
      previousPage: () => {},
      reset: () => {},
    },
  };
}

/** HubSpot's own CRM data components need HubSpot; the preview names them instead of faking them. */
function platformOnly(name: string) {
  return function PlatformOnly() {
    return <p className="hs-text hs-microcopy">{`${name} is shown by HubSpot on the real record page.`}</p>;
  };
}

export const CrmPropertyList = platformOnly('CrmPropertyList');
export const CrmAssociationTable = platformOnly('CrmAssociationTable');
export const CrmDataHighlight = platformOnly('CrmDataHighlight');
export const CrmReport = platformOnly('CrmReport');
export const CrmAssociationPivot = platformOnly('CrmAssociationPivot');
export const CrmAssociationPropertyList = platformOnly('CrmAssociationPropertyList');
export const CrmAssociationStageTracker = platformOnly('CrmAssociationStageTracker');
export const CrmSimpleDeadline = platformOnly('CrmSimpleDeadline');
export const CrmStageTracker = platformOnly('CrmStageTracker');
export const CrmStatistics = platformOnly('CrmStatistics');
export const CrmActionButton = platformOnly('CrmActionButton');
export const CrmActionLink = platformOnly('CrmActionLink');
export const CrmCardActions = platformOnly('CrmCardActions');
