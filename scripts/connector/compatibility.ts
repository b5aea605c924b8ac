/**
 * What HubSpot's Salesforce connector (the native HubSpot–Salesforce integration) can carry, as HubSpot
 * documents it, and the check of one mapped pair against it: compatible types, matching picklist
 * values, and no value longer than the receiving side keeps. The generator (scripts/generate/connector-mapping.ts)
 * decides each pair's sync rule with it; `npm run validate` (scripts/connector/validate.ts) runs it again
 * on the field definitions on disk.
 */
import { XMLParser } from 'fast-xml-parser';
import { textLimits, type Platform } from '../../shared/src/storage';

/** The pages the rules below come from (cited in docs/connector.md). */
export const sources = {
  mappings: 'https://knowledge.hubspot.com/salesforce/map-hubspot-properties-to-salesforce-fields',
  leadsAndContacts: 'https://knowledge.hubspot.com/integrations/sync-salesforce-leads-and-contacts-to-hubspot',
  propertyTypes: 'https://knowledge.hubspot.com/properties/property-field-types-in-hubspot',
  syncErrors: 'https://knowledge.hubspot.com/salesforce/resolve-salesforce-integration-sync-errors',
} as const;

/** The sync rules the connector offers for a mapping, with what each does (sources.mappings). */
export const syncRules = {
  'Prefer Salesforce unless blank':
    "Salesforce's value overwrites HubSpot's, a deletion in Salesforce deletes in HubSpot; HubSpot passes a value to Salesforce only while Salesforce has none.",
  'Always use Salesforce': "Salesforce's value overwrites HubSpot's, a deletion in Salesforce deletes in HubSpot; HubSpot never passes data to Salesforce.",
  'Two-way': 'The most recent value overwrites the other side, and a deletion on either side deletes on the other.',
  "Don't sync": 'Data never passes between HubSpot and Salesforce.',
} as const;
export type SyncRule = keyof typeof syncRules;

/**
 * Which Salesforce field types (as the Salesforce API names them) the connector maps each HubSpot field
 * type to (sources.mappings). A type this table lacks, such as Salesforce's `percent` or `currency`,
 * is not counted on.
 */
export const compatibleTypes: Record<string, readonly string[]> = {
  select: ['picklist', 'reference'],
  radio: ['picklist', 'reference'],
  checkbox: ['multipicklist'],
  booleancheckbox: ['boolean'],
  number: ['double', 'int'],
  text: ['string', 'textarea'],
  textarea: ['textarea'],
  date: ['date', 'datetime'],
};

/** A Salesforce metadata field type (`<type>` in a .field-meta.xml) → the type the Salesforce API reports. */
export const salesforceApiType: Record<string, string> = {
  Text: 'string',
  TextArea: 'textarea',
  LongTextArea: 'textarea',
  Html: 'textarea',
  Number: 'double',
  Percent: 'percent',
  Currency: 'currency',
  Date: 'date',
  DateTime: 'datetime',
  Picklist: 'picklist',
  MultiselectPicklist: 'multipicklist',
  Checkbox: 'boolean',
  Lookup: 'reference',
};

/** HubSpot keeps up to 65,536 characters in a text property set through the CRM (sources.propertyTypes). */
export const hubspotTextLimit = textLimits.hubspot;

export interface SalesforceFieldFacts {
  object: string;
  field: string;
  /** The metadata type, e.g. `LongTextArea`. */
  type: string;
  /** Characters kept, for text fields. */
  length?: number;
  /** Picklist value API names. */
  values?: string[];
}

export interface HubSpotPropertyFacts {
  objectType: string;
  name: string;
  type: string;
  fieldType: string;
  /** Option internal values, for enumerations. */
  values?: string[];
}

export interface PairFacts {
  hubspot: HubSpotPropertyFacts;
  /** One per Salesforce object the HubSpot object syncs with (contacts: Lead and Contact). */
  salesforce: SalesforceFieldFacts[];
  /** The longest value each writing side can hold, for text columns; the sides that write nothing are absent. */
  longestValue: Partial<Record<Platform, number>>;
}

