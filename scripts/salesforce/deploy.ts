/**
 * npm run deploy:salesforce -- --target-org <alias> [--map-lead-fields]
 *
 * Deploys force-app (fields, permission sets, labels and translations, the cards) and assigns the
 * Handoff Context Editor permission set to the deploying user. `--map-lead-fields` also deploys the
 * Lead → Contact conversion mapping of the lead-score fields (org-wide settings: it sets the org's
 * custom field mapping from Lead to Contact, so check Setup first if your org already maps fields).
 */
import path from 'node:path';
import { check, requireAuthorisedOrg, requireOption, runMain, sf } from './sf';

const root = path.resolve(__dirname, '..', '..');

export async function deploy(args: string[]): Promise<void> {
  const org = requireOption(args, 'target-org', 'o', 'deploy:salesforce');
  requireAuthorisedOrg(org, 'target-org', { cwd: root });
  console.log(`Deploying force-app to ${org}…`);
  const deployed = check('Deploy', sf(['project', 'deploy', 'start', '--source-dir', 'force-app', '--target-org', org, '--wait', '30'], { cwd: root }));
  const count = deployed.result?.files?.length;
  console.log(`Deployed${typeof count === 'number' ? ` ${count} files` : ''}.`);
  if (args.includes('--map-lead-fields')) {
    check('Lead field mapping', sf(['project', 'deploy', 'start', '--source-dir', 'org-settings', '--target-org', org, '--wait', '30'], { cwd: root }));
    console.log('Mapped the lead-score fields from Lead to Contact for lead conversion.');
  }
  check('Assigning Handoff_Context_Editor', sf(['org', 'assign', 'permset', '--name', 'Handoff_Context_Editor', '--target-org', org], { cwd: root }));
  console.log('Assigned the Handoff Context Editor permission set to you.');
  console.log(
    [
      '',
      'Next:',
      '  • Give reps and CS managers Handoff Context Reader, and AEs Handoff Context Editor:',
      `      sf org assign permset --name Handoff_Context_Reader --on-behalf-of <username> --target-org ${org}`,
      '  • Place the cards on Lead, Contact, Opportunity and Account pages in Lightning App Builder (docs/salesforce.md).',
      `  • Load the sample book: npm run seed:salesforce -- --target-org ${org}`,
      ...(args.includes('--map-lead-fields') ? [] : ['  • Map the lead-score fields for lead conversion: add --map-lead-fields, or map them in Setup (docs/salesforce.md).']),
    ].join('\n'),
  );
}

if (require.main === module) runMain(deploy);
