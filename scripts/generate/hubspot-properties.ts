/**
 * HubSpot property groups and properties, as the exact bodies `POST /crm/v3/properties/{objectType}/groups`
 * and `POST /crm/v3/properties/{objectType}` accept. Custom properties cannot be declared in a HubSpot
 * project, so the setup script sends these files to the Properties API.
 */
import { contexts, kinds, type HubSpotObjectType, type Kind } from '../../shared/src/contexts';
import { platformColumns, type PlatformColumn } from './columns';
import { generated, generatedMarker, json, type GeneratedFile } from './output';
import { picklistLabel } from './salesforce-fields';
import { enumValues } from './schema-at';

export const hubspotSetupDir = 'hubspot-project/setup';
export const hubspotObjectTypes: HubSpotObjectType[] = ['contacts', 'deals', 'companies'];

export interface PropertyGroupBody {
  name: string;
  label: string;
  displayOrder: number;
}

export interface PropertyBody {
  name: string;
  label: string;
  type: 'string' | 'number' | 'date' | 'datetime' | 'enumeration';
  fieldType: 'text' | 'textarea' | 'number' | 'date' | 'select';
  groupName: string;
  description: string;
  displayOrder: number;
  /** The payloads are written by tools and the cards, never typed into a marketing form. */
  formField: false;
  options?: Array<{ label: string; value: string; displayOrder: number; hidden: false }>;
}

const types: Record<PlatformColumn['column']['type'], Pick<PropertyBody, 'type' | 'fieldType'>> = {
  longtext: { type: 'string', fieldType: 'textarea' },
  text: { type: 'string', fieldType: 'text' },
  number: { type: 'number', fieldType: 'number' },
  percent: { type: 'number', fieldType: 'number' },
  datetime: { type: 'datetime', fieldType: 'date' },
  date: { type: 'date', fieldType: 'date' },
  picklist: { type: 'enumeration', fieldType: 'select' },
};

export function groupName(kind: Kind): string {
  return `handoff_context_${kind.replace(/-/g, '_')}`;
}

export function propertyGroup(kind: Kind): PropertyGroupBody {
  return { name: groupName(kind), label: `Handoff Context: ${contexts[kind].title}`, displayOrder: kinds.indexOf(kind) + 1 };
}

export function propertyBody(col: PlatformColumn, displayOrder: number): PropertyBody {
  const body: PropertyBody = {
    name: col.hubspotProperty,
    label: col.label,
    ...types[col.column.type],
    groupName: groupName(col.kind),
    description: col.description,
    displayOrder,
    formField: false,
  };
  if (col.column.type === 'picklist') {
    if (!col.valuePath) throw new Error(`${col.hubspotProperty}: an enumeration needs a field`);
    body.options = enumValues(col.kind, col.valuePath).map((value, i) => ({
      label: picklistLabel(value),
      value,
      displayOrder: i + 1,
      hidden: false,
    }));
  }
  return body;
}

function kindsOn(objectType: HubSpotObjectType): Kind[] {
  return kinds.filter((kind) => (contexts[kind].storage.hubspot as readonly string[]).includes(objectType));
}

export function propertyGroups(): Record<HubSpotObjectType, PropertyGroupBody[]> {
  return Object.fromEntries(hubspotObjectTypes.map((o) => [o, kindsOn(o).map(propertyGroup)])) as Record<HubSpotObjectType, PropertyGroupBody[]>;
}

export function properties(): Record<HubSpotObjectType, PropertyBody[]> {
  return Object.fromEntries(
    hubspotObjectTypes.map((o) => [o, kindsOn(o).flatMap((kind) => platformColumns(kind).map((col, i) => propertyBody(col, i + 1)))]),
  ) as Record<HubSpotObjectType, PropertyBody[]>;
}

const shape = 'byObjectType maps each HubSpot object type to the request bodies to send, in order; a 409 answer means the definition already exists.';

export function hubspotPropertyFiles(): GeneratedFile[] {
  return [
    generated(
      `${hubspotSetupDir}/property-groups.json`,
      json({ $comment: `${generatedMarker}. Bodies for POST /crm/v3/properties/{objectType}/groups. ${shape}`, byObjectType: propertyGroups() }),
    ),
    generated(
      `${hubspotSetupDir}/properties.json`,
      json({ $comment: `${generatedMarker}. Bodies for POST /crm/v3/properties/{objectType}. ${shape}`, byObjectType: properties() }),
    ),
  ];
}
