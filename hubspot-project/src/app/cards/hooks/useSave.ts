/**
 * Saves properties through the app function, then refreshes the record so the card shows what
 * HubSpot stored. The function refuses the write when the record changed since the card read it;
 * the caller keeps its draft whatever happens, so nothing typed is lost.
 */
import { useCallback, useState } from 'react';
import { hubspot, useExtensionActions } from '@hubspot/ui-extensions';
import type { Translator } from '@handoff-context/core';
import type { CrmObjectType } from '../utils/properties';

export const saveFunctionUid = 'hc_save_properties';

export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'failed'; message: string };

type SaveResponse = { ok: true; modifiedAt?: string | null } | { ok: false; code?: string; message?: string };

export interface SaveTarget {
  objectType: CrmObjectType;
  objectId: string;
  modifiedAt: string | null;
  refetch: () => Promise<void>;
}

export function useSave(target: SaveTarget, t: Translator) {
  const actions = useExtensionActions<'crm.record.tab'>();
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const { objectType, objectId, modifiedAt, refetch } = target;

  const save = useCallback(
    async (properties: Record<string, string>): Promise<boolean> => {
      setState({ status: 'saving' });
      let response: SaveResponse | undefined;
      try {
        response = await hubspot.serverless<SaveResponse>(saveFunctionUid, {
          parameters: { objectType, objectId, properties, seenModifiedAt: modifiedAt },
        });
      } catch (error) {
        setState({ status: 'failed', message: t.t('state.saveFailed', { reason: (error as Error)?.message ?? String(error) }) });
        return false;
      }
      if (!response || response.ok !== true) {
        const failure = response as Extract<SaveResponse, { ok: false }> | undefined;
        const message =
          failure?.code === 'conflict' ? t.t('state.concurrentEdit') : t.t('state.saveFailed', { reason: failure?.message ?? '—' });
        setState({ status: 'failed', message });
        return false;
      }
      setState({ status: 'saved' });
      actions?.refreshObjectProperties?.();
      await refetch().catch(() => undefined);
      return true;
    },
    [actions, modifiedAt, objectId, objectType, refetch, t],
  );

  return { state, save, reset: () => setState({ status: 'idle' }) };
}
