/**
 * docs/connector/field-mappings.json and docs/connector.md: for a customer who runs both CRMs, the field
 * mappings an admin enters in HubSpot's Salesforce connector so that what is written in one CRM reaches
 * the other. One mapping per column of every context and HubSpot object, derived from the registry:
 * the direction follows where the column's writers work, the sync rule follows the direction, and a
 * pair the connector cannot carry intact (scripts/connector/compatibility.ts) is marked Don't sync,
 * with `npx handoff push` named instead.
 */
import { contexts, kinds, type HubSpotObjectType, type Kind, type SalesforceObject, type Writer } from '../../shared/src/contexts';
import type { Team } from '../../shared/src/fields';
import { columnsOf } from '../../shared/src/registry';
import { schemaInfoAt } from '../../shared/src/schema-info';
import { textLimits, type Platform } from '../../shared/src/storage';
import {
  hubspotTextLimit,
  pairProblems,
  readHubSpotProperty,
  readSalesforceField,
  sources,
  syncRules,
  type HubSpotPropertyFacts,
  type SalesforceFieldFacts,
  type SyncRule,
} from '../connector/compatibility';
import { platformColumns, type PlatformColumn } from './columns';
import { propertyBody } from './hubspot-properties';
import { generated, generatedMarker, json, type GeneratedFile } from './output';
import { readerSet, writerSets, writersOf } from './permission-sets';
import { fieldXml } from './salesforce-fields';

export const connectorDir = 'docs/connector';
export const mappingsFile = `${connectorDir}/field-mappings.json`;
export const guideFile = 'docs/connector.md';
/** What carries a value the connector cannot: the CLI writes it from one CRM into the other. */
export const pushCommand = 'npx handoff push';

/** The Salesforce objects the connector syncs each HubSpot object with (contacts: both leads and contacts). */
export const syncedObjects: Record<HubSpotObjectType, SalesforceObject[]> = {
  contacts: ['Lead', 'Contact'],
  deals: ['Opportunity'],
  companies: ['Account'],
};

/**
 * Where each team works when a customer runs both CRMs: marketing in HubSpot, sales in Salesforce, and
 * customer success in HubSpot (Service Hub), so the handoff goes from Salesforce to CS and the review comes
 * back. A customer whose teams sit elsewhere follows the same rule with their own table (docs/connector.md).
 */
export const teamWorksIn: Record<Team, Platform> = {
  marketing: 'hubspot',
  sales: 'salesforce',
  'customer-success': 'hubspot',
  revops: 'salesforce',
};

export type Direction = 'Salesforce → HubSpot' | 'HubSpot → Salesforce' | 'both ways';

export interface ConnectorMapping {
  kind: Kind;
  /** The column's base name (storage.ts derives both platforms' names from it). */
  column: string;
  label: string;
  hubspot: { objectType: HubSpotObjectType; property: string; type: string; fieldType: string };
  salesforce: { objects: SalesforceObject[]; field: string; type: string };
  writtenBy: Writer[];
  writtenIn: Platform[];
  direction: Direction;
  syncRule: SyncRule;
  /** The longest value each writing side can hold, for text columns. */
  longestValue: Partial<Record<Platform, number>>;
  /** Why the connector cannot carry every value intact; empty when it can. */
  problems: string[];
  /** How the values reach the other CRM when the connector cannot carry them. */
  alternative?: string;
}

/** The CRM a writer writes in: people where their team works; a scoring or health job where the team that owns its data works. */
export function platformOf(kind: Kind, writer: Writer): Platform {
  return teamWorksIn[writer === 'integration' ? contexts[kind].owner : writer];
}

function directionOf(writtenIn: Platform[]): Direction {
  if (writtenIn.length > 1) return 'both ways';
  return writtenIn[0] === 'salesforce' ? 'Salesforce → HubSpot' : 'HubSpot → Salesforce';
}

/**
 * The longest value a column can hold on a side that writes it: the schema's limit for a text field, the
 * longest value of an enum, else (a document, a JSON value) whatever the side's own field keeps, which
 * is the limit the core's writers enforce there.
 */
