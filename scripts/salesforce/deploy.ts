/**
 * npm run deploy:salesforce -- --target-org <alias> [--map-lead-fields] [--skip-translations]
 *
 * Deploys force-app (fields, permission sets, labels, the cards), then its translations as a step of
 * their own, and assigns every Handoff Context permission set to the deploying user, who tries each
 * card's role and may load the sample book (which writes every field). Other users get only their own
 * role's sets: the next steps printed say which. Running it again is safe: a set already assigned is
 * not an error.
 *
 * Translations need Translation Workbench, which orgs have off by default: when their step fails, the
 * cards are deployed all the same (in English for everyone) and the admin is told how to turn it on.
 * `--skip-translations` leaves that step out. `--map-lead-fields` also deploys the Lead → Contact
 * conversion mapping of the lead-score fields (org-wide settings: it sets the org's custom field
 * mapping from Lead to Contact, so check Setup first if your org already maps fields).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { permissionSets, readerSet, writerSets } from '../generate/permission-sets';
import { translationFolders } from './project';
import { AdminError, check, requireAuthorisedOrg, requireOption, runMain, sf, type SfResult } from './sf';

const root = path.resolve(__dirname, '..', '..');
const metadataDir = 'force-app/main/default';

/** The metadata folders to deploy, the ones needing Translation Workbench apart. */
export function sourceFolders(cwd = root): { main: string[]; translations: string[] } {
  const folders = readdirSync(path.join(cwd, metadataDir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const dir = (name: string) => `${metadataDir}/${name}`;
  return {
    main: folders.filter((name) => !translationFolders.includes(name)).map(dir),
    translations: folders.filter((name) => translationFolders.includes(name)).map(dir),
  };
}

const deployStart = (dirs: string[], org: string) => [
  'project',
  'deploy',
  'start',
  ...dirs.flatMap((dir) => ['--source-dir', dir]),
  '--target-org',
  org,
  '--wait',
  '30',
];

/** A permission set assignment that failed only because the user already has the sets. */
export function onlyAlreadyAssigned(result: SfResult): boolean {
  const failures: Array<{ message?: string }> = result.result?.failures ?? [];
  return failures.length > 0 && failures.every((failure) => /Duplicate PermissionSetAssignment/i.test(failure.message ?? ''));
}

function deployTranslations(dirs: string[], org: string): void {
  console.log('Deploying the French translation…');
  const result = sf(deployStart(dirs, org), { cwd: root });
  if (result.status === 0) {
    console.log('Deployed the French translation.');
    return;
  }
  console.warn(
    [
      `The French translation was not deployed${result.message ? ` (${result.message})` : ''}.`,
      'Translations need Translation Workbench, which is off in most orgs. The cards are deployed and work;',
      'everyone sees them in English until you turn it on:',
      '  1. Setup → Translation Language Settings → Enable.',
      '  2. Setup → Translation Language Settings → Add: French, Active.',
      `  3. Run again: npm run deploy:salesforce -- --target-org ${org}`,
      'Or leave this step out with --skip-translations.',
    ].join('\n'),
  );
}

export async function deploy(args: string[]): Promise<void> {
  const org = requireOption(args, 'target-org', 'o', 'deploy:salesforce');
  requireAuthorisedOrg(org, 'target-org', { cwd: root });
  const folders = sourceFolders();
  console.log(`Deploying force-app to ${org}…`);
  const deployed = check('Deploy', sf(deployStart(folders.main, org), { cwd: root }));
  const count = deployed.result?.files?.length;
  console.log(`Deployed${typeof count === 'number' ? ` ${count} files` : ''}.`);
  if (folders.translations.length && !args.includes('--skip-translations')) deployTranslations(folders.translations, org);
  if (args.includes('--map-lead-fields')) {
    check('Lead field mapping', sf(deployStart(['org-settings'], org), { cwd: root }));
    console.log('Mapped the lead-score fields from Lead to Contact for lead conversion.');
  }
  const names = permissionSets.map((set) => set.name);
  const assigned = sf(['org', 'assign', 'permset', ...names.flatMap((name) => ['--name', name]), '--target-org', org], { cwd: root });
  if (assigned.status !== 0 && !onlyAlreadyAssigned(assigned)) {
    const failures: Array<{ message?: string }> = assigned.result?.failures ?? [];
    throw new AdminError(`Assigning the permission sets failed: ${failures.map((f) => f.message).join('; ') || assigned.message || 'no reason given'}`);
  }
  const already = assigned.result?.failures?.length ?? 0;
  console.log(`Assigned ${permissionSets.map((set) => set.label).join(', ')} to you${already ? ` (${already} of them you already had)` : ''}.`);
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
