/**
 * Offline check of the connector mappings (docs/connector/field-mappings.json) against the field
 * definitions as they are on disk (force-app's custom fields, hubspot-project/setup/properties.json):
 *   - every Handoff Context field and property is in a mapping, and every mapping names fields that exist;
 *   - every pair the connector syncs has compatible types, matching picklist values and no value longer
 *     than the receiving side keeps, and its sync rule carries values the way its writers need;
 *   - every pair it does not sync says why and names the alternative.
 * Run through scripts/validate.mjs (npm run validate); exits 1 when anything is found.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Platform } from '../../shared/src/storage';
import { pairProblems, readHubSpotProperty, readSalesforceField, ruleCarries, type SyncRule } from './compatibility';

export const repoRoot = path.resolve(__dirname, '..', '..');

export interface Finding {
  check: string;
  message: string;
}

/** What the check reads of a mapping (docs/connector/field-mappings.json). */
export interface MappingEntry {
  column: string;
  hubspot: { objectType: string; property: string };
  salesforce: { objects: string[]; field: string };
  writtenIn: Platform[];
  syncRule: SyncRule;
  longestValue: Partial<Record<Platform, number>>;
  problems: string[];
  alternative?: string;
}

export interface PropertyBody {
  name: string;
  type: string;
  fieldType: string;
  options?: Array<{ value: string }>;
}

export interface ConnectorInputs {
  mappings: MappingEntry[];
  /** Every Handoff Context custom field on disk, as `Object.Field` with its .field-meta.xml text. */
  salesforceFields: Map<string, string>;
  /** hubspot-project/setup/properties.json's byObjectType. */
  properties: Record<string, PropertyBody[]>;
}

export function checkConnectorMappings({ mappings, salesforceFields, properties }: ConnectorInputs): Finding[] {
  const findings: Finding[] = [];
  const mappedFields = new Set<string>();
  const mappedProperties = new Set<string>();
  for (const m of mappings) {
    const name = `${m.hubspot.objectType}.${m.hubspot.property} ↔ ${m.salesforce.field}`;
    const body = properties[m.hubspot.objectType]?.find((p) => p.name === m.hubspot.property);
    const xmls = m.salesforce.objects.map((object) => ({ object, xml: salesforceFields.get(`${object}.${m.salesforce.field}`) }));
    mappedProperties.add(`${m.hubspot.objectType}.${m.hubspot.property}`);
    for (const { object } of xmls) mappedFields.add(`${object}.${m.salesforce.field}`);
    if (!body) findings.push({ check: 'connector', message: `${name}: properties.json defines no ${m.hubspot.property} on ${m.hubspot.objectType}` });
    for (const { object, xml } of xmls)
      if (xml === undefined) findings.push({ check: 'connector', message: `${name}: force-app has no ${object}.${m.salesforce.field}` });
    if (!body || xmls.some((x) => x.xml === undefined)) continue;

    if (m.syncRule === "Don't sync") {
      if (m.problems.length === 0 || !m.alternative)
        findings.push({ check: 'connector', message: `${name} is not synced: it must say why and name the alternative (npm run generate)` });
      continue;
    }
    const problems = pairProblems({
      hubspot: readHubSpotProperty(m.hubspot.objectType, body),
      salesforce: xmls.map(({ object, xml }) => readSalesforceField(object, xml!)),
      longestValue: m.longestValue,
    });
    for (const problem of new Set(problems)) findings.push({ check: 'connector', message: `${name} (${m.syncRule}): ${problem}` });
    if (!ruleCarries(m.syncRule, m.writtenIn))
      findings.push({ check: 'connector', message: `${name}: ${m.syncRule} does not carry a value written in ${m.writtenIn.join(' and ')} to the other CRM` });
  }
  for (const field of salesforceFields.keys())
    if (!mappedFields.has(field)) findings.push({ check: 'connector', message: `${field} is in no connector mapping (npm run generate)` });
  for (const [objectType, list] of Object.entries(properties))
    for (const p of list)
      if (!mappedProperties.has(`${objectType}.${p.name}`))
        findings.push({ check: 'connector', message: `${objectType}.${p.name} is in no connector mapping (npm run generate)` });
  return findings;
}

/** The inputs as the repository holds them. */
export function readConnectorInputs(root = repoRoot): ConnectorInputs {
  const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
  const objectsDir = path.join(root, 'force-app', 'main', 'default', 'objects');
  const salesforceFields = new Map<string, string>();
  for (const object of existsSync(objectsDir) ? readdirSync(objectsDir) : []) {
    const dir = path.join(objectsDir, object, 'fields');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir))
      if (file.startsWith('HC_') && file.endsWith('.field-meta.xml'))
        salesforceFields.set(`${object}.${file.replace('.field-meta.xml', '')}`, readFileSync(path.join(dir, file), 'utf8'));
  }
  return {
    mappings: readJson('docs/connector/field-mappings.json').mappings,
    salesforceFields,
    properties: readJson('hubspot-project/setup/properties.json').byObjectType,
  };
}

function main(): void {
  const inputs = readConnectorInputs();
  const findings = checkConnectorMappings(inputs);
  for (const finding of findings) process.stderr.write(`  ✗ ${finding.check}: ${finding.message}\n`);
  const synced = inputs.mappings.filter((m) => m.syncRule !== "Don't sync").length;
  process.stdout.write(
    findings.length === 0
      ? `Connector: ${inputs.mappings.length} mappings cover every field; the ${synced} synced pairs have compatible types, values and lengths.\n`
      : `Connector: ${findings.length} problem(s).\n`,
  );
  process.exitCode = findings.length === 0 ? 0 : 1;
}

if (require.main === module) main();
