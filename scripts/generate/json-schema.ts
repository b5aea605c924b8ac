/**
 * The JSON Schema of each context, for integrators who write payloads from their own pipelines.
 * Published in docs/schemas/<kind>.schema.json; `handoff schema <kind>` prints the same document.
 */
import * as z from 'zod/mini';
import { contexts, kinds, type Kind } from '../../shared/src/contexts';
import { fieldsOf } from '../../shared/src/registry';
import { contractOf } from '../../shared/src/schema-info';
import { textLimits } from '../../shared/src/storage';
import { generated, generatedMarker, json, type GeneratedFile } from './output';

export const schemasDir = 'docs/schemas';

export function schemaId(kind: Kind): string {
  return `urn:handoff-context:schema:${kind}:v${contexts[kind].version}`;
}

/** `['properties','factors','items','properties','label']` → `factors[].label` (a registry path). */
function registryPath(jsonPath: ReadonlyArray<string | number>): string | undefined {
  let path = '';
  for (let i = 0; i < jsonPath.length; i++) {
    const step = jsonPath[i];
    if (step === 'properties' && typeof jsonPath[i + 1] === 'string') {
      path += `${path ? '.' : ''}${jsonPath[++i]}`;
    } else if (step === 'items') path += '[]';
    else return undefined; // anyOf branches and the like: no registry entry of their own
  }
  return path;
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

/** The rules of a payload that its JSON Schema states only in words: `handoff check` adds them. */
export interface StatedRule {
  /** The registry path of the object the rule is about, e.g. `score.scale`; `factors[]` for every entry. */
  path: string;
  statement: string;
  /** Whether the schema also says it with keywords (an `if`/`then`), or only in this description. */
  inSchema: boolean;
}

export function jsonSchemaOf(kind: Kind): Record<string, unknown> {
  return schemaWithRules(kind).schema;
}

/** The JSON Schema of a kind, and the cross-field rules it states (the contract test reads them). */
export function schemaWithRules(kind: Kind): { schema: Record<string, unknown>; rules: StatedRule[] } {
  const context = contexts[kind];
  const byPath = new Map(fieldsOf(kind).map((f) => [f.path, f]));
  const rules = new Map<string, StatedRule>();
  const schema = z.toJSONSchema(context.schema, {
    target: 'draft-2020-12',
    io: 'input',
    // zod does not turn refinements into JSON Schema: each is a crossField rule, stated below.
    unrepresentable: 'any',
    override: (ctx) => {
      const path = ctx.path && registryPath(ctx.path);
      const field = path !== undefined ? byPath.get(path) : undefined;
      const contract = contractOf(ctx.zodSchema);
      const out = ctx.jsonSchema as Record<string, unknown>;
      // A text is trimmed before its minimum length is checked: whitespace alone is refused.
      if (contract.nonBlank && out.pattern === undefined) out.pattern = '\\S';
      if (field) {
        out.title = field.title;
        out.description = field.description;
        if (field.maxItems !== undefined && out.type === 'array') out.maxItems = field.maxItems;
      }
      const stated: string[] = [];
      for (const rule of contract.rules) {
        stated.push(rule.statement);
        if (rule.jsonSchema) Object.assign(out, rule.jsonSchema);
        const where = path ?? '';
        rules.set(`${where}\u0000${rule.statement}`, { path: where, statement: rule.statement, inSchema: !!rule.jsonSchema });
      }
      if (stated.length) {
        const sentence = `Rule${stated.length > 1 ? 's' : ''}: ${stated.join('; ')}.`;
        out.description = typeof out.description === 'string' ? `${out.description} ${sentence}` : sentence;
      }
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  const stated = [...rules.values()];
  const words = stated.filter((r) => !r.inSchema);
  const ruleList = stated.map((r) => `${r.path || 'the payload'}: ${r.statement}${r.inSchema ? '' : ' (not expressible in JSON Schema)'}`).join('; ');
  const description = [
    `The canonical ${context.title.toLowerCase()} payload of Handoff Context, owned by ${context.owner}. Every payload carries schemaVersion ${context.version}.`,
    'Leave out an optional field that has no value: null and empty or whitespace-only text are refused. Text is trimmed; every length is counted in characters (Unicode code points), spaces included.',
    stated.length ? `Rules between fields: ${ruleList}.` : '',
    `The payload is stored as one text field: written as compact JSON it must fit ${fmt(textLimits.salesforce)} characters in Salesforce and ${fmt(textLimits.hubspot)} in HubSpot.`,
    `\`npx handoff check ${kind} <file> [--platform salesforce|hubspot]\` checks all of this${words.length ? ', the rules JSON Schema cannot say included' : ''}.`,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    schema: {
      $schema,
      $id: schemaId(kind),
      $comment: `${generatedMarker}. Rules between fields and the platforms' text limits are stated in the description; \`npx handoff check ${kind} <file>\` applies them.`,
      title: `${context.title} (schema version ${context.version})`,
      description,
      ...rest,
    },
    rules: stated,
  };
}

export function jsonSchemaFiles(): GeneratedFile[] {
  return kinds.map((kind) => generated(`${schemasDir}/${kind}.schema.json`, json(jsonSchemaOf(kind))));
}
