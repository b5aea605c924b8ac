/**
 * The handoff form: one description, built from the schema and the registry, that both platforms'
 * editors render. Sections follow the registry's order; each field says its input kind, its limits
 * and the message keys of its label and help, so no editor lists fields of its own.
 */
import type { Kind } from '../contexts';
import { fieldHelpKey, fieldLabelKey, keySegment } from '../i18n/fields';
import { isMessageKey, type MessageKey } from '../i18n/catalog';
import { schemaAt } from '../parse/paths';
import { fieldsOf, unwrap, type RegistryField } from '../registry';

const KIND: Kind = 'sales-to-cs';

export type HandoffInputKind = 'text' | 'longtext' | 'lines' | 'number' | 'integer' | 'date' | 'datetime' | 'url' | 'toggle' | 'choice';

export interface HandoffFormOption {
  value: string;
  labelKey?: MessageKey;
}

export interface HandoffFormField {
  /** The registry path: `desiredOutcome.requiredOutcome`, `successCriteria[].metric`. */
  path: string;
  /** The member's own key in its object or row: `requiredOutcome`, `metric`. */
  name: string;
  labelKey?: MessageKey;
  helpKey?: MessageKey;
  input: HandoffInputKind;
  /** The schema requires it inside its object or row (a draft may still leave it out). */
  required: boolean;
  /** Counts toward completeness; must be filled in before submit. */
  mustHave: boolean;
  /** Text, or each line of a `lines` field. */
  maxLength?: number;
  minLength?: number;
  /** Numbers, inclusive. */
  min?: number;
  max?: number;
  /** Lines: how many a card keeps. */
  maxItems?: number;
  /** A regular expression the text must match (e.g. a currency code), as source text. */
  pattern?: string;
  /** Choices, in the schema's order. */
  options?: HandoffFormOption[];
}

export interface HandoffFormSection {
  /** The top-level registry path: `desiredOutcome`, `successCriteria`, `whyWon`. */
  path: string;
  labelKey?: MessageKey;
  helpKey?: MessageKey;
  /** `group`: an object of fields; `list`: rows of fields; `single`: the section is one field. */
  layout: 'group' | 'list' | 'single';
  required: boolean;
  mustHave: boolean;
  /** Group: its members; list: one row's fields; single: the field itself. */
  fields: HandoffFormField[];
  /** List: how many rows a card keeps. */
  maxItems?: number;
  /** List: what a new row starts as (booleans false, a required choice its first option). */
  newRow?: Record<string, unknown>;
}

export interface HandoffForm {
  kind: 'sales-to-cs';
  sections: HandoffFormSection[];
}

/** Not the AE's to write: set by the core (version, submit time), by CS (review), or by integrations (provenance). */
const NOT_EDITED = new Set(['schemaVersion', 'review', 'timeline.submittedAt']);
const NOT_EDITED_MEMBER = new Set(['provenance']);

/** The message group of each choice's values (`enum.<group>.<value>`). */
const CHOICE_GROUPS: Record<string, string> = {
  'commitments[].type': 'commitmentType',
  accountSentiment: 'sentiment',
  'stakeholders[].role': 'stakeholderRole',
  'stakeholders[].sentiment': 'sentiment',
  'risks[].severity': 'severity',
  'risks[].likelihood': 'likelihood',
};

/** shortText's limit: a longer text gets a multi-line input. */
const SHORT_TEXT_MAX = 200;

type Schema = NonNullable<ReturnType<typeof schemaAt>>;
type Check = { check: string; value?: unknown; inclusive?: boolean; maximum?: number; minimum?: number; pattern?: RegExp; format?: string };

function checksOf(schema: Schema): Check[] {
  const checks = ((schema._zod.def as { checks?: Array<{ _zod: { def: Check } }> }).checks ?? []) as Array<{ _zod: { def: Check } }>;
  return checks.map((c) => c._zod.def);
}

function textLimits(schema: Schema): Pick<HandoffFormField, 'maxLength' | 'minLength' | 'pattern'> {
  const out: Pick<HandoffFormField, 'maxLength' | 'minLength' | 'pattern'> = {};
  for (const c of checksOf(schema)) {
    if (c.check === 'max_length' && typeof c.maximum === 'number') out.maxLength = c.maximum;
    if (c.check === 'min_length' && typeof c.minimum === 'number') out.minLength = c.minimum;
    if (c.check === 'string_format' && c.format === 'regex' && c.pattern instanceof RegExp) out.pattern = c.pattern.source;
  }
  return out;
}

function numberLimits(schema: Schema): Pick<HandoffFormField, 'min' | 'max'> {
  const out: Pick<HandoffFormField, 'min' | 'max'> = {};
  for (const c of checksOf(schema)) {
    // Every handoff bound is inclusive (gte / lte); an exclusive one would need a step the form cannot know.
    if (c.check === 'greater_than' && typeof c.value === 'number') out.min = c.value;
    if (c.check === 'less_than' && typeof c.value === 'number') out.max = c.value;
  }
  return out;
}