function longestValueOf(col: PlatformColumn, capacity: number): number {
  const info = col.valuePath ? schemaInfoAt(col.kind, col.valuePath) : undefined;
  if (info?.type === 'text' && info.maxLength !== undefined) return Math.min(info.maxLength, capacity);
  if (info?.type === 'enum') return Math.max(...info.values.map((v) => v.length));
  return capacity;
}

/** The facts of one pair from what the generators write for it, checked against the connector. */
export function pairFacts(col: PlatformColumn, objectType: HubSpotObjectType, objects: SalesforceObject[], writtenIn: Platform[]) {
  const hubspot: HubSpotPropertyFacts = readHubSpotProperty(objectType, propertyBody(col, 1));
  const salesforce: SalesforceFieldFacts[] = objects.map((object) => readSalesforceField(object, fieldXml(col)));
  const longestValue: Partial<Record<Platform, number>> = {};
  if (hubspot.fieldType === 'text' || hubspot.fieldType === 'textarea')
    for (const platform of writtenIn)
      longestValue[platform] = longestValueOf(col, platform === 'hubspot' ? hubspotTextLimit : Math.min(...salesforce.map((f) => f.length ?? 0)));
  return { hubspot, salesforce, longestValue };
}

function syncRuleOf(writtenIn: Platform[], problems: string[]): SyncRule {
  if (problems.length > 0) return "Don't sync";
  // Only Two-way passes HubSpot's changes to Salesforce; a column only Salesforce writes must never be written back.
  return writtenIn.includes('hubspot') ? 'Two-way' : 'Always use Salesforce';
}

export function connectorMappings(): ConnectorMapping[] {
  return kinds.flatMap((kind) => {
    const { storage } = contexts[kind];
    const entries = columnsOf(kind);
    return storage.hubspot.flatMap((objectType) => {
      const objects = syncedObjects[objectType].filter((o) => (storage.salesforce as readonly string[]).includes(o));
      if (objects.length === 0) throw new Error(`${kind} is stored on HubSpot ${objectType} but on no Salesforce object the connector syncs with it`);
      return platformColumns(kind).map((col): ConnectorMapping => {
        const writtenBy = writersOf(
          kind,
          entries.find((e) => e.column === col.column)!,
        );
        const writtenIn = [...new Set(writtenBy.map((w) => platformOf(kind, w)))].sort();
        const facts = pairFacts(col, objectType, objects, writtenIn);
        // Lead and Contact share one mapping: the same problem on both is one problem.
        const problems = [...new Set(pairProblems(facts))];
        return {
          kind,
          column: col.column.name,
          label: col.label,
          hubspot: { objectType, property: col.hubspotProperty, type: facts.hubspot.type, fieldType: facts.hubspot.fieldType },
          salesforce: { objects, field: col.salesforceField, type: facts.salesforce[0].type },
          writtenBy,
          writtenIn,
          direction: directionOf(writtenIn),
          syncRule: syncRuleOf(writtenIn, problems),
          longestValue: facts.longestValue,
          problems,
          ...(problems.length > 0 && { alternative: pushCommand }),
        };
      });
    });
  });
}

/** The permission sets the connector's Salesforce user needs: read everything, edit what HubSpot's side writes into Salesforce. */
export function connectorUserPermissionSets(mappings: ConnectorMapping[]): string[] {
  const writers = new Set<Writer>();
  for (const m of mappings) if (m.syncRule === 'Two-way') for (const w of m.writtenBy) if (platformOf(m.kind, w) === 'hubspot') writers.add(w);
  return [readerSet.name, ...[...writers].map((w) => writerSets[w].name).sort()];
}

const crmName: Record<Platform, string> = { salesforce: 'Salesforce', hubspot: 'HubSpot' };
const teamName: Record<Team, string> = { marketing: 'Marketing', sales: 'Sales', 'customer-success': 'Customer Success', revops: 'RevOps' };
const objectTab: Record<HubSpotObjectType, string> = { contacts: 'Contacts', deals: 'Deals', companies: 'Companies' };
/** The field types as each CRM's setup screens name them. */
const hubspotTypeName = (m: ConnectorMapping) =>
  m.hubspot.fieldType === 'date'
    ? m.hubspot.type === 'datetime'
      ? 'Date and time picker'
      : 'Date picker'
    : (({ text: 'Single-line text', textarea: 'Multi-line text', number: 'Number', select: 'Dropdown select' } as Record<string, string>)[
        m.hubspot.fieldType
      ] ?? m.hubspot.fieldType);
