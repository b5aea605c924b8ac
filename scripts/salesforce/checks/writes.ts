/**
 * Every column a card (or a scoring job) writes is editable in the permission set its users get,
 * and each writer set edits exactly what its writers write: nothing a card needs is missing, and
 * nothing more is granted. What is written comes from the core's own actions (the functions the
 * cards call), run on the sample book; who writes it is the table below. A card that starts
 * calling another core write must be added here, or the check fails.
 */
import { readFileSync } from 'node:fs';
import { contexts, kindsOf, type Kind, type SalesforceObject } from '../../../shared/src/contexts';
import { acceptHandoff, addFeedback, columnAt, prepareWrite, returnHandoff, setDisposition, submitHandoff, type ColumnValues } from '../../../shared/src/write';
import { sampleBook, sampleNow } from '../../../shared/src/samples';
import { salesforceFieldName } from '../../../shared/src/storage';
import { type Finding, type SalesforceProject, lwcBundles, relative } from '../project';
import { permissionSetGrants, readPermissionSet } from './fields';

/** The core functions that produce what a card writes with updateRecord. */
export const coreWrites = ['addFeedback', 'setDisposition', 'prepareSalesforceWrite', 'submitHandoff', 'acceptHandoff', 'returnHandoff'] as const;
export type CoreWrite = (typeof coreWrites)[number];

export const permissionSetNames = {
  reader: 'Handoff_Context_Reader',
  sales: 'Handoff_Context_Sales',
  customerSuccess: 'Handoff_Context_Customer_Success',
  integration: 'Handoff_Context_Integration',
} as const;

export interface Write {
  /** The card bundle that writes, or who writes outside the package. */
  by: string;
  /** True when `by` is a card bundle in force-app/…/lwc. */
  card: boolean;
  /** What the write does, in the words of the person who does it. */
  what: string;
  action: CoreWrite;
  /** The people who do it, and the permission set an admin gives them (docs/salesforce.md). */
  who: string;
  permissionSet: string;
  objects: SalesforceObject[];
  /** The columns written (base names), as the core's action gives them. */
  columns: () => ColumnValues;
}

const actor = { by: 'Sample Person', now: sampleNow() };

/** The first payload of a kind in the sample book that `accept` takes. */
function samplePayload(kind: Kind, accept: (payload: unknown) => boolean = () => true): unknown {
  const records = [...sampleBook.people, ...sampleBook.deals, ...sampleBook.companies] as Array<{ payloads: Partial<Record<Kind, unknown>> }>;
  const found = records.map((r) => r.payloads[kind]).find((p) => p !== undefined && accept(p));
  if (found === undefined) throw new Error(`the sample book has no ${kind} payload to check writes with`);
  return found;
}

function ok<T extends { ok: boolean }>(what: string, result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`${what} refused the sample input: ${JSON.stringify((result as { problems?: unknown }).problems)}`);
  return result as Extract<T, { ok: true }>;
}

/** A handoff that can be submitted: the sample's, without its review (an accepted one cannot be resubmitted). */
function submittable(): unknown {
  const payload = samplePayload('sales-to-cs', (p) => submitHandoff(withoutReview(p), { ...actor, platform: 'salesforce' }).ok);
  return withoutReview(payload);
}
function withoutReview(payload: unknown): unknown {
  const { review: _review, ...rest } = payload as Record<string, unknown>;
  return rest;
}

function documentWrite(kind: Kind): ColumnValues {
  return ok(
    `prepareWrite(${kind})`,
    prepareWrite(
      kind,
      samplePayload(kind, (p) => prepareWrite(kind, p, { platform: 'salesforce' }).ok),
      { platform: 'salesforce' },
    ),
  ).columns;
}

export const writes: Write[] = [
  {
    by: 'handoffLeadScore',
    card: true,
    what: 'give feedback on a lead score',
    action: 'addFeedback',
    who: 'reps and AEs',
    permissionSet: permissionSetNames.sales,
    objects: ['Lead', 'Contact'],
    columns: () => ok('addFeedback', addFeedback([], { verdict: 'helpful', by: actor.by, at: actor.now.toISOString() }, { platform: 'salesforce' })).columns,
  },
  {
    by: 'reps (the core’s setDisposition; no card sets it yet)',
    card: false,
    what: 'record what sales did with a lead',
    action: 'setDisposition',
    who: 'reps and AEs',
    permissionSet: permissionSetNames.sales,
    objects: ['Lead', 'Contact'],
    columns: () => ok('setDisposition', setDisposition({ status: 'rejected', reason: 'No budget this year.' }, actor, { platform: 'salesforce' })).columns,
  },
  {
    by: 'handoffSalesToCs',
    card: true,
    what: 'save a handoff draft (on the Opportunity)',
    action: 'prepareSalesforceWrite',
    who: 'AEs',
    permissionSet: permissionSetNames.sales,
    objects: ['Opportunity'],
    // The card marks a new handoff as a draft beside what the core prepares.
    columns: () => ({
      ...ok('prepareWrite(draft)', prepareWrite('sales-to-cs', submittable(), { platform: 'salesforce', allowIncomplete: true })).columns,
      [columnAt('sales-to-cs', 'review.status').name]: 'draft',
    }),
  },
  {
    by: 'handoffSalesToCs',
    card: true,
    what: 'submit a handoff (on the Opportunity)',
    action: 'submitHandoff',
    who: 'AEs',
    permissionSet: permissionSetNames.sales,
    objects: ['Opportunity'],
    columns: () => ok('submitHandoff', submitHandoff(submittable(), { ...actor, platform: 'salesforce' })).columns,
  },
  {
    by: 'handoffSalesToCs',
    card: true,
    what: 'accept a handoff (on the Account, writing the won Opportunity)',
    action: 'acceptHandoff',
    who: 'CS managers',
    permissionSet: permissionSetNames.customerSuccess,
    objects: ['Opportunity'],
    columns: () => ok('acceptHandoff', acceptHandoff({ ...actor, currentStatus: 'submitted' })).columns,
  },
  {
    by: 'handoffSalesToCs',
    card: true,
    what: 'return a handoff to sales (on the Account, writing the won Opportunity)',
    action: 'returnHandoff',
    who: 'CS managers',
    permissionSet: permissionSetNames.customerSuccess,
    objects: ['Opportunity'],
    columns: () => ok('returnHandoff', returnHandoff({ ...actor, reason: 'other', note: 'Confirm the renewal date.', currentStatus: 'submitted' })).columns,
  },
  // Every scored context is written whole by its job, on each object it sits on.
  ...kindsOf('scored').map((kind): Write => ({
    by: 'scoring and health jobs',
    card: false,
    what: `write ${contexts[kind].title.toLowerCase()}`,
    action: 'prepareSalesforceWrite',
    who: 'integration users',
    permissionSet: permissionSetNames.integration,
    objects: [...contexts[kind].storage.salesforce],
    columns: () => documentWrite(kind),
  })),
];