function optionsOf(path: string, schema: Schema): HandoffFormOption[] {
  const values = Object.values((schema._zod.def as unknown as { entries: Record<string, string> }).entries);
  const group = CHOICE_GROUPS[path];
  return values.map((value) => {
    const key = group ? `enum.${group}.${keySegment(value)}` : '';
    return { value, ...(isMessageKey(key) && { labelKey: key }) };
  });
}

/** The input a schema asks for, and its limits; undefined for what a form does not edit (objects). */
function inputOf(path: string, schema: Schema): Omit<HandoffFormField, 'path' | 'name' | 'labelKey' | 'helpKey' | 'required' | 'mustHave'> | undefined {
  const def = schema._zod.def as { type: string; format?: string; element?: Schema };
  switch (def.type) {
    case 'string': {
      if (def.format === 'date') return { input: 'date' };
      if (def.format === 'datetime') return { input: 'datetime' };
      if (def.format === 'url') return { input: 'url' };
      const limits = textLimits(schema);
      return { input: (limits.maxLength ?? 0) > SHORT_TEXT_MAX ? 'longtext' : 'text', ...limits };
    }
    case 'number':
      return { input: def.format === 'safeint' ? 'integer' : 'number', ...numberLimits(schema) };
    case 'boolean':
      return { input: 'toggle' };
    case 'enum':
      return { input: 'choice', options: optionsOf(path, schema) };
    case 'array': {
      const element = unwrap(def.element!).inner as Schema;
      if ((element._zod.def as { type: string }).type !== 'string') return undefined;
      const { maxLength, minLength } = textLimits(element);
      return { input: 'lines', ...(maxLength !== undefined && { maxLength }), ...(minLength !== undefined && { minLength }) };
    }
    default:
      return undefined;
  }
}

function formField(field: RegistryField): HandoffFormField | undefined {
  const schema = schemaAt(KIND, field.path);
  const input = schema && inputOf(field.path, schema);
  if (!input) return undefined;
  const labelKey = fieldLabelKey(KIND, field.path);
  const helpKey = fieldHelpKey(KIND, field.path);
  return {
    path: field.path,
    name: field.path.split(/\.|\[\]\./).pop()!,
    ...(labelKey && { labelKey }),
    ...(helpKey && { helpKey }),
    required: field.required,
    mustHave: field.mustHave,
    ...input,
    ...(field.maxItems !== undefined && { maxItems: field.maxItems }),
  };
}

/** What a new row starts as: only what a row cannot be without and has an obvious first value. */
function newRowOf(fields: HandoffFormField[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.input === 'toggle') row[field.name] = false;
    else if (field.input === 'choice' && field.required && field.options?.length) row[field.name] = field.options[0].value;
  }
  return row;
}

/** The direct members of a registry path (`desiredOutcome` → its three fields; `risks[]` → a row's). */
function membersOf(fields: RegistryField[], prefix: string): RegistryField[] {
  return fields.filter((f) => f.path.startsWith(prefix) && !/[.[]/.test(f.path.slice(prefix.length)));
}

function buildForm(): HandoffForm {
  const all = fieldsOf(KIND).filter((f) => !NOT_EDITED.has(f.path));
  const editable = (members: RegistryField[]) =>
    members.filter((f) => !NOT_EDITED_MEMBER.has(f.path.split(/\.|\[\]\./).pop()!) && !NOT_EDITED.has(f.path)).flatMap((f) => formField(f) ?? []);
  const sections: HandoffFormSection[] = [];
  for (const top of all.filter((f) => !f.path.includes('.') && !f.path.includes('['))) {
    const schema = schemaAt(KIND, top.path)!;
    const type = (schema._zod.def as { type: string; element?: Schema }).type;
    const base = {
      path: top.path,
      ...(fieldLabelKey(KIND, top.path) && { labelKey: fieldLabelKey(KIND, top.path) }),
      ...(fieldHelpKey(KIND, top.path) && { helpKey: fieldHelpKey(KIND, top.path) }),
      required: top.required,
      mustHave: top.mustHave,
    };
    if (type === 'object') {
      sections.push({ ...base, layout: 'group', fields: editable(membersOf(all, `${top.path}.`)) });
      continue;
    }
    const rowFields = type === 'array' ? membersOf(all, `${top.path}[].`) : [];
    if (rowFields.length > 0) {
      const fields = editable(rowFields);
      sections.push({ ...base, layout: 'list', fields, ...(top.maxItems !== undefined && { maxItems: top.maxItems }), newRow: newRowOf(fields) });
      continue;
    }
    const single = formField(top);
    if (single) sections.push({ ...base, layout: 'single', fields: [single] });
  }
  return { kind: 'sales-to-cs', sections };
}

/** The handoff form both editors render. */
export const handoffForm: HandoffForm = buildForm();

/** A fresh copy of a list section's new-row default. */
export function newHandoffRow(section: Pick<HandoffFormSection, 'newRow'>): Record<string, unknown> {
  return { ...(section.newRow ?? {}) };
}
