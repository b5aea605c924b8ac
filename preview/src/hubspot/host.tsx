/**
 * The HubSpot card host: renders each card's `hubspot.extend` callback into a card frame on the page,
 * with the context (user locale, record) and actions HubSpot would give it.
 */
import { useCallback, useState, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { objectTypeIds, type HubSpotObjectType } from '../runtime/hubspot-service';
import { HostContext, preview, type CardHost } from './host-context';
import { ExtensionApiContext, currentRecord, registrations, type RenderCallback } from './ui-extensions';

export interface HubSpotCardSpec {
  uid: string;
  label: string;
  location: string;
  objectTypes: string[];
}

interface AlertEntry {
  key: number;
  type?: string;
  title?: string;
  message: string;
}

function CardFrame({
  spec,
  render,
  record,
}: {
  spec: HubSpotCardSpec;
  render: RenderCallback;
  record: { objectType: HubSpotObjectType; objectId: number };
}): ReactElement {
  const [alerts, setAlerts] = useState<AlertEntry[]>([]);
  const addAlert = useCallback((alert: { type?: string; title?: string; message: string }) => {
    setAlerts((list) => [...list.slice(-2), { ...alert, key: Date.now() + Math.random() }]);
  }, []);
  const { settings, hubspot } = preview();
  const host: CardHost = { card: spec.uid, objectType: record.objectType, objectId: record.objectId, addAlert };
  const context = {
    location: spec.location,
    user: {
      id: 1001,
      email: 'preview.user@example.com',
      emails: ['preview.user@example.com'],
      firstName: 'Preview',
      lastName: 'User',
      locale: settings.locale,
      language: settings.locale.split('-')[0],
      roles: [],
      teams: [],
      permissions: [],
    },
    portal: { id: 1234567, timezone: settings.timeZone },
    crm: { objectId: record.objectId, objectTypeId: objectTypeIds[record.objectType] },
    extension: { appId: 'handoff-context', appName: 'Handoff Context', cardTitle: spec.label },
  };
  const actions = {
    addAlert,
    reloadPage: () => location.reload(),
    fetchCrmObjectProperties: (names: string[]) => hubspot.properties(record.objectType, record.objectId, names, spec.uid),
    refreshObjectProperties: () => hubspot.changed(),
    onCrmPropertiesUpdate: (names: string[], callback: (props: Record<string, string | null>) => void) => {
      hubspot.onChange(() => {
        hubspot.properties(record.objectType, record.objectId, names, spec.uid).then(callback, () => {});
      });
    },
    openIframeModal: () => addAlert({ type: 'info', message: 'The preview does not open iframe modals.' }),
  };
  const runServerlessFunction = () => Promise.reject(new Error('runServerlessFunction is deprecated; use hubspot.serverless.'));
  return (
    <HostContext.Provider value={host}>
      <ExtensionApiContext.Provider value={{ context, actions }}>
        <article className="hs-card" aria-labelledby={`hs-title-${spec.uid}`}>
          <h4 className="hs-card-title" id={`hs-title-${spec.uid}`}>
            {spec.label}
          </h4>
          {alerts.map((a) => (
            <div key={a.key} className={`hs-alert hs-tone-${a.type === 'danger' ? 'error' : (a.type ?? 'info')}`} role="status">
              {a.title ? <p className="hs-alert-title">{a.title}</p> : null}
              <div className="hs-alert-body">{a.message}</div>
            </div>
          ))}
          <div className="hs-card-body">{render({ context, actions, runServerlessFunction })}</div>
        </article>
      </ExtensionApiContext.Provider>
    </HostContext.Provider>
  );
}

export function registerCards(specs: HubSpotCardSpec[]) {
  if (registrations.length !== specs.length) {
    throw new Error(`${specs.length} HubSpot cards in hsmeta files, but ${registrations.length} called hubspot.extend.`);
  }
  const renders = new Map(specs.map((spec, i) => [spec.uid, registrations[i]]));
  (globalThis as unknown as { __handoffPreview: { registerHubSpot(bundle: unknown): void } }).__handoffPreview.registerHubSpot({
    cards: specs,
    mount(container: Element, spec: HubSpotCardSpec, record: { objectType: HubSpotObjectType; objectId: number }) {
      Object.assign(currentRecord, { objectType: record.objectType, objectId: record.objectId, card: spec.uid });
      createRoot(container).render(<CardFrame spec={spec} render={renders.get(spec.uid)!} record={record} />);
    },
  });
}
