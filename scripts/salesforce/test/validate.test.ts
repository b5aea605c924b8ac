/** npm run validate, Salesforce part: passes on the project, fails when a field a card reads is removed. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateSalesforce } from '../validate';
import { fieldsCardsRead } from '../checks/fields';
import { readProject } from '../project';

const root = path.resolve(__dirname, '..', '..', '..');
let copy: string;

beforeAll(() => {
  copy = mkdtempSync(path.join(os.tmpdir(), 'hc-validate-'));
  for (const part of ['force-app', 'org-settings', 'sfdx-project.json', 'docs/salesforce.md'])
    cpSync(path.join(root, part), path.join(copy, part), { recursive: true, filter: (source) => !source.includes('__tests__') });
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

// ESLint resolves its plugins next to the config, so the copy is checked without it; the real
// project is linted by npm run validate itself.
const lintless = { lint: false };

it('finds the fields each card reads, from the registry and schema imports', () => {
  const reads = fieldsCardsRead(readProject(root)).map((r) => r.field);
  expect(reads).toEqual(expect.arrayContaining(['Lead.HC_Lead_Score_Feedback__c', 'Contact.HC_Lead_Score_Payload__c', 'Opportunity.HC_Handoff_Submitted_Payload__c', 'Account.HC_Health_Payload__c']));
});

it('passes on the project as committed', async () => {
  const report = await validateSalesforce(copy, lintless);
  expect(report.findings).toEqual([]);
}, 120_000);

it('fails, naming the field and the card, when a field a card reads is removed', async () => {
  rmSync(path.join(copy, 'force-app/main/default/objects/Lead/fields/HC_Lead_Score_Feedback__c.field-meta.xml'));
  const report = await validateSalesforce(copy, lintless);
  const messages = report.findings.map((f) => f.message).join('\n');
  expect(messages).toContain('Lead.HC_Lead_Score_Feedback__c is read by force-app/main/default/lwc/handoffLeadScore/handoffLeadScore.js but does not exist in force-app');
}, 120_000);

it('fails when a permission set stops granting a field', async () => {
  const file = path.join(copy, 'force-app/main/default/permissionsets/Handoff_Context_Reader.permissionset-meta.xml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('<field>Account.HC_Health_Payload__c</field>', '<field>Account.HC_Not_A_Field__c</field>'));
  const report = await validateSalesforce(copy, lintless);
  expect(report.findings.map((f) => f.message)).toContain(
    'Account.HC_Health_Payload__c is read by force-app/main/default/lwc/handoffCustomerHealth/handoffCustomerHealth.js but Handoff_Context_Reader does not grant read',
  );
}, 120_000);