const salesforceTypeName = (m: ConnectorMapping) =>
  (({ LongTextArea: 'Long Text Area', DateTime: 'Date/Time' }) as Record<string, string>)[m.salesforce.type] ?? m.salesforce.type;

function writerName(kind: Kind, writer: Writer): string {
  return writer === 'integration' ? `${contexts[kind].title} job` : teamName[writer];
}

function guide(mappings: ConnectorMapping[]): string {
  const carried = mappings.filter((m) => m.syncRule !== "Don't sync");
  const notCarried = mappings.filter((m) => m.syncRule === "Don't sync");
  const sets = connectorUserPermissionSets(mappings);
  const lines = [
    "# Across CRMs: HubSpot's Salesforce connector",
    '',
    `<!-- ${generatedMarker} -->`,
    '',
    "For customers who run both CRMs: the field mappings to enter in HubSpot's Salesforce connector (the native",
    'HubSpot–Salesforce integration) so that the context written in one CRM reaches the cards in the other.',
    `This page and [\`connector/field-mappings.json\`](connector/field-mappings.json) are generated from the field registry`,
    'in `shared/src`; `npm run validate` checks every mapped pair against the field definitions in `force-app/` and',
    '`hubspot-project/setup/properties.json`.',
    '',
    `The connector carries ${carried.length} of the ${mappings.length} pairs below. It cannot carry ${notCarried.length}: they are`,
    `marked **Don't sync**, and [\`${pushCommand}\`](#what-the-connector-cannot-carry) writes them from one CRM into the other instead.`,
    '',
    '## Who writes where, and the rule that follows',
    '',
    'A column is written by people of one team or by a scoring job (the same split as the Salesforce permission sets).',
    'This guide assumes each team works in one CRM, and that a scoring or health job writes where the team that owns',
    'its data works:',
    '',
    '| Team | Works in |',
    '|---|---|',
    ...Object.entries(teamWorksIn).map(([team, platform]) => `| ${teamName[team as Team]} | ${crmName[platform]} |`),
    '',
    'The sync rule then follows from where a column is written:',
    '',
    '- Written only in Salesforce: **Always use Salesforce**. HubSpot shows it and never writes it back.',
    '- Written in HubSpot (alone or on both sides): **Two-way**, the only rule that passes a HubSpot change to',
    '  Salesforce. The connector has no "always use HubSpot" rule.',
    '- **Prefer Salesforce unless blank** is not used: it lets HubSpot fill a blank Salesforce field, a second writer',
    '  for a column that has one.',
    '',
    'If your teams work elsewhere (say customer success in Salesforce), apply the same two rules to your own split.',
    'With this mapping, edit a Salesforce → HubSpot column only in Salesforce: the next sync overwrites an edit',
    'made on the HubSpot card.',
    '',
    `The rules, as [HubSpot documents them](${sources.mappings}):`,
    '',
    '| Sync rule | What it does |',
    '|---|---|',
    ...Object.entries(syncRules).map(([rule, what]) => `| ${rule} | ${what} |`),
    '',
    '## Before you start',
    '',
    '1. Deploy the Salesforce package ([salesforce.md](salesforce.md)) and create the HubSpot properties with',
    '   `npm run setup:hubspot` ([hubspot.md](hubspot.md)): both sides must hold the fields before they can be mapped.',
    `2. Give the connector's Salesforce integration user the permission sets ${sets.map((s) => `\`${s}\``).join(', ')}:`,
    '   Reader to read every Handoff Context field, and the sets of the columns HubSpot writes into Salesforce.',
    '   Two-way keeps the most recent change: let no one else edit the columns written in HubSpot in Salesforce.',
    '3. Turn on the object sync for Companies and Deals in the connector (contacts sync from the start).',
    '',
    '## Enter the mappings',
    '',
    `In HubSpot ([steps from HubSpot's guide](${sources.mappings})), for each object below:`,
    '',
    '1. Click the settings icon in the top navigation bar, then in the left sidebar **Integrations > Connected Apps**.',
    '2. Click **Salesforce**.',
    '3. Click the tab of the object: **Contacts**, **Companies** or **Deals**, then the **[Object] property mappings** tab.',
    '4. Click **Add new field mapping**.',
    '5. Choose the HubSpot property and the Salesforce field of a row below (the properties are in the group',
    '   "Handoff Context: …"), then click **Next**.',
    "6. Choose the row's sync rule, then click **Save**.",
    '',
    `One contact mapping covers both Salesforce objects: HubSpot contacts sync with Salesforce leads and contacts, and a`,
    `field with the same API name on Lead and Contact receives the value on both ([HubSpot](${sources.leadsAndContacts})).`,
    'Values that exist before a mapping is created do not sync by themselves: resync the records (the Salesforce',
    'Sync card, a resync of a segment to Salesforce, or a Salesforce import into HubSpot).',
    "The connector's writes into Salesforce pass the handoff's validation rules like anyone's: a status change they",
    `refuse shows in HubSpot under **Sync Health**, as a sync error ([HubSpot](${sources.syncErrors})).`,
    '',
  ];
  for (const objectType of Object.keys(syncedObjects) as HubSpotObjectType[]) {
    const rows = mappings.filter((m) => m.hubspot.objectType === objectType);
    if (rows.length === 0) continue;
    lines.push(
      `### ${objectTab[objectType]} (HubSpot ${objectType} ↔ Salesforce ${syncedObjects[objectType].join(' and ')})`,
      '',
      '| Column | HubSpot property | Salesforce field | Written by | Direction | Sync rule |',
      '|---|---|---|---|---|---|',
      ...rows.map(
        (m) =>
          `| ${m.label} | \`${m.hubspot.property}\` (${hubspotTypeName(m)}) | \`${m.salesforce.field}\` (${salesforceTypeName(m)}) | ${m.writtenBy
            .map((w) => `${writerName(m.kind, w)} (${crmName[platformOf(m.kind, w)]})`)
            .join(', ')} | ${m.direction} | ${m.syncRule} |`,
      ),
      '',
    );
  }
  lines.push(
    '## What the connector cannot carry',
    '',
    `These pairs are mapped **Don't sync** (or left unmapped, which is the same). Carry them with \`${pushCommand}\`,`,
    'which writes the values from the CRM where they are written into the other one.',
    '',
    ...notCarried.flatMap((m) => [
      `- **${m.label}** (\`${m.hubspot.property}\` ↔ \`${m.salesforce.field}\`, ${m.direction}):`,
      ...m.problems.map((p) => `  ${p}`),
    ]),
    '',
    `Why: Salesforce keeps ${textLimits.salesforce.toLocaleString('en-US')} characters in a long text area and HubSpot ${hubspotTextLimit.toLocaleString('en-US')} in a text property`,
    `([HubSpot](${sources.propertyTypes})); the core refuses a payload longer than the CRM it is written in keeps, so a`,
    'payload written in Salesforce can be longer than HubSpot keeps. HubSpot documents no limit of the connector',
    "itself; the limits are the two fields'. HubSpot's table of compatible types lists Number ↔ double/int, not",
    "Salesforce's Percent, so the completeness is not counted on; the cards compute it from the handoff itself.",
    '',
    '## Sources',
    '',
    `- ${sources.mappings} — adding a mapping, compatible field types, the sync rules.`,
    `- ${sources.leadsAndContacts} — contacts sync with Salesforce leads and contacts; shared API names.`,
    `- ${sources.propertyTypes} — HubSpot text properties keep 65,536 characters.`,
    `- ${sources.syncErrors} — where sync errors show.`,
    '',
  );
  return lines.join('\n');
}

export function connectorMappingFiles(): GeneratedFile[] {
  const mappings = connectorMappings();
  return [
    generated(
      mappingsFile,
      json({
        $comment: `${generatedMarker}. The field mappings to enter in HubSpot's Salesforce connector, one per column and HubSpot object; docs/connector.md explains them.`,
        sources,
        teamWorksIn,
        syncedObjects,
        connectorUserPermissionSets: connectorUserPermissionSets(mappings),
        mappings,
      }),
    ),
    generated(guideFile, guide(mappings)),
  ];
}
