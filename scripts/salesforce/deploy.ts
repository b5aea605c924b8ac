/**
 * npm run deploy:salesforce -- --target-org <alias> [--map-lead-fields]
 *
 * Deploys force-app (fields, permission sets, labels and translations, the cards) and assigns every
 * Handoff Context permission set to the deploying user, who tries each card's role and may load the
 * sample book (which writes every field). Other users get only their own role's sets: the next
 * steps printed say which. `--map-lead-fields` also deploys the
 * Lead → Contact conversion mapping of the lead-score fields (org-wide settings: it sets the org's
 * custom field mapping from Lead to Contact, so check Setup first if your org already maps fields).
 */
import path from 'node:path';
import { permissionSets, readerSet, writerSets } from '../generate/permission-sets';
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
  const names = permissionSets.map((set) => set.name);
  check('Assigning the permission sets', sf(['org', 'assign', 'permset', ...names.flatMap((name) => ['--name', name]), '--target-org', org], { cwd: root }));
  console.log(`Assigned ${permissionSets.map((set) => set.label).join(', ')} to you.`);
  const assign = (...sets: Array<{ name: string }>) =>
    `      sf org assign permset ${sets.map((set) => `--name ${set.name}`).join(' ')} --on-behalf-of <username> --target-org ${org}`;
  console.log(
    [
      '',
      'Next:',
      `  • Give everyone who sees the cards ${readerSet.label}, and each writer the set of their role:`,
      `    ${writerSets.sales.audience}:`,
      assign(readerSet, writerSets.sales),
      `    ${writerSets['customer-success'].audience}:`,
      assign(readerSet, writerSets['customer-success']),
      `    ${writerSets.integration.audience}:`,
      assign(writerSets.integration),
      '  • Place the cards on Lead, Contact, Opportunity and Account pages in Lightning App Builder (docs/salesforce.md).',
      `  • Load the sample book: npm run seed:salesforce -- --target-org ${org}`,
      ...(args.includes('--map-lead-fields')
        ? []
        : ['  • Map the lead-score fields for lead conversion: add --map-lead-fields, or map them in Setup (docs/salesforce.md).']),
    ].join('\n'),
  );
}

if (require.main === module) runMain(deploy);
