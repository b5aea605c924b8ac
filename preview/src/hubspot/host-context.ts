/** Which card, on which record, a hook or component is rendering for. */
import { createContext, useContext } from 'react';
import type { HubSpotObjectType } from '../runtime/hubspot-service';

export interface CardHost {
  card: string;
  objectType: HubSpotObjectType;
  objectId: number;
  /** Messages from `actions.addAlert`, shown above the card. */
  addAlert(alert: { type?: string; title?: string; message: string }): void;
}

export const HostContext = createContext<CardHost | null>(null);

export function useHost(): CardHost {
  const host = useContext(HostContext);
  if (!host) throw new Error('A HubSpot card component rendered outside the preview host.');
  return host;
}

export function preview() {
  return (
    globalThis as unknown as {
      __handoffPreview: { hubspot: import('../runtime/hubspot-service').HubSpotService; settings: import('../runtime/settings').PreviewSettings };
    }
  ).__handoffPreview;
}
