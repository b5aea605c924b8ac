/**
 * npm run validate, Salesforce part: passes on the project, fails when a field a card reads is removed
 * or when a permission set grants a writer more, or less, than what that writer's cards write.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateSalesforce } from '../validate';
import { checkBuildOrg } from '../checks/build-org';
import { fieldsCardsRead } from '../checks/fields';
import { checkMetadataXml } from '../checks/metadata-xml';
import { checkWorkflow } from '../checks/workflow';
import { checkPermissionSetNames, checkWrites } from '../checks/writes';
import { readProject } from '../project';

const root = path.resolve(__dirname, '..', '..', '..');
let copy: string;

beforeAll(() => {
  copy = mkdtempSync(path.join(os.tmpdir(), 'hc-validate-'));
  for (const part of ['force-app', 'org-settings', 'sfdx-project.json', 'config', 'docs/salesforce.md'])
    cpSync(path.join(root, part), path.join(copy, part), { recursive: true, filter: (source) => !source.includes('__tests__') });
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

// ESLint resolves its plugins next to the config, so the copy is checked without it; the real
// project is linted by npm run validate itself.
const lintless = { lint: false };

it('finds the fields each card reads, from the registry and schema imports', () => {
  const reads = fieldsCardsRead(readProject(root)).map((r) => r.field);
  expect(reads).toEqual(
    expect.arrayContaining([
      'Lead.HC_Lead_Score_Feedback__c',
      'Contact.HC_Lead_Score_Payload__c',
      'Opportunity.HC_Handoff_Submitted_Payload__c',
      'Account.HC_Health_Payload__c',
    ]),
  );
});

it('passes on the project as committed', async () => {
  const report = await validateSalesforce(copy, lintless);
  expect(report.findings).toEqual([]);
}, 120_000);

describe('the handoff workflow in the org', () => {
  const rulesDir = 'force-app/main/default/objects/Opportunity/validationRules';
  let other: string;
  beforeEach(() => {
    other = mkdtempSync(path.join(os.tmpdir(), 'hc-workflow-'));
    cpSync(path.join(root, rulesDir), path.join(other, rulesDir), { recursive: true });
    cpSync(path.join(root, 'sfdx-project.json'), path.join(other, 'sfdx-project.json'));
  });
  afterEach(() => rmSync(other, { recursive: true, force: true }));

  it('is enforced by the validation rules as committed, for every role, stage and change', () => {
    const result = checkWorkflow(readProject(other));
    expect(result.findings).toEqual([]);
    expect(result.saves).toBe(3 * 5 * 6); // roles (and neither) × stages × (4 other stages, an edit, a copy rewrite)
  });

  it('names the save a rule no longer refuses: a rep marking their draft accepted', () => {
    const file = path.join(other, rulesDir, 'HC_Handoff_Status_Change.validationRule-meta.xml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<active>true</active>', '<active>false</active>'));
    const messages = checkWorkflow(readProject(other)).findings.map((f) => f.message);
    expect(messages).toContain('Opportunity: no validation rule refuses what the workflow forbids: sales moves a handoff from draft to accepted');
  });

  it('names the save a rule wrongly refuses', () => {
    const file = path.join(other, rulesDir, 'HC_Handoff_Locked_In_Review.validationRule-meta.xml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('&quot;accepted&quot;', '&quot;draft&quot;'));
    const messages = checkWorkflow(readProject(other)).findings.map((f) => f.message);
    expect(messages).toContain('Opportunity: HC_Handoff_Locked_In_Review refuses what the workflow allows: sales edits the handoff while it is draft');
    expect(messages).toContain('Opportunity: no validation rule refuses what the workflow forbids: sales edits the handoff while it is accepted');
  });

  it('refuses a rule it cannot evaluate', () => {
    const file = path.join(other, rulesDir, 'HC_Handoff_Frozen_Copy.validationRule-meta.xml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('NOT(', 'BLANKVALUE('));
    expect(checkWorkflow(readProject(other)).findings[0].message).toMatch(/cannot be evaluated \(the function BLANKVALUE is not one this check knows\)/);
  });
});

it('names a misspelt, misplaced or mistyped element of a metadata file, and a missing required one', () => {
  const other = mkdtempSync(path.join(os.tmpdir(), 'hc-xml-'));
  try {
    const fields = 'force-app/main/default/objects/Lead/fields';
    const sets = 'force-app/main/default/permissionsets';
    cpSync(path.join(root, fields), path.join(other, fields), { recursive: true });
    cpSync(path.join(root, sets), path.join(other, sets), { recursive: true });
    cpSync(path.join(root, 'sfdx-project.json'), path.join(other, 'sfdx-project.json'));
    expect(checkMetadataXml(readProject(other)).findings).toEqual([]);
    const field = path.join(other, fields, 'HC_Lead_Score_Band__c.field-meta.xml');
    writeFileSync(
      field,
      readFileSync(field, 'utf8')
        .replace('<trackHistory>', '<trackHistroy>')
        .replace('</trackHistory>', '</trackHistroy>')
        .replace('<length>255</length>', '<length>long</length>'),
    );
    const set = path.join(other, sets, 'Handoff_Context_Reader.permissionset-meta.xml');
    writeFileSync(
      set,
      readFileSync(set, 'utf8')
        .replace(/<label>.*<\/label>/, '')
        .replace('<readable>true</readable>', '<readable>yes</readable>'),
    );
    expect(checkMetadataXml(readProject(other)).findings.map((f) => f.message)).toEqual([
      `${fields}/HC_Lead_Score_Band__c.field-meta.xml: CustomField/length is "long", not a number`,
      `${fields}/HC_Lead_Score_Band__c.field-meta.xml: CustomField/trackHistroy is not an element of CustomField`,
      `${sets}/Handoff_Context_Reader.permissionset-meta.xml: PermissionSet/fieldPermissions[1]/readable is "yes", not true or false`,
      `${sets}/Handoff_Context_Reader.permissionset-meta.xml: PermissionSet lacks label, which PermissionSet requires`,
    ]);
  } finally {
    rmSync(other, { recursive: true, force: true });
  }
});

it('fails when the package build org would lack Translation Workbench', () => {
  const other = mkdtempSync(path.join(os.tmpdir(), 'hc-build-org-'));
  try {
    for (const part of ['force-app/main/default/translations', 'sfdx-project.json', 'config'])
      cpSync(path.join(root, part), path.join(other, part), { recursive: true });
    expect(checkBuildOrg(readProject(other)).findings).toEqual([]);
    writeFileSync(path.join(other, 'config/project-scratch-def.json'), JSON.stringify({ edition: 'Developer', settings: {} }));
    expect(checkBuildOrg(readProject(other)).findings.map((f) => f.message)).toEqual([
      'config/project-scratch-def.json does not set settings.languageSettings.enableTranslationWorkbench to true, and force-app has translations: the version build would fail',
    ]);
    const project = JSON.parse(readFileSync(path.join(other, 'sfdx-project.json'), 'utf8'));
    delete project.packageDirectories[0].definitionFile;
    writeFileSync(path.join(other, 'sfdx-project.json'), JSON.stringify(project));
    expect(checkBuildOrg(readProject(other)).findings.map((f) => f.message)[0]).toMatch(/names no definitionFile for the package "Handoff Context"/);
  } finally {
    rmSync(other, { recursive: true, force: true });
  }
});

it('fails, naming the field and the card, when a field a card reads is removed', async () => {
  rmSync(path.join(copy, 'force-app/main/default/objects/Lead/fields/HC_Lead_Score_Feedback__c.field-meta.xml'));
  const report = await validateSalesforce(copy, lintless);
  const messages = report.findings.map((f) => f.message).join('\n');
  expect(messages).toContain(
    'Lead.HC_Lead_Score_Feedback__c is read by force-app/main/default/lwc/handoffLeadScore/handoffLeadScore.js but does not exist in force-app',
  );
}, 120_000);

it('fails when a permission set stops granting a field', async () => {
  const file = path.join(copy, 'force-app/main/default/permissionsets/Handoff_Context_Reader.permissionset-meta.xml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('<field>Account.HC_Health_Payload__c</field>', '<field>Account.HC_Not_A_Field__c</field>'));
  const report = await validateSalesforce(copy, lintless);
  expect(report.findings.map((f) => f.message)).toContain(
    // The handoff card on an Opportunity reads its account's health too, for the warnings before submit.
    'Account.HC_Health_Payload__c is read by force-app/main/default/lwc/handoffCustomerHealth/handoffCustomerHealth.js, force-app/main/default/lwc/handoffSalesToCs/handoffSalesToCs.js but Handoff_Context_Reader does not grant read',
  );
}, 120_000);

describe('who may edit what (checks/writes.ts)', () => {
  /** A fresh copy of force-app changed by `change`, checked for writes only (no conversion: fast). */
  function writeFindings(change: (dir: string) => void): string[] {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hc-writes-'));
    try {
      for (const part of ['force-app', 'sfdx-project.json'])
        cpSync(path.join(root, part), path.join(dir, part), { recursive: true, filter: (source) => !source.includes('__tests__') });
      change(dir);
      const project = readProject(dir);
      return [...checkWrites(project).findings, ...checkPermissionSetNames(project)].map((f) => f.message);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const permissionSetFile = (dir: string, name: string) => path.join(dir, `force-app/main/default/permissionsets/${name}.permissionset-meta.xml`);
  const edit = (file: string, from: string, to: string) => {
    const text = readFileSync(file, 'utf8');
    if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
    writeFileSync(file, text.replace(from, to));
  };
  /** Adds a field grant to a permission set file. */
  const grant = (dir: string, name: string, field: string) =>
    edit(
      permissionSetFile(dir, name),
      '<hasActivationRequired>',
      `<fieldPermissions><editable>true</editable><field>${field}</field><readable>true</readable></fieldPermissions>\n    <hasActivationRequired>`,
    );
  const revoke = (dir: string, name: string, field: string) =>
    edit(permissionSetFile(dir, name), `<field>${field}</field>`, '<field>Opportunity.HC_Not_A_Field__c</field>');

  it('fails when the Sales set could overwrite CS’s review', () => {
    expect(writeFindings((dir) => grant(dir, 'Handoff_Context_Sales', 'Opportunity.HC_Handoff_Return_Note__c'))).toContain(
      "Handoff_Context_Sales grants edit on Opportunity.HC_Handoff_Return_Note__c, which none of its users' writes sets",
    );
  });

  it('fails when the Sales set could overwrite an AI score', () => {
    expect(writeFindings((dir) => grant(dir, 'Handoff_Context_Sales', 'Opportunity.HC_Win_Probability__c'))).toContain(
      "Handoff_Context_Sales grants edit on Opportunity.HC_Win_Probability__c, which none of its users' writes sets",
    );
  });

  it('fails when the Customer Success set could rewrite the AE’s handoff', () => {
    expect(writeFindings((dir) => grant(dir, 'Handoff_Context_Customer_Success', 'Opportunity.HC_Handoff_Payload__c'))).toContain(
      "Handoff_Context_Customer_Success grants edit on Opportunity.HC_Handoff_Payload__c, which none of its users' writes sets",
    );
  });

  it('fails, naming the card and the action, when a set stops granting what its users write', () => {
    const messages = writeFindings((dir) => revoke(dir, 'Handoff_Context_Customer_Success', 'Opportunity.HC_Handoff_Reviewed_By__c'));
    expect(messages).toContain(
      'handoffSalesToCs writes Opportunity.HC_Handoff_Reviewed_By__c to accept a handoff (on the Account, writing the won Opportunity), but Handoff_Context_Customer_Success (for CS managers) does not grant edit on it',
    );
    expect(writeFindings((dir) => revoke(dir, 'Handoff_Context_Sales', 'Lead.HC_Lead_Score_Feedback__c'))).toContain(
      'handoffLeadScore writes Lead.HC_Lead_Score_Feedback__c to give feedback on a lead score, but Handoff_Context_Sales (for reps and AEs) does not grant edit on it',
    );
  });

  it('fails when a writer set grants Edit on an object where it edits no field, or create', () => {
    const messages = writeFindings((dir) => {
      edit(permissionSetFile(dir, 'Handoff_Context_Customer_Success'), '<allowCreate>false</allowCreate>', '<allowCreate>true</allowCreate>');
      edit(
        permissionSetFile(dir, 'Handoff_Context_Integration'),
        '<object>Account</object>',
        '<object>Account</object>\n    </objectPermissions>\n    <objectPermissions>\n        <allowCreate>false</allowCreate>\n        <allowDelete>false</allowDelete>\n        <allowEdit>true</allowEdit>\n        <allowRead>true</allowRead>\n        <modifyAllRecords>false</modifyAllRecords>\n        <object>Case</object>\n        <viewAllRecords>false</viewAllRecords>',
      );
    });
    expect(messages).toContain('Handoff_Context_Customer_Success grants more than read and edit on Opportunity');
    expect(messages).toContain('Handoff_Context_Integration grants Edit on Case, where it edits no field');
  });

  it('fails when a card calls a core write nobody said who uses', () => {
    const card = (dir: string) => path.join(dir, 'force-app/main/default/lwc/handoffDealRisk/handoffDealRisk.js');
    const messages = writeFindings((dir) => edit(card(dir), "from 'c/handoffCore'", "from 'c/handoffCore';\nimport { addFeedback } from 'c/handoffCore'"));
    expect(messages).toContain(
      'force-app/main/default/lwc/handoffDealRisk/handoffDealRisk.js calls addFeedback, but scripts/salesforce/checks/writes.ts does not say who uses it or which permission set they get',
    );
  });

  it('fails when a card names a permission set that does not exist', () => {
    const support = (dir: string) => path.join(dir, 'force-app/main/default/lwc/handoffCardSupport/handoffCardSupport.js');
    const messages = writeFindings((dir) => edit(support(dir), "= 'Handoff Context Sales'", "= 'Handoff Context Editor'"));
    expect(messages).toContain(
      'force-app/main/default/lwc/handoffCardSupport/handoffCardSupport.js: SALES_PERMISSION_SET names "Handoff Context Editor", which is not the label of a Handoff Context permission set',
    );
  });
});
