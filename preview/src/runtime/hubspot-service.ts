/**
 * The HubSpot data service behind the preview's `@hubspot/ui-extensions/crm` hooks: CRM objects from
 * the sample book, every property value a string (or null), as HubSpot sends them.
 */
import { textLimits } from '@handoff-context/core';
import type { RequestLog } from './requests';
import type { PreviewSettings } from './settings';

export type HubSpotObjectType = 'contacts' | 'companies' | 'deals';

export interface HubSpotSeed {
  objectType: HubSpotObjectType;
  id: number;
  properties: Record<string, string | null>;
}

export interface HubSpotAssociation {
  from: { objectType: HubSpotObjectType; id: number };
  to: { objectType: HubSpotObjectType; id: number };
}

export interface HubSpotServiceOptions {
  seeds: HubSpotSeed[];
  associations: HubSpotAssociation[];
  /** The app's properties (hc_*): a user without access to them cannot read them. */
  packageProperties: Set<string>;
  /** The options of the app's enumeration properties: a PATCH with another value is refused. */
  packagePropertyOptions?: Map<string, Set<string>>;
  settings: PreviewSettings;
  log: RequestLog;
  onWrite?: (write: { objectType: string; id: number; properties: Record<string, string | null> }) => void;
}

/** HubSpot's own last-modified property per object type (contacts keep the older name). */
export const lastModifiedProperty: Record<HubSpotObjectType, string> = {
  contacts: 'lastmodifieddate',
  deals: 'hs_lastmodifieddate',
  companies: 'hs_lastmodifieddate',
};

/** The object type ids HubSpot's context uses. */
export const objectTypeIds: Record<HubSpotObjectType, string> = { contacts: '0-1', companies: '0-2', deals: '0-3' };

/** A property's value as HubSpot's history keeps it. */
export interface PropertyVersion {
  value: string;
  timestamp: string;
  sourceType: string;
}

/** What a text property holds at most (HubSpot refuses a longer value), as the core knows it. */
const maxValueLength = textLimits.hubspot;

/** An error as @hubspot/api-client throws it for HubSpot's 4xx answers. */
function apiError(code: number, category: string, message: string): Error {
  return Object.assign(new Error(`HTTP-Code: ${code}\nMessage: ${message}`), { code, body: { status: 'error', category, message, correlationId: 'preview' } });
}