const isText = (fieldType: string) => fieldType === 'text' || fieldType === 'textarea';

/** Everything that keeps the connector from carrying every value of the pair intact; [] when it can. */
export function pairProblems({ hubspot, salesforce, longestValue }: PairFacts): string[] {
  const problems: string[] = [];
  const hs = `HubSpot ${hubspot.objectType}.${hubspot.name}`;
  for (const sf of salesforce) {
    const at = `Salesforce ${sf.object}.${sf.field}`;
    const apiType = salesforceApiType[sf.type] ?? sf.type.toLowerCase();
    if (!(compatibleTypes[hubspot.fieldType] ?? []).includes(apiType)) {
      problems.push(`type: HubSpot's table of compatible types maps no ${hubspot.fieldType} property (${hs}) to a Salesforce ${sf.type} field (${at}).`);
      continue;
    }
    // A date picker maps to both; a date on one side and a date-time on the other drops the time of day.
    if (hubspot.fieldType === 'date' && (hubspot.type === 'datetime') !== (apiType === 'datetime'))
      problems.push(`type: ${hs} is a ${hubspot.type} and ${at} a ${sf.type}: the time of day would be lost.`);
    if (apiType === 'picklist') {
      const missingInSalesforce = (hubspot.values ?? []).filter((v) => !(sf.values ?? []).includes(v));
      const missingInHubSpot = (sf.values ?? []).filter((v) => !(hubspot.values ?? []).includes(v));
      if (missingInSalesforce.length || missingInHubSpot.length)
        problems.push(
          `picklist: the internal values differ (${[
            ...missingInSalesforce.map((v) => `${v} only in HubSpot`),
            ...missingInHubSpot.map((v) => `${v} only in Salesforce`),
          ].join(', ')}).`,
        );
    }
    if (isText(hubspot.fieldType)) {
      const fromSalesforce = longestValue.salesforce;
      if (fromSalesforce !== undefined && fromSalesforce > hubspotTextLimit)
        problems.push(
          `length: a value written in Salesforce can be ${fromSalesforce.toLocaleString('en-US')} characters, but ${hs} keeps only ${hubspotTextLimit.toLocaleString('en-US')}.`,
        );
      const fromHubSpot = longestValue.hubspot;
      if (fromHubSpot !== undefined && (sf.length === undefined || fromHubSpot > sf.length))
        problems.push(
          `length: a value written in HubSpot can be ${fromHubSpot.toLocaleString('en-US')} characters, but ${at} keeps only ${(sf.length ?? 0).toLocaleString('en-US')}.`,
        );
    }
  }
  return problems;
}

/** Whether a sync rule carries values the way a pair's writers need. */
export function ruleCarries(rule: SyncRule, writtenIn: readonly Platform[]): boolean {
  if (rule === "Don't sync") return false;
  // Only Two-way passes HubSpot's values to Salesforce whenever they change.
  if (writtenIn.includes('hubspot')) return rule === 'Two-way';
  return rule === 'Always use Salesforce' || rule === 'Prefer Salesforce unless blank' || rule === 'Two-way';
}

const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: (_name, jpath) => String(jpath).endsWith('valueSetDefinition.value') });

/** The facts of a Salesforce custom field, read from its .field-meta.xml. */
export function readSalesforceField(object: string, fieldXml: string): SalesforceFieldFacts {
  const field = xml.parse(fieldXml).CustomField;
  const values: Array<{ fullName: string }> | undefined = field.valueSet?.valueSetDefinition?.value;
  return {
    object,
    field: field.fullName,
    type: field.type,
    ...(field.length !== undefined && { length: Number(field.length) }),
    ...(values && { values: values.map((v) => String(v.fullName)) }),
  };
}

/** The facts of a HubSpot property, read from its Properties API body (hubspot-project/setup/properties.json). */
export function readHubSpotProperty(
  objectType: string,
  body: { name: string; type: string; fieldType: string; options?: Array<{ value: string }> },
): HubSpotPropertyFacts {
  return {
    objectType,
    name: body.name,
    type: body.type,
    fieldType: body.fieldType,
    ...(body.options && { values: body.options.map((o) => o.value) }),
  };
}
