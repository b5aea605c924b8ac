/** The field dictionary's content, rendered as Markdown for docs/fields.md and as text for `handoff fields`. */
import { contexts, kinds, type Kind } from '../../shared/src/contexts';
import { fieldsOf } from '../../shared/src/registry';
import { platformColumns } from './columns';

export interface DictionaryEntry {
  path: string;
  title: string;
  definition: string;
  type: string;
  owner: string;
  required: boolean;
  mustHave: boolean;
  salesforce?: string;
  hubspot?: string;
  /** The member a column mirrors, e.g. `value` of a score. */
  member?: string;
}

export interface DictionarySection {
  kind: Kind;
  title: string;
  owner: string;
  version: number;
  salesforceObjects: string[];
  hubspotObjectTypes: string[];
  entries: DictionaryEntry[];
  /** Columns that hold no single field: the document, its snapshot, the completeness. */
  storageColumns: Array<{ label: string; salesforce: string; hubspot: string; description: string }>;
}

export function dictionarySection(kind: Kind): DictionarySection {
  const context = contexts[kind];
  return {
    kind,
    title: context.title,
    owner: context.owner,
    version: context.version,
    salesforceObjects: [...context.storage.salesforce],
    hubspotObjectTypes: [...context.storage.hubspot],
    entries: fieldsOf(kind).map((f) => ({
      path: f.path,
      title: f.title,
      definition: f.description,
      type: f.type,
      owner: f.owner,
      required: f.required,
      mustHave: f.mustHave,
      ...(f.salesforce && { salesforce: f.salesforce.field }),
      ...(f.hubspot && { hubspot: f.hubspot.property }),
      ...(f.column?.member && { member: f.column.member }),
    })),
    storageColumns: platformColumns(kind)
      .filter((c) => !c.valuePath)
      .map((c) => ({ label: c.label, salesforce: c.salesforceField, hubspot: c.hubspotProperty, description: c.helpText })),
  };
}

const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text?: string) => (text ? `\`${text}\`` : '');
const yes = (flag: boolean) => (flag ? 'yes' : '');
const of = (e: DictionaryEntry) => (e.member ? ` (its ${e.member})` : '');

export function dictionaryMarkdown(note: string): string {
  const lines = [
    '# Field dictionary',
    '',
    `<!-- ${note} -->`,
    '',
    'One word per concept, across teams: every canonical field of Handoff Context, what it means, who owns it,',
    'and where each platform stores it. This page is generated from the field registry in `shared/src`;',
    'to change it, change the registry and run `npm run generate` (`npm test` fails while it is stale).',
    '',
    'JSON Schemas for integrators (draft 2020-12, one per context) are published in [`docs/schemas/`](schemas/);',
    '`npx handoff check <kind> <file.json> [--platform salesforce|hubspot]` accepts exactly what the schema accepts,',
    'plus the rules between fields that each schema states in its description (a value inside its scale, a scale',
    "whose max is above its min) and the platforms' text limits. Leave out an optional field that has no value:",
    'null and blank text are refused. Lengths are counted in characters (Unicode code points).',
    '',
    'Paths use `.` for a member and `[]` for each entry of a list. *Required* means the payload is invalid',
    'without it; *must-have* means a handoff is not complete without it.',
    '',
  ];
  for (const kind of kinds) {
    const s = dictionarySection(kind);
    lines.push(
      `## ${s.title} (\`${kind}\`, schema version ${s.version})`,
      '',
      `Owner: ${s.owner}. Salesforce: ${s.salesforceObjects.join(', ')}. HubSpot: ${s.hubspotObjectTypes.join(', ')}.`,
      `[JSON Schema](schemas/${kind}.schema.json).`,
      '',
      '| Path | Title | Definition | Type | Owner | Required | Must-have | Salesforce field | HubSpot property |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...s.entries.map(
        (e) =>
          `| ${code(e.path)} | ${cell(e.title)} | ${cell(e.definition)} | ${cell(e.type)} | ${e.owner} | ${yes(e.required)} | ${yes(e.mustHave)} | ${code(e.salesforce)}${of(e)} | ${code(e.hubspot)}${of(e)} |`,
      ),
      '',
      'Storage columns that hold more than one field:',
      '',
      '| Column | Salesforce field | HubSpot property | Holds |',
      '| --- | --- | --- | --- |',
      ...s.storageColumns.map((c) => `| ${cell(c.label)} | ${code(c.salesforce)} | ${code(c.hubspot)} | ${cell(c.description)} |`),
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Plain text for a terminal: one block per field. */
export function dictionaryText(only?: Kind): string {
  const out: string[] = [];
  for (const kind of only ? [only] : kinds) {
    const s = dictionarySection(kind);
    out.push(`${s.title} (${kind}, schema version ${s.version}) — owner: ${s.owner}`);
    out.push(`  stored on Salesforce ${s.salesforceObjects.join(', ')}; HubSpot ${s.hubspotObjectTypes.join(', ')}`);
    for (const c of s.storageColumns) out.push(`  ${c.label}: ${c.salesforce} / ${c.hubspot}`);
    out.push('');
    for (const e of s.entries) {
      const flags = [e.required ? 'required' : 'optional', e.mustHave && 'must-have at handoff', `owner: ${e.owner}`];
      out.push(`${e.path} — ${e.title}`);
      out.push(`  ${e.definition}`);
      out.push(`  type: ${e.type}; ${flags.filter(Boolean).join('; ')}`);
      if (e.salesforce) out.push(`  Salesforce ${e.salesforce}, HubSpot ${e.hubspot}${of(e)}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
