/**
 * npm run setup:hubspot — creates the Handoff Context property groups and properties in a portal,
 * from the definitions generated from the core registry (hubspot-project/setup/*.json). Safe to run
 * again: a definition HubSpot already has (409) is read back and compared; one that differs (a new
 * option, a changed label) is updated to the definition, since a card would otherwise write a value
 * the portal refuses. A property of another type is reported, never changed.
 */
import path from 'node:path';
import { createClient, describeError, type HubSpotClient, missingTokenMessage, tokenFrom } from './client';
import { projectDir, readJson } from './project';

export const setupScopes = ['crm.schemas.contacts.write', 'crm.schemas.deals.write', 'crm.schemas.companies.write'];

interface Definitions<T> {
  byObjectType: Record<string, T[]>;
}
type GroupBody = { name: string; label: string; displayOrder?: number } & Record<string, unknown>;
type PropertyBody = { name: string; label: string; type: string; fieldType: string; groupName: string } & Record<string, unknown>;

export type Outcome = 'created' | 'exists' | 'updated' | 'failed';
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

type Body = Record<string, unknown> & { name: string };
type Option = { value?: unknown; label?: unknown; displayOrder?: unknown; hidden?: unknown };

const sameOptions = (a: unknown, b: unknown) => {
  const pick = (options: unknown) => (Array.isArray(options) ? (options as Option[]) : []).map((o) => [o.value, o.label, o.displayOrder, o.hidden]);
  return JSON.stringify(pick(a)) === JSON.stringify(pick(b));
};

/** The keys of a definition the portal's copy does not match. */
export function differences(wanted: Body, existing: Record<string, unknown>): string[] {
  return Object.keys(wanted)
    .filter((name) => name !== 'name')
    .filter((name) => (name === 'options' ? !sameOptions(wanted.options, existing.options) : wanted[name] !== existing[name]));
}

interface Api<T extends Body> {
  create(objectType: string, body: T): Promise<unknown>;
  read(objectType: string, name: string): Promise<Record<string, unknown>>;
  update(objectType: string, name: string, body: Omit<T, 'name'>): Promise<unknown>;
}

const failed = (error: unknown) => {
  const { status, message } = describeError(error);
  return { outcome: 'failed' as const, detail: status ? `${status}: ${message}` : message };
};

async function ensure<T extends Body>(api: Api<T>, objectType: string, wanted: T): Promise<{ outcome: Outcome; detail?: string }> {
  try {
    await api.create(objectType, wanted);
    return { outcome: 'created' };
  } catch (error) {
    if (describeError(error).status !== 409) return failed(error);
  }
  try {
    const existing = await api.read(objectType, wanted.name);
    const changed = differences(wanted, existing);
    if (changed.length === 0) return { outcome: 'exists' };
    if (changed.includes('type'))
      return {
        outcome: 'failed',
        detail: `it exists as a ${String(existing.type)} property, and Handoff Context stores ${String(wanted.type)}: rename or delete it in Settings → Properties`,
      };
    const { name: _name, ...update } = wanted;
    await api.update(objectType, wanted.name, update);
    return { outcome: 'updated', detail: changed.join(', ') };
  } catch (error) {
    return failed(error);
  }
}

/** Groups first (properties name their group), one object type after another. */
export async function setupProperties(client: HubSpotClient, definitions = loadDefinitions()): Promise<SetupLine[]> {
  const lines: SetupLine[] = [];
  const { groupsApi, coreApi } = client.crm.properties;
  const groups: Api<GroupBody> = {
    create: (objectType, body) => groupsApi.create(objectType, body),
    read: async (objectType, name) => ({ ...(await groupsApi.getByName(objectType, name)) }),
    update: (objectType, name, body) => groupsApi.update(objectType, name, body),
  };
  const properties: Api<PropertyBody> = {
    create: (objectType, body) => coreApi.create(objectType, body as Parameters<typeof coreApi.create>[1]),
    read: async (objectType, name) => ({ ...(await coreApi.getByName(objectType, name)) }),
    update: (objectType, name, body) => coreApi.update(objectType, name, body as Parameters<typeof coreApi.update>[2]),
  };
  for (const [objectType, list] of Object.entries(definitions.groups.byObjectType))
    for (const group of list) lines.push({ objectType, what: 'group', name: group.name, ...(await ensure(groups, objectType, group)) });
  for (const [objectType, list] of Object.entries(definitions.properties.byObjectType))
    for (const property of list) lines.push({ objectType, what: 'property', name: property.name, ...(await ensure(properties, objectType, property)) });
  return lines;
}

export function summarise(lines: SetupLine[]): string {
  const count = (outcome: Outcome) => lines.filter((l) => l.outcome === outcome).length;
  return `${count('created')} created, ${count('updated')} updated, ${count('exists')} already there, ${count('failed')} failed.`;
}

type Output = { write(text: string): unknown };

export async function main(
  env: NodeJS.ProcessEnv = process.env,
  out: Output = process.stdout,
  err: Output = process.stderr,
  connect: (token: string) => HubSpotClient = createClient,
): Promise<number> {
  const token = tokenFrom(env);
  if (!token) {
    err.write(`${missingTokenMessage(setupScopes)}\n`);
    return 2;
  }
  const lines = await setupProperties(connect(token));
  for (const line of lines) {
    const text = `${line.outcome === 'failed' ? '✗' : '✓'} ${line.objectType} ${line.what} ${line.name}: ${line.outcome}${line.detail ? ` (${line.detail})` : ''}\n`;
    (line.outcome === 'failed' ? err : out).write(text);
  }
  out.write(`${summarise(lines)}\n`);
  return lines.some((l) => l.outcome === 'failed') ? 1 : 0;
}

if (require.main === module) void main().then((code) => (process.exitCode = code));
