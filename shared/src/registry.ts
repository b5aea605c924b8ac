/**
 * The field registry: every canonical field of every context, flattened from the zod schemas,
 * with its glossary entry and where each platform stores it.
 */
import type * as z from 'zod/mini';
import { contexts, type Kind } from './contexts';
import type { ColumnSpec, FieldMeta, Team } from './fields';
import { fieldMeta } from './fields';
import { hubspotPropertyName, salesforceFieldName } from './storage';

export interface RegistryField {
  kind: Kind;
  /** Dotted path; `[]` marks a list entry, e.g. `factors[].label`. */
  path: string;
  title: string;
  description: string;
  /** A readable type, e.g. `text (≤ 200)`, `one of: raises, lowers`, `list of object`. */
  type: string;
  owner: Team;
  required: boolean;
  mustHave: boolean;
  maxItems?: number;
  column?: ColumnSpec;
  salesforce?: { objects: string[]; field: string };
  hubspot?: { objectTypes: string[]; property: string };
}

type Schema = z.core.$ZodType;

/** Strips optional/nullable wrappers; returns the inner schema and whether it was optional. */
export function unwrap(schema: Schema): { inner: Schema; optional: boolean } {
  let inner = schema;
  let isOptional = false;
  for (;;) {
    const def = inner._zod.def as { type: string; innerType?: Schema };
    if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType) {
      isOptional ||= def.type !== 'nullable';
      inner = def.innerType;
    } else return { inner, optional: isOptional };
  }
}

/** Reads a check's definition, e.g. `max_length` → its `maximum`. */
function checkValue(def: any, check: string, key: string): unknown {
  for (const c of def.checks ?? []) if (c._zod.def.check === check) return c._zod.def[key];
  return undefined;
}

export function describeType(schema: Schema): string {
  const { inner } = unwrap(schema);
  const def = inner._zod.def as any;
  switch (def.type) {
    case 'string': {
      if (def.format === 'datetime') return 'date-time (ISO 8601 with offset)';
      if (def.format === 'date') return 'date (YYYY-MM-DD)';
      if (def.format === 'url') return 'URL (http or https)';
      const pattern = checkValue(def, 'string_format', 'pattern');
      if (pattern) return `text matching ${pattern}`;
      const max = checkValue(def, 'max_length', 'maximum');
      return max !== undefined ? `text (at most ${max} characters)` : 'text';
    }
    case 'number':
      return def.format === 'safeint' ? 'whole number' : 'number';
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of: ${Object.values(def.entries).join(', ')}`;
    case 'literal':
      return `exactly ${[...def.values].join(' or ')}`;
    case 'array':
      return `list of ${describeType(def.element)}`;
    case 'object':
      return 'object';
    default:
      return def.type;
  }
}

function walk(kind: Kind, owner: Team, schema: Schema, prefix: string, out: RegistryField[]) {
  const { inner } = unwrap(schema);
  const def = inner._zod.def as any;
  if (def.type === 'object') {
    for (const [key, child] of Object.entries(def.shape as Record<string, Schema>)) {
      const { inner: childInner, optional: childOptional } = unwrap(child);
      const meta = fieldMeta.get(childInner) as FieldMeta | undefined;
      const path = prefix ? `${prefix}.${key}` : key;
      if (!meta) throw new Error(`field ${kind}:${path} has no glossary entry`);
      const entry: RegistryField = {
        kind,
        path,
        title: meta.title,
        description: meta.description,
        type: describeType(childInner),
        owner: meta.owner ?? owner,
        required: !childOptional,
        mustHave: !!meta.mustHave,
        ...(meta.maxItems !== undefined && { maxItems: meta.maxItems }),
      };
      if (meta.column) {
        const { storage } = contexts[kind];
        entry.column = meta.column;
        entry.salesforce = { objects: [...storage.salesforce], field: salesforceFieldName(meta.column) };
        entry.hubspot = { objectTypes: [...storage.hubspot], property: hubspotPropertyName(meta.column) };
      }
      out.push(entry);
      const childDef = childInner._zod.def as any;
      const nextOwner = meta.owner ?? owner;
      if (childDef.type === 'object') walk(kind, nextOwner, childInner, path, out);
      if (childDef.type === 'array' && unwrap(childDef.element).inner._zod.def.type === 'object') walk(kind, nextOwner, childDef.element, `${path}[]`, out);
    }
  }
}

function buildRegistry(): RegistryField[] {
  const out: RegistryField[] = [];
  for (const [kind, context] of Object.entries(contexts) as [Kind, (typeof contexts)[Kind]][]) {
    walk(kind, context.owner, context.schema, '', out);
  }
  return out;
}

export const registry: readonly RegistryField[] = buildRegistry();

export function fieldsOf(kind: Kind): RegistryField[] {
  return registry.filter((f) => f.kind === kind);
}

/** Every platform column of a context: the document, its snapshot and completeness, and field columns. */
export function columnsOf(kind: Kind): Array<{ column: ColumnSpec; title: string; description: string; path?: string }> {
  const { storage, title } = contexts[kind];
  const columns: Array<{ column: ColumnSpec; title: string; description: string; path?: string }> = [
    { column: storage.document, title, description: `The whole ${title.toLowerCase()} payload as validated JSON.` },
  ];
  if (storage.snapshot)
    columns.push({
      column: storage.snapshot,
      title: `${title} (as submitted)`,
      description: `The ${title.toLowerCase()} exactly as it stood when it was submitted; later edits do not change it.`,
    });
  if (storage.completeness)
    columns.push({
      column: storage.completeness,
      title: `${title} completeness`,
      description: 'The share of must-have fields filled in, for reports and list views.',
    });
  for (const f of fieldsOf(kind)) if (f.column) columns.push({ column: f.column, title: f.title, description: f.description, path: f.path });
  return columns;
}