/** `Object.Field__c` of every column a write sets. */
export function fieldsWritten(write: Write): string[] {
  const names = Object.keys(write.columns()).map((name) => salesforceFieldName({ name }));
  return write.objects.flatMap((object) => names.map((name) => `${object}.${name}`)).sort();
}

/** The core write functions a component's source imports from c/handoffCore. */
export function coreWritesImported(source: string): CoreWrite[] {
  const imports = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'c\/handoffCore'/g)].flatMap((m) => m[1].split(',').map((s) => s.trim()));
  return coreWrites.filter((name) => imports.includes(name));
}

export function checkWrites(project: SalesforceProject): { findings: Finding[]; writes: number } {
  const findings: Finding[] = [];
  const found = (message: string) => findings.push({ check: 'writes', message });

  // Every core write a card calls has a row above, so its columns and its users' set are checked.
  for (const bundle of lwcBundles(project)) {
    if (bundle.name === 'handoffCore') continue;
    for (const file of bundle.files.filter((f) => f.endsWith('.js'))) {
      const declared = new Set(writes.filter((w) => w.card && w.by === bundle.name).map((w) => w.action));
      for (const action of coreWritesImported(readFileSync(file, 'utf8')))
        if (!declared.has(action))
          found(
            `${relative(project, file)} calls ${action}, but scripts/salesforce/checks/writes.ts does not say who uses it or which permission set they get`,
          );
    }
  }

  const granted = new Map<string, Set<string>>();
  for (const name of Object.values(permissionSetNames)) {
    const grants = permissionSetGrants(project, name);
    if (!grants) {
      found(`the ${name} permission set is missing`);
      continue;
    }
    granted.set(name, new Set([...grants].filter(([, g]) => g.readable && g.editable).map(([field]) => field)));
  }

  const written = new Map<string, Set<string>>();
  for (const write of writes) {
    const editable = granted.get(write.permissionSet);
    for (const field of fieldsWritten(write)) {
      written.set(write.permissionSet, (written.get(write.permissionSet) ?? new Set()).add(field));
      if (editable && !editable.has(field))
        found(`${write.by} writes ${field} to ${write.what}, but ${write.permissionSet} (for ${write.who}) does not grant edit on it`);
    }
  }
  for (const [name, editable] of granted)
    for (const field of [...editable].sort())
      if (!written.get(name)?.has(field)) found(`${name} grants edit on ${field}, which none of its users' writes sets`);

  // Object Edit is what updateRecord needs besides field edit; the Reader set reads only.
  for (const name of Object.values(permissionSetNames)) {
    const set = readPermissionSet(project, name);
    if (!set) continue;
    const objectsEdited = new Set([...(granted.get(name) ?? [])].map((field) => field.split('.')[0]));
    for (const object of set.objects) {
      if (object.viewAllRecords || object.modifyAllRecords || object.allowCreate || object.allowDelete)
        found(`${name} grants more than read and edit on ${object.object}`);
      if (object.allowEdit !== objectsEdited.has(object.object))
        found(
          `${name} ${object.allowEdit ? 'grants' : 'lacks'} Edit on ${object.object}, ${objectsEdited.has(object.object) ? 'where it edits fields' : 'where it edits no field'}`,
        );
    }
  }
  return { findings, writes: writes.length };
}

/** The permission set labels the cards name in their messages exist. */
export function checkPermissionSetNames(project: SalesforceProject): Finding[] {
  const findings: Finding[] = [];
  const labels = new Set(Object.values(permissionSetNames).map((name) => readPermissionSet(project, name)?.label));
  for (const bundle of lwcBundles(project))
    for (const file of bundle.files.filter((f) => f.endsWith('.js')))
      for (const match of readFileSync(file, 'utf8').matchAll(/const (\w+_PERMISSION_SET) = '([^']*)'/g))
        if (!labels.has(match[2]))
          findings.push({
            check: 'writes',
            message: `${relative(project, file)}: ${match[1]} names "${match[2]}", which is not the label of a Handoff Context permission set`,
          });
  return findings;
}