export class HubSpotService {
  private readonly objects = new Map<string, HubSpotSeed>();
  private readonly histories = new Map<string, Record<string, PropertyVersion[]>>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: HubSpotServiceOptions) {
    for (const seed of options.seeds) {
      const at = this.tick();
      const properties = { [lastModifiedProperty[seed.objectType]]: String(at), hs_object_id: String(seed.id), ...seed.properties };
      this.objects.set(key(seed.objectType, seed.id), { ...seed, properties });
      // The sample values are the records' first versions, as an import would leave them.
      const history: Record<string, PropertyVersion[]> = {};
      for (const [name, value] of Object.entries(properties))
        if (value !== null) history[name] = [{ value, timestamp: new Date(at).toISOString(), sourceType: 'IMPORT' }];
      this.histories.set(key(seed.objectType, seed.id), history);
    }
  }

  private clock = Date.parse('2026-01-01T00:00:00Z');

  /** A strictly increasing modification time (epoch ms), so the app function's conflict check is reliable. */
  private tick(): number {
    this.clock = Math.max(this.clock + 1000, Date.now());
    return this.clock;
  }

  private get settings() {
    return this.options.settings;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private answer<T>(card: string, api: string, detail: string, work: () => T): Promise<T> {
    const entry = this.options.log.start({ platform: 'hubspot', card, api, detail });
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        try {
          const result = work();
          this.options.log.answered(entry, true);
          resolve(result);
        } catch (error) {
          this.options.log.answered(entry, false);
          reject(error);
        }
      }, this.settings.latency);
    });
  }

  private restricted(names: string[]): string[] {
    return this.settings.noAccess ? names.filter((n) => this.options.packageProperties.has(n)) : [];
  }

  object(objectType: HubSpotObjectType, id: number): HubSpotSeed | undefined {
    return this.objects.get(key(objectType, id));
  }

  /** Someone else edits the record (the preview's "simulate a concurrent edit" control). */
  touch(objectType: HubSpotObjectType, id: number): void {
    const object = this.object(objectType, id);
    if (object) object.properties[lastModifiedProperty[objectType]] = String(this.tick());
  }

  /** `useCrmProperties`: the named properties of the record the card is on. */
  properties(objectType: HubSpotObjectType, id: number, names: string[], card: string): Promise<Record<string, string | null>> {
    return this.answer(card, 'useCrmProperties', `${objectType}/${id}: ${names.length} properties`, () => {
      const object = this.object(objectType, id);
      if (!object) throw new Error(`No ${objectType} record ${id}.`);
      const restricted = this.restricted(names);
      if (restricted.length) throw permissionError(restricted);
      return Object.fromEntries(names.map((n) => [n, object.properties[n] ?? null]));
    });
  }

  /** `useAssociations`: the associated records of one type, with the named properties. */
  associations(
    from: { objectType: HubSpotObjectType; id: number },
    request: { toObjectType: string; properties?: string[]; pageLength?: number },
    card: string,
  ) {
    const toType = normalise(request.toObjectType);
    return this.answer(card, 'useAssociations', `${from.objectType}/${from.id} → ${toType}`, () => {
      const restricted = this.restricted(request.properties ?? []);
      if (restricted.length) throw permissionError(restricted);
      const ids = new Set<number>();
      for (const a of this.options.associations) {
        if (a.from.objectType === from.objectType && a.from.id === from.id && a.to.objectType === toType) ids.add(a.to.id);
        if (a.to.objectType === from.objectType && a.to.id === from.id && a.from.objectType === toType) ids.add(a.from.id);
      }
      const results = [...ids]
        .sort((a, b) => a - b)
        .map((id) => {
          const object = this.object(toType, id);
          return {
            toObjectId: id,
            associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 0, label: '' }],
            properties: Object.fromEntries((request.properties ?? []).map((n) => [n, object?.properties[n] ?? null])),
          };
        });
      const pageLength = request.pageLength ?? 100;
      return { results: results.slice(0, pageLength), hasMore: results.length > pageLength, nextOffset: Math.min(pageLength, results.length) };
    });
  }

  /** The history of the named properties, newest first, as the objects API gives it with `propertiesWithHistory`. */
  history(objectType: HubSpotObjectType, id: number, names: string[]): Record<string, PropertyVersion[]> {
    const history = this.histories.get(key(objectType, id)) ?? {};
    return Object.fromEntries(names.map((name) => [name, [...(history[name] ?? [])]]));
  }

  /**
   * What an app function's PATCH does, as HubSpot's objects API does it: every value is checked first
   * (an unknown app property, an option the property does not have, a text over 65,536 characters:
   * 400 and nothing is written); then the properties are set as text, each change in the history.
   */
  update(objectType: HubSpotObjectType, id: number, properties: Record<string, unknown>): Record<string, string | null> {
    const object = this.object(objectType, id);
    if (!object) throw apiError(404, 'OBJECT_NOT_FOUND', `No ${objectType} record ${id}.`);
    for (const [name, value] of Object.entries(properties)) {
      const text = value === null || value === undefined ? '' : String(value);
      if (name.startsWith('hc_') && !this.options.packageProperties.has(name)) throw apiError(400, 'VALIDATION_ERROR', `Property "${name}" does not exist`);
      if (text.length > maxValueLength) throw apiError(400, 'VALIDATION_ERROR', `Property "${name}" is longer than ${maxValueLength} characters`);
      const options = this.options.packagePropertyOptions?.get(name);
      if (options && text !== '' && !options.has(text)) throw apiError(400, 'VALIDATION_ERROR', `"${text}" is not an option of property "${name}"`);
    }
    const at = this.tick();
    const history = this.histories.get(key(objectType, id)) ?? {};
    this.histories.set(key(objectType, id), history);
    for (const [name, value] of Object.entries(properties)) {
      object.properties[name] = value === null || value === undefined ? null : String(value);
      (history[name] ??= []).unshift({ value: object.properties[name] ?? '', timestamp: new Date(at).toISOString(), sourceType: 'INTEGRATION' });
    }
    object.properties[lastModifiedProperty[objectType]] = String(at);
    this.options.onWrite?.({ objectType, id, properties: { ...object.properties } });
    return { ...object.properties };
  }
}

function key(objectType: string, id: number): string {
  return `${objectType}:${id}`;
}

export function normalise(objectType: string): HubSpotObjectType {
  const v = objectType.toLowerCase();
  if (v === '0-1' || v.startsWith('contact')) return 'contacts';
  if (v === '0-2' || v.startsWith('compan')) return 'companies';
  return 'deals';
}

function permissionError(properties: string[]): Error {
  return Object.assign(new Error(`You don't have permission to view these properties: ${properties.join(', ')}. Ask your HubSpot admin for access.`), {
    status: 403,
    category: 'MISSING_PERMISSIONS',
  });
}
