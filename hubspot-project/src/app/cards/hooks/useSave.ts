/**
 * Saves properties through the app function, then refreshes the record so the card shows what
 * HubSpot stored. With the properties go the values the card read: the function refuses the write
 * when the contexts being written changed meanwhile. The caller keeps its draft whatever happens,
 * so nothing typed is lost.
 */
import { useCallback, useState } from 'react';
import { hubspot, useExtensionActions } from '@hubspot/ui-extensions';
import type { Translator } from '@handoff-context/core';
import type { CrmObjectType } from '../utils/properties';
import { overwroteText, saveFailureText, type SaveResponse } from '../utils/problems';

export const saveFunctionUid = 'hc_save_properties';

export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; warning?: string } | { status: 'failed'; message: string };

export interface SaveTarget {
  objectType: CrmObjectType;
  objectId: string;
  /** The record's properties as the card read them: what the write expects to still be there. */
  seen: Record<string, string | null>;
  refetch: () => Promise<void>;
}

export function useSave(target: SaveTarget, t: Translator) {
  const actions = useExtensionActions<'crm.record.tab'>();
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const { objectType, objectId, seen, refetch } = target;

  const save = useCallback(
    async (properties: Record<string, string>): Promise<boolean> => {
      setState({ status: 'saving' });
      let response: SaveResponse | undefined;
      try {
        response = await hubspot.serverless<SaveResponse>(saveFunctionUid, { parameters: { objectType, objectId, properties, seen } });
      } catch {
        response = undefined;
      }
      if (!response || response.ok !== true) {
        setState({ status: 'failed', message: saveFailureText(t, response) });
        return false;
      }
      const overwritten = Array.isArray(response.overwritten) ? response.overwritten.filter((n) => typeof n === 'string') : [];
      setState({ status: 'saved', ...(overwritten.length > 0 && { warning: overwroteText(t, overwritten) }) });
      actions?.refreshObjectProperties?.();
      await refetch().catch(() => undefined);
      return true;
    },
    [actions, objectId, objectType, refetch, seen, t],
  );

  return { state, save, reset: () => setState({ status: 'idle' }) };
}
