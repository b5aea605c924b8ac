/**
 * npm run seed:hubspot — loads the sample book into a portal: companies, contacts and deals with
 * their Handoff Context properties (written by the core's writers) and their associations.
 * Safe to run again: each record is found by its key (contacts by email, companies by domain,
 * deals by name) and updated, never duplicated. `--dry-run` prints what would be written and
 * needs neither a token nor the network.
 */
import { createClient, describeError, type HubSpotClient, missingTokenMessage, tokenFrom } from './client';
import { seedPlan, type SeedObject, type SeedPlan, type SampleObjectType } from './samples';

export const seedScopes = [
  'crm.objects.companies.read',
  'crm.objects.companies.write',
  'crm.objects.contacts.read',
  'crm.objects.contacts.write',
  'crm.objects.deals.read',
  'crm.objects.deals.write',
];

export type SeedOutcome = 'created' | 'updated' | 'associated' | 'ambiguous' | 'failed';

export interface SeedLine {
  what: string;
  outcome: SeedOutcome;
  id?: string;
  detail?: string;
}

type Found = { id?: string; ambiguous?: string[] };

/** Finds a record by its key. Contacts are read by email (exact and immediate); others are searched. */
async function findExisting(client: HubSpotClient, object: SeedObject): Promise<Found> {
  const { property, value } = object.key;
  if (object.objectType === 'contacts') {
    try {
      const contact = await client.crm.contacts.basicApi.getById(value, [property], undefined, undefined, false, property);
      return { id: contact.id };
    } catch (error) {
      if (describeError(error).status === 404) return {};
      throw error;
    }
  }
  const page = await client.crm[object.objectType].searchApi.doSearch({
    filterGroups: [{ filters: [{ propertyName: property, operator: 'EQ' as never, value }] }],
    properties: [property],
    limit: 10,
  });
  // Search matches words case-insensitively: keep exact matches only.
  const ids = page.results.filter((r) => (r.properties[property] ?? '').trim().toLowerCase() === value.toLowerCase()).map((r) => r.id);
  if (ids.length > 1) return { ambiguous: ids };
  return { id: ids[0] };
}

function label(object: SeedObject): string {
  return `${object.objectType} ${object.sampleId} (${object.key.property} ${object.key.value})`;
}

async function upsert(client: HubSpotClient, object: SeedObject): Promise<SeedLine> {
  const what = label(object);
  try {
    const found = await findExisting(client, object);
    if (found.ambiguous) return { what, outcome: 'ambiguous', detail: `records ${found.ambiguous.join(', ')} all match; none was changed` };
    const api = client.crm[object.objectType].basicApi;
    if (found.id) {
      await api.update(found.id, { properties: object.properties });
      return { what, outcome: 'updated', id: found.id };
    }
    // A new record needs no clearing.
    const properties = Object.fromEntries(Object.entries(object.properties).filter(([, value]) => value !== ''));
    const created = await api.create({ properties, associations: [] });
    return { what, outcome: 'created', id: created.id };
  } catch (error) {
    const { status, message } = describeError(error);
    return { what, outcome: 'failed', detail: status ? `${status}: ${message}` : message };
  }
}

/** Writes the plan: companies, contacts, deals, then the associations between the records found. */
export async function seed(client: HubSpotClient, plan: SeedPlan = seedPlan()): Promise<SeedLine[]> {
  const lines: SeedLine[] = [];
  const ids = new Map<string, string>();
  const order: SampleObjectType[] = ['companies', 'contacts', 'deals'];
  for (const objectType of order)
    for (const object of plan.objects.filter((o) => o.objectType === objectType)) {
      const line = await upsert(client, object);
      if (line.id) ids.set(`${objectType}:${object.sampleId}`, line.id);
      lines.push(line);
    }
  for (const { from, to } of plan.associations) {
    const what = `association ${from.objectType} ${from.sampleId} → ${to.objectType} ${to.sampleId}`;
    const fromId = ids.get(`${from.objectType}:${from.sampleId}`);
    const toId = ids.get(`${to.objectType}:${to.sampleId}`);
    if (!fromId || !toId) {
      lines.push({ what, outcome: 'failed', detail: 'a record it joins was not written' });
      continue;
    }
    try {
      // The default association: creating it again leaves it as it is.
      await client.crm.associations.v4.basicApi.createDefault(from.objectType, fromId, to.objectType, toId);
      lines.push({ what, outcome: 'associated' });
    } catch (error) {
      const { status, message } = describeError(error);
      lines.push({ what, outcome: 'failed', detail: status ? `${status}: ${message}` : message });
    }
  }
  return lines;
}

function shown(value: string): string {
  if (value === '') return '(cleared)';
  if (value.length <= 60) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, 40))}… (${value.length.toLocaleString('en-US')} characters)`;
}

/** The plan in words: every record with what it would set, then the associations. */
export function describePlan(plan: SeedPlan): string {
  const lines: string[] = [];
  for (const object of plan.objects) {
    lines.push(`${label(object)}: create, or update the record with that ${object.key.property}`);
    for (const [name, value] of Object.entries(object.properties)) lines.push(`    ${name} = ${shown(value)}`);
  }
  for (const { from, to } of plan.associations) lines.push(`associate ${from.objectType} ${from.sampleId} → ${to.objectType} ${to.sampleId}`);
  lines.push(`${plan.objects.length} records and ${plan.associations.length} associations.`);
  return lines.join('\n');
}

export function summarise(lines: SeedLine[]): string {
  const count = (outcome: SeedOutcome) => lines.filter((l) => l.outcome === outcome).length;
  return `${count('created')} created, ${count('updated')} updated, ${count('associated')} associations, ${count('ambiguous')} ambiguous, ${count('failed')} failed.`;
}

type Output = { write(text: string): unknown };

const usage = 'Usage: npm run seed:hubspot [-- --dry-run]';

export async function main(
  argv: string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
  out: Output = process.stdout,
  err: Output = process.stderr,
  plan: SeedPlan = seedPlan(),
): Promise<number> {
  const unknown = argv.filter((arg) => arg !== '--dry-run');
  if (unknown.length > 0) {
    err.write(`Unknown option ${unknown.join(' ')}.\n${usage}\n`);
    return 2;
  }
  if (plan.refusals.length > 0) {
    for (const refusal of plan.refusals)
      err.write(`✗ ${refusal.sampleId} ${refusal.kind}: ${refusal.problems.map((p) => `${p.path || '(payload)'}: ${p.message}`).join(' ')}\n`);
    err.write('The core refuses these sample payloads, so nothing was sent to HubSpot.\n');
    return 1;
  }
  if (argv.includes('--dry-run')) {
    out.write(`Dry run: nothing is sent to HubSpot.\n${describePlan(plan)}\n`);
    return 0;
  }
  const token = tokenFrom(env);
  if (!token) {
    err.write(`${missingTokenMessage(seedScopes)}\nTo see what would be written without a token: npm run seed:hubspot -- --dry-run\n`);
    return 2;
  }
  const lines = await seed(createClient(token), plan);
  for (const line of lines) {
    const bad = line.outcome === 'failed' || line.outcome === 'ambiguous';
    (bad ? err : out).write(`${bad ? '✗' : '✓'} ${line.what}: ${line.outcome}${line.id ? ` (id ${line.id})` : ''}${line.detail ? ` (${line.detail})` : ''}\n`);
  }
  out.write(`${summarise(lines)}\n`);
  return lines.some((l) => l.outcome === 'failed' || l.outcome === 'ambiguous') ? 1 : 0;
}

if (require.main === module) void main().then((code) => (process.exitCode = code));
