/**
 * Offline checks of the Salesforce package (what a deploy to an org would find):
 *   - force-app converts to Metadata API format with source-deploy-retrieve;
 *   - every Lightning web component compiles with the LWC compiler;
 *   - ESLint with Salesforce's LWC rules is clean;
 *   - every field a card reads exists in force-app and the Reader permission set grants it;
 *   - every field a card or a scoring job writes is editable in the permission set its users get,
 *     each writer set edits exactly that, and the sets the cards name in messages exist;
 *   - every object a card targets exists;
 *   - the lead conversion mapping is what the registry produces;
 *   - the package's build org definition turns on what force-app needs (Translation Workbench);
 *   - the validation rules refuse exactly the handoff saves the core's workflow forbids;
 *   - every metadata XML file holds only elements of its Metadata API type, spelled as the API reads them.
 * Run through scripts/validate.mjs (npm run validate); exits 1 when anything is found.
 */
import { checkBuildOrg } from './checks/build-org';
import { checkCompile } from './checks/compile';
import { checkConversion } from './checks/convert';
import { checkFields } from './checks/fields';
import { checkLint } from './checks/lint';
import { checkMetadataXml } from './checks/metadata-xml';
import { checkTargets } from './checks/targets';
import { checkWorkflow } from './checks/workflow';
import { checkPermissionSetNames, checkWrites } from './checks/writes';
import { leadConversionDrift } from './lead-conversion';
import { type Finding, readProject, repoRoot } from './project';

export interface Report {
  findings: Finding[];
  passed: string[];
}

export async function validateSalesforce(root = repoRoot, options: { lint?: boolean } = {}): Promise<Report> {
  const project = readProject(root);
  const findings: Finding[] = [];
  const passed: string[] = [];
  const step = (name: string, found: Finding[], summary: string) => {
    findings.push(...found);
    if (found.length === 0) passed.push(`${name}: ${summary}`);
  };

  const converted = await checkConversion(project);
  step('convert', converted.findings, `${converted.components} components convert to Metadata API format`);
  const compiled = checkCompile(project);
  step('compile', compiled.findings, `${compiled.files} component files compile`);
  if (options.lint !== false) step('lint', await checkLint(project), 'ESLint (LWC recommended) is clean');
  const fields = checkFields(project);
  step('fields', fields.findings, `${fields.fields} fields the cards read exist and the Reader set grants them`);
  const written = checkWrites(project);
  const named = checkPermissionSetNames(project);
  step('writes', [...written.findings, ...named], `the ${written.writes} kinds of write by cards and jobs are editable in exactly their users' permission set`);
  const targets = checkTargets(project);
  step('targets', targets.findings, `the ${targets.exposed} cards target objects that exist`);
  const drift = leadConversionDrift(root);
  step('lead conversion', drift ? [{ check: 'lead conversion', message: drift }] : [], 'the Lead → Contact mapping matches the registry');
  const buildOrg = checkBuildOrg(project);
  step('build org', buildOrg.findings, `${buildOrg.definition} turns on Translation Workbench for the package's translations`);
  const xml = checkMetadataXml(project);
  step('metadata xml', xml.findings, `${xml.files} metadata files hold only elements of their Metadata API type`);
  const workflow = checkWorkflow(project);
  step('workflow', workflow.findings, `the validation rules allow exactly what the handoff workflow allows, over ${workflow.saves} kinds of save`);
  return { findings, passed };
}

async function main(): Promise<number> {
  const rootArgument = process.argv.indexOf('--root');
  const root = rootArgument > 0 ? process.argv[rootArgument + 1] : repoRoot;
  const { findings, passed } = await validateSalesforce(root);
  for (const line of passed) console.log(`  ✓ ${line}`);
  for (const finding of findings) console.error(`  ✗ ${finding.check}: ${finding.message}`);
  return findings.length === 0 ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      console.error(`Salesforce validation failed to run: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
