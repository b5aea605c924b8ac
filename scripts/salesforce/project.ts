/** The Salesforce project as the offline checks see it: where things are, and what a finding is. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');

/** The metadata folders that need Translation Workbench in the org they are deployed or packaged to. */
export const translationFolders = ['translations', 'objectTranslations'];

export interface Finding {
  check: string;
  message: string;
}

export interface SalesforceProject {
  /** The repository (or a copy of it) holding sfdx-project.json. */
  root: string;
  /** force-app/main/default */
  defaultDir: string;
  packageDirectories: string[];
}

export function readProject(root = repoRoot): SalesforceProject {
  const project = JSON.parse(readFileSync(path.join(root, 'sfdx-project.json'), 'utf8')) as { packageDirectories: Array<{ path: string; default?: boolean }> };
  const main = project.packageDirectories.find((d) => d.default) ?? project.packageDirectories[0];
  return {
    root,
    defaultDir: path.join(root, main.path, 'main', 'default'),
    packageDirectories: project.packageDirectories.map((d) => path.join(root, d.path)),
  };
}

export interface Bundle {
  name: string;
  dir: string;
  /** Deployable files: tests and their fixtures are not part of a bundle. */
  files: string[];
  meta: string;
}

export function lwcBundles(project: SalesforceProject): Bundle[] {
  const lwcDir = path.join(project.defaultDir, 'lwc');
  if (!existsSync(lwcDir)) return [];
  return readdirSync(lwcDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = path.join(lwcDir, entry.name);
      const files = readdirSync(dir, { withFileTypes: true })
        .filter((f) => f.isFile() && /\.(js|html|css)$/.test(f.name))
        .map((f) => path.join(dir, f.name));
      return { name: entry.name, dir, files, meta: readFileSync(path.join(dir, `${entry.name}.js-meta.xml`), 'utf8') };
    });
}

export function relative(project: SalesforceProject, file: string): string {
  return path.relative(project.root, file).split(path.sep).join('/');
}
