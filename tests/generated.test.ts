/**
 * The files generated from the core registry: the staleness gate of `npm test`, and what each
 * generator must get right for its platform.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { contexts, kinds, type Kind } from '../shared/src/contexts';
import { columnsOf, fieldsOf, registry } from '../shared/src/registry';
import { textLimits } from '../shared/src/storage';
import { allPlatformColumns, labelLimit } from '../scripts/generate/columns';
import { compareWithDisk, ownedFilesOnDisk, registryFiles } from '../scripts/generate/index';
import { generatedMarker } from '../scripts/generate/output';
import { properties, propertyGroups } from '../scripts/generate/hubspot-properties';
import { jsonSchemaOf } from '../scripts/generate/json-schema';
import { checkGenerated, describeStale, expectedFiles } from '../scripts/generated';
import { functionBundleDir, functionBundleFile } from '../scripts/build';
import { fieldsWritten, writes } from '../scripts/salesforce/checks/writes';

const root = join(__dirname, '..');
const files = registryFiles();
const fileAt = (path: string) => {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`not generated: ${path}`);
  return file.content;
};
const xml = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name, jpath) =>
    ['fieldPermissions', 'objectPermissions', 'labels', 'customLabels'].includes(name) || String(jpath).endsWith('valueSetDefinition.value'),
});
const enumFromType = (type: string) => type.replace(/^one of: /, '').split(', ');
const fixture = (kind: Kind) => JSON.parse(readFileSync(join(__dirname, 'data', `${kind}.valid.json`), 'utf8'));

describe('the staleness check', () => {
  it('finds every committed generated file up to date (run npm run generate / npm run build when this fails)', async () => {
    const report = await checkGenerated(root);
    expect(describeStale(report)).toBe('');
  }, 60_000);

  describe('on a copy of the generated files', () => {
    let copy: string;
    beforeEach(() => {
      copy = mkdtempSync(join(tmpdir(), 'hc-generated-'));
      for (const file of files) {
        mkdirSync(dirname(join(copy, file.path)), { recursive: true });
        writeFileSync(join(copy, file.path), file.content);
      }
    });
    afterEach(() => rmSync(copy, { recursive: true, force: true }));
    const check = () => compareWithDisk(copy, files, ownedFilesOnDisk(copy)).stale;

    it('passes when nothing changed', () => {
      expect(check()).toEqual([]);
    });

    it('names an edited file, a deleted file and a field the registry no longer has', () => {
      const edited = 'force-app/main/default/objects/Lead/fields/HC_Lead_Score__c.field-meta.xml';
      writeFileSync(join(copy, edited), fileAt(edited).replace('<scale>4</scale>', '<scale>2</scale>'));
      unlinkSync(join(copy, 'docs/fields.md'));
      const gone = 'force-app/main/default/objects/Account/fields/HC_Old_Score__c.field-meta.xml';
      copyFileSync(join(copy, 'force-app/main/default/objects/Account/fields/HC_Health_Score__c.field-meta.xml'), join(copy, gone));
      expect(check()).toEqual([
        { path: 'docs/fields.md', reason: 'missing', fix: 'npm run generate' },
        { path: gone, reason: 'no longer generated', fix: expect.stringContaining('delete') },
        { path: edited, reason: 'differs', fix: 'npm run generate' },
      ]);
    });
  });

  it('holds the app function bundle to its source: an edited bundle or a stray file beside it is named', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'hc-generated-'));
    try {
      for (const file of await expectedFiles()) {
        mkdirSync(dirname(join(copy, file.path)), { recursive: true });
        writeFileSync(join(copy, file.path), file.content);
      }
      expect(describeStale(await checkGenerated(copy))).toBe('');
      writeFileSync(join(copy, functionBundleFile), `${readFileSync(join(copy, functionBundleFile), 'utf8')}\n// a hand edit\n`);
      writeFileSync(join(copy, functionBundleDir, 'old.js'), '');
      expect((await checkGenerated(copy)).stale).toEqual([
        { path: `${functionBundleDir}/old.js`, reason: 'no longer generated', fix: expect.stringContaining('delete') },
        { path: functionBundleFile, reason: 'differs', fix: 'npm run build' },
      ]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);

  it('marks every generated file as generated, where its format allows a marker', () => {
    for (const file of files) expect(`${file.path}: ${file.content.includes(generatedMarker)}`).toBe(`${file.path}: true`);
  });
});

describe('Salesforce custom fields', () => {
  const fieldFiles = files.filter((f) => f.path.endsWith('.field-meta.xml'));

  it('defines each column of each context on every object that stores it, and nothing else', () => {
    const expected = kinds.flatMap((kind) =>
      contexts[kind].storage.salesforce.flatMap((object) =>
        columnsOf(kind).map((c) => `force-app/main/default/objects/${object}/fields/HC_${c.column.name}__c.field-meta.xml`),
      ),
    );
    expect(fieldFiles.map((f) => f.path).sort()).toEqual(expected.sort());
  });

  it('writes well-formed metadata with labels that fit and tell the contexts apart', () => {
    const labelsByObject = new Map<string, string[]>();
    for (const file of fieldFiles) {
      expect(XMLValidator.validate(file.content)).toBe(true);
      const field = xml.parse(file.content).CustomField;
      expect(file.path).toContain(`/${field.fullName}.field-meta.xml`);
      expect(field.label.length).toBeLessThanOrEqual(labelLimit);
      expect(field.description.length).toBeLessThanOrEqual(1000);
      expect(field.inlineHelpText.length).toBeLessThanOrEqual(510);
      const object = file.path.split('/')[4];
      labelsByObject.set(object, [...(labelsByObject.get(object) ?? []), field.label]);
    }
    for (const labels of labelsByObject.values()) expect(new Set(labels).size).toBe(labels.length);
  });

  it('maps each column type to its Salesforce type', () => {
    const typeOf = (object: string, name: string) => xml.parse(fileAt(`force-app/main/default/objects/${object}/fields/${name}.field-meta.xml`)).CustomField;
    const payload = typeOf('Opportunity', 'HC_Handoff_Payload__c');
    expect(payload).toMatchObject({ type: 'LongTextArea', length: String(textLimits.salesforce), visibleLines: '5' });
    expect(typeOf('Lead', 'HC_Lead_Score__c')).toMatchObject({ type: 'Number', precision: '18', scale: '4' });
    expect(typeOf('Lead', 'HC_Lead_Score_Schema_Version__c')).toMatchObject({ type: 'Number', scale: '0' });
    expect(typeOf('Opportunity', 'HC_Handoff_Completeness__c')).toMatchObject({ type: 'Percent' });
    expect(typeOf('Opportunity', 'HC_Handoff_Reviewed_At__c')).toMatchObject({ type: 'DateTime' });
    expect(typeOf('Account', 'HC_Health_Band__c')).toMatchObject({ type: 'Text', length: '255' });
  });

  it('restricts each picklist to the values of its enum in the registry', () => {
    const picklists = registry.filter((f) => f.column?.type === 'picklist');
    expect(picklists.length).toBeGreaterThan(0);
    for (const f of picklists)
      for (const object of f.salesforce!.objects) {
        const field = xml.parse(fileAt(`force-app/main/default/objects/${object}/fields/${f.salesforce!.field}.field-meta.xml`)).CustomField;
        expect(field.valueSet.restricted).toBe('true');
        expect(field.valueSet.valueSetDefinition.value.map((v: { fullName: string }) => v.fullName)).toEqual(enumFromType(f.type));
      }
  });
});

describe('permission sets', () => {
  const permissionSet = (name: string) => xml.parse(fileAt(`force-app/main/default/permissionsets/${name}.permissionset-meta.xml`)).PermissionSet;
  const everyField = kinds
    .flatMap((kind) => contexts[kind].storage.salesforce.flatMap((o) => columnsOf(kind).map((c) => `${o}.HC_${c.column.name}__c`)))
    .sort();

  it('lets the reader read every HC field and the four objects, and edit nothing', () => {
    const reader = permissionSet('Handoff_Context_Reader');
    expect(reader.fieldPermissions.map((p: { field: string }) => p.field)).toEqual(everyField);
    expect(reader.fieldPermissions.every((p: any) => p.readable === 'true' && p.editable === 'false')).toBe(true);
    expect(reader.objectPermissions.map((p: any) => [p.object, p.allowRead, p.allowEdit, p.allowCreate, p.allowDelete])).toEqual([
      ['Account', 'true', 'false', 'false', 'false'],
      ['Contact', 'true', 'false', 'false', 'false'],
      ['Lead', 'true', 'false', 'false', 'false'],
      ['Opportunity', 'true', 'false', 'false', 'false'],
    ]);
  });

  // Who edits what, by the person who writes it (scripts/generate/permission-sets.ts).
  const editable = (name: string) =>
    permissionSet(name)
      .fieldPermissions.filter((p: any) => p.editable === 'true')
      .map((p: { field: string }) => p.field)
      .sort();
  const opportunity = (...names: string[]) => names.map((n) => `Opportunity.HC_${n}__c`);
  const onLeadAndContact = (...names: string[]) => ['Contact', 'Lead'].flatMap((o) => names.map((n) => `${o}.HC_${n}__c`));
  const review = opportunity('Handoff_Reviewed_At', 'Handoff_Reviewed_By', 'Handoff_Return_Reason', 'Handoff_Return_Note');
  const handoffDocument = opportunity(
    'Handoff_Payload',
    'Handoff_Submitted_Payload',
    'Handoff_Completeness',
    'Handoff_Schema_Version',
    'Handoff_ARR',
    'Handoff_Submitted_At',
  );
  const writerSets = ['Handoff_Context_Sales', 'Handoff_Context_Customer_Success', 'Handoff_Context_Integration'];

  it('lets each writer set read and edit only its own fields, and the records that carry them, without create, delete or view-all', () => {
    for (const name of writerSets) {
      const set = permissionSet(name);
      expect(set.fieldPermissions.every((p: any) => p.readable === 'true' && p.editable === 'true')).toBe(true);
      const objects = [...new Set(editable(name).map((f: string) => f.split('.')[0]))].sort();
      expect(set.objectPermissions.map((p: any) => p.object)).toEqual(objects);
      for (const p of set.objectPermissions)
        expect([p.allowRead, p.allowEdit, p.allowCreate, p.allowDelete, p.viewAllRecords, p.modifyAllRecords]).toEqual([
          'true',
          'true',
          'false',
          'false',
          'false',
          'false',
        ]);
      expect(set.description.length).toBeLessThanOrEqual(255);
    }
    expect(files.some((f) => f.path.includes('Handoff_Context_Editor'))).toBe(false);
  });

  it('lets sales edit feedback, disposition and the handoff document with its status, never the CS review or an AI score', () => {
    expect(editable('Handoff_Context_Sales')).toEqual(
      [...onLeadAndContact('Lead_Disposition', 'Lead_Score_Feedback'), ...handoffDocument, ...opportunity('Handoff_Status')].sort(),
    );
    for (const field of review) expect(editable('Handoff_Context_Sales')).not.toContain(field);
  });

  it('lets customer success edit the review of a handoff and its status, never the handoff document or its frozen copy', () => {
    expect(editable('Handoff_Context_Customer_Success')).toEqual([...review, ...opportunity('Handoff_Status')].sort());
    for (const field of handoffDocument) expect(editable('Handoff_Context_Customer_Success')).not.toContain(field);
  });

  it('lets integration users edit the AI documents and their report columns, nothing people write', () => {
    const expected = kinds
      .filter((kind) => kind !== 'sales-to-cs')
      .flatMap((kind) =>
        contexts[kind].storage.salesforce.flatMap((o) =>
          columnsOf(kind)
            .filter((c) => !c.path || c.column.role === 'mirror')
            .map((c) => `${o}.HC_${c.column.name}__c`),
        ),
      )
      .sort();
    expect(editable('Handoff_Context_Integration')).toEqual(expected);
    for (const own of registry.filter((f) => f.column?.role === 'own'))
      for (const object of own.salesforce!.objects) expect(editable('Handoff_Context_Integration')).not.toContain(`${object}.${own.salesforce!.field}`);
  });

  it('follows the registry: an own column is edited by its owning team, and every field by someone', () => {
    const setOf = { sales: 'Handoff_Context_Sales', 'customer-success': 'Handoff_Context_Customer_Success' } as Record<string, string>;
    for (const own of registry.filter((f) => f.column?.role === 'own'))
      for (const object of own.salesforce!.objects) expect(editable(setOf[own.owner])).toContain(`${object}.${own.salesforce!.field}`);
    const editors = (field: string) => writerSets.filter((name) => editable(name).includes(field));
    for (const field of everyField) expect(editors(field).length).toBeGreaterThan(0);
    // The one column two teams move: sales to draft and submitted, CS to accepted and returned.
    expect(everyField.filter((field) => editors(field).length > 1)).toEqual(['Opportunity.HC_Handoff_Status__c']);
  });

  it('lets every column a card or a scoring job writes be edited by exactly the set its users get', () => {
    const setsWriting = new Map<string, Set<string>>();
    for (const write of writes)
      for (const field of fieldsWritten(write)) {
        expect({ field, by: write.by, what: write.what, editable: editable(write.permissionSet).includes(field) }).toEqual({
          field,
          by: write.by,
          what: write.what,
          editable: true,
        });
        setsWriting.set(field, (setsWriting.get(field) ?? new Set()).add(write.permissionSet));
      }
    for (const field of everyField)
      expect({ field, editedBy: writerSets.filter((name) => editable(name).includes(field)) }).toEqual({
        field,
        editedBy: writerSets.filter((name) => setsWriting.get(field)?.has(name)),
      });
  });
});

describe('HubSpot property definitions', () => {
  const byType = properties();
  const groups = propertyGroups();

  it('defines, on each object type, the property of every column of the contexts stored there', () => {
    for (const kind of kinds)
      for (const objectType of contexts[kind].storage.hubspot) {
        const names = byType[objectType].map((p) => p.name);
        for (const c of columnsOf(kind)) expect(names).toContain(`hc_${c.column.name.toLowerCase()}`);
      }
    for (const list of Object.values(byType)) expect(new Set(list.map((p) => p.name)).size).toBe(list.length);
  });

  it('uses the registry property names and valid type / fieldType pairs, in groups that exist', () => {
    const pairs = new Set(['string/textarea', 'string/text', 'number/number', 'datetime/date', 'date/date', 'enumeration/select']);
    for (const [objectType, list] of Object.entries(byType))
      for (const p of list) {
        expect(pairs).toContain(`${p.type}/${p.fieldType}`);
        expect(groups[objectType as keyof typeof groups].map((g) => g.name)).toContain(p.groupName);
        expect(p.name).toMatch(/^hc_[a-z0-9_]+$/);
      }
    for (const f of registry.filter((r) => r.hubspot))
      for (const objectType of f.hubspot!.objectTypes) expect(byType[objectType as keyof typeof byType].map((p) => p.name)).toContain(f.hubspot!.property);
  });

  it('gives an enumeration the options of its enum', () => {
    const status = byType.deals.find((p) => p.name === 'hc_handoff_status')!;
    expect(status.type).toBe('enumeration');
    expect(status.options!.map((o) => o.value)).toEqual(['draft', 'submitted', 'accepted', 'returned']);
  });

  it('writes the files the setup script sends', () => {
    const file = JSON.parse(fileAt('hubspot-project/setup/properties.json'));
    expect(file.byObjectType).toEqual(JSON.parse(JSON.stringify(byType)));
    expect(JSON.parse(fileAt('hubspot-project/setup/property-groups.json')).byObjectType).toEqual(groups);
  });
});

describe('JSON Schemas', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);

  it.each(kinds)('%s: compiles, accepts a valid payload and rejects a broken one', (kind) => {
    const schema = JSON.parse(fileAt(`docs/schemas/${kind}.schema.json`));
    expect(schema).toEqual(jsonSchemaOf(kind));
    expect(schema.$id).toContain(kind);
    const validate = ajv.compile(schema);
    const payload = fixture(kind);
    expect(validate(payload)).toBe(true);
    expect(validate({ ...payload, schemaVersion: contexts[kind].version + 1 })).toBe(false);
    const firstRequired = fieldsOf(kind).find((f) => f.required && f.path !== 'schemaVersion' && !f.path.includes('.'))!;
    const { [firstRequired.path]: _dropped, ...withoutIt } = payload;
    expect(validate(withoutIt)).toBe(false);
    expect(validate({ ...payload, [firstRequired.path]: 'not this' })).toBe(false);
  });

  it('titles every field from the registry', () => {
    const text = fileAt('docs/schemas/sales-to-cs.schema.json');
    for (const f of fieldsOf('sales-to-cs')) expect(text).toContain(JSON.stringify(f.description));
  });
});

describe('the field dictionary', () => {
  it('lists every field of every context with its storage names, and says how to regenerate it', () => {
    const page = fileAt('docs/fields.md');
    expect(page).toContain('npm run generate');
    for (const f of registry) expect(page).toContain(`| \`${f.path}\` | ${f.title} |`);
    for (const f of registry.filter((r) => r.salesforce)) expect(page).toContain(f.salesforce!.field);
  });
});

describe('the Salesforce API version', () => {
  it('is the one sfdx-project.json declares', () => {
    const { salesforceApiVersion } = require('../scripts/salesforce-api-version');
    const project = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8'));
    expect(project.sourceApiVersion).toBe(salesforceApiVersion);
  });
});

it('derives every platform column label from the registry', () => {
  expect(allPlatformColumns().length).toBe(kinds.reduce((n, k) => n + columnsOf(k).length, 0));
});

describe('custom labels from the message catalog', () => {
  const { catalog, labelName } = require('../shared/src/i18n/catalog');
  const keys = Object.keys(catalog.en).sort();

  it('defines one English label per catalog key, with its value', () => {
    const { labels } = xml.parse(fileAt('force-app/main/default/labels/CustomLabels.labels-meta.xml')).CustomLabels;
    expect(labels.map((l: any) => l.fullName)).toEqual(keys.map(labelName));
    for (const label of labels) {
      const key = keys[keys.map(labelName).indexOf(label.fullName)];
      expect(label).toMatchObject({ language: 'en_US', protected: 'false', value: catalog.en[key] });
      expect(label.shortDescription.length).toBeLessThanOrEqual(80);
      expect(label.value.length).toBeLessThanOrEqual(1000);
    }
  });

  it('translates every label into French', () => {
    const { customLabels } = xml.parse(fileAt('force-app/main/default/translations/fr.translation-meta.xml')).Translations;
    expect(customLabels.map((l: any) => [l.name, l.label])).toEqual(keys.map((k) => [labelName(k), catalog.fr[k]]));
  });

  it('gives the cards every label through c/handoffLabels, keyed like the catalog', () => {
    const js = fileAt('force-app/main/default/lwc/handoffLabels/handoffLabels.js');
    const imports = [...js.matchAll(/^import (\w+) from '@salesforce\/label\/c\.(\w+)';$/gm)];
    expect(imports.map((m) => m[1])).toEqual(keys.map(labelName));
    expect(imports.every((m) => m[1] === m[2])).toBe(true);
    const entries = [...js.matchAll(/^ {4}("[^"]+"): (\w+),$/gm)].map((m) => [JSON.parse(m[1]), m[2]]);
    expect(entries).toEqual(keys.map((k) => [k, labelName(k)]));
    expect(fileAt('force-app/main/default/lwc/handoffLabels/handoffLabels.js-meta.xml')).toContain('<isExposed>false</isExposed>');
  });
});
