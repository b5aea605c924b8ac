/**
 * npm run setup:hubspot — creates the Handoff Context property groups and properties in a portal,
 * from the definitions generated from the core registry (hubspot-project/setup/*.json). Safe to run
 * again: a definition HubSpot already has (409) is reported as existing and left as it is.
 */
import path from 'node:path';
import { createClient, describeError, type HubSpotClient, missingTokenMessage, tokenFrom } from './client';
import { projectDir, readJson } from './project';

export const setupScopes = ['crm.schemas.contacts.write', 'crm.schemas.deals.write', 'crm.schemas.companies.write'];

interface Definitions<T> {
  byObjectType: Record<string, T[]>;
}
type GroupBody = { name: string; label: string; displayOrder?: number };
type PropertyBody = { name: string; label: string; type: string; fieldType: string; groupName: string } & Record<string, unknown>;

export type Outcome = 'created' | 'exists' | 'failed';
export interface SetupLine {
  objectType: string;
  what: 'group' | 'property';
  name: string;
  outcome: Outcome;
  detail?: string;
}

export function loadDefinitions(dir = path.join(projectDir, 'setup')) {
  return {
    groups: readJson<Definitions<GroupBody>>(path.join(dir, 'property-groups.json')),
    properties: readJson<Definitions<PropertyBody>>(path.join(dir, 'properties.json')),
  };
}

async function attempt(create: () => Promise<unknown>): Promise<{ outcome: Outcome; detail?: string }> {
  try {
    await create();
    return { outcome: 'created' };
  } catch (error) {
    const { status, message } = describeError(error);
    if (status === 409) return { outcome: 'exists' };
    return { outcome: 'failed', detail: status ? `${status}: ${message}` : message };
  }
}

/** Groups first (properties name their group), one object type after another. */
export async function setupProperties(client: HubSpotClient, definitions = loadDefinitions()): Promise<SetupLine[]> {
  const lines: SetupLine[] = [];
  const { groupsApi, coreApi } = client.crm.properties;
  for (const [objectType, groups] of Object.entries(definitions.groups.byObjectType))
    for (const group of groups) lines.push({ objectType, what: 'group', name: group.name, ...(await attempt(() => groupsApi.create(objectType, group))) });
  for (const [objectType, properties] of Object.entries(definitions.properties.byObjectType))
    for (const property of properties)
      lines.push({
        objectType,
        what: 'property',
        name: property.name,
        ...(await attempt(() => coreApi.create(objectType, property as Parameters<typeof coreApi.create>[1]))),
      });
  return lines;
}

export function summarise(lines: SetupLine[]): string {
  const count = (outcome: Outcome) => lines.filter((l) => l.outcome === outcome).length;
  return `${count('created')} created, ${count('exists')} already there, ${count('failed')} failed.`;
}

type Output = { write(text: string): unknown };

export async function main(env: NodeJS.ProcessEnv = process.env, out: Output = process.stdout, err: Output = process.stderr): Promise<number> {
  const token = tokenFrom(env);
  if (!token) {
    err.write(`${missingTokenMessage(setupScopes)}\n`);
    return 2;
  }
  const lines = await setupProperties(createClient(token));
  for (const line of lines) {
    const text = `${line.outcome === 'failed' ? '✗' : '✓'} ${line.objectType} ${line.what} ${line.name}: ${line.outcome}${line.detail ? ` (${line.detail})` : ''}\n`;
    (line.outcome === 'failed' ? err : out).write(text);
  }
  out.write(`${summarise(lines)}\n`);
  return lines.some((l) => l.outcome === 'failed') ? 1 : 0;
}

if (require.main === module) void main().then((code) => (process.exitCode = code));
