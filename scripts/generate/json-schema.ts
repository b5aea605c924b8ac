/**
 * The JSON Schema of each context, for integrators who write payloads from their own pipelines.
 * Published in docs/schemas/<kind>.schema.json; `handoff schema <kind>` prints the same document.
 */
import * as z from 'zod/mini';
import { contexts, kinds, type Kind } from '../../shared/src/contexts';
import { fieldsOf } from '../../shared/src/registry';
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

export function jsonSchemaOf(kind: Kind): Record<string, unknown> {
  const context = contexts[kind];
  const byPath = new Map(fieldsOf(kind).map((f) => [f.path, f]));
  const schema = z.toJSONSchema(context.schema, {
    target: 'draft-2020-12',
    io: 'input',
    // Cross-field rules (a value inside its scale, a reason for a disagreement) cannot be said in
    // JSON Schema; `handoff check` and the cards still apply them.
    unrepresentable: 'any',
    override: (ctx) => {
      const path = ctx.path && registryPath(ctx.path);
      const field = path ? byPath.get(path) : undefined;
      if (field) {
        ctx.jsonSchema.title = field.title;
        ctx.jsonSchema.description = field.description;
      }
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: schemaId(kind),
    $comment: `${generatedMarker}. Cross-field rules (a score inside its scale, a reason with every disagreement) are checked by \`npx handoff check ${kind} <file>\`.`,
    title: `${context.title} (schema version ${context.version})`,
    description: `The canonical ${context.title.toLowerCase()} payload of Handoff Context, owned by ${context.owner}. Every payload carries schemaVersion ${context.version}.`,
    ...rest,
  };
}

export function jsonSchemaFiles(): GeneratedFile[] {
  return kinds.map((kind) => generated(`${schemasDir}/${kind}.schema.json`, json(jsonSchemaOf(kind))));
}
