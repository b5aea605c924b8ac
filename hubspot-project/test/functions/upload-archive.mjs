#!/usr/bin/env node
/**
 * node upload-archive.mjs <project dir> <out dir>
 *
 * Lays out in <out dir> the files `hs project upload` puts in its zip, using the HubSpot CLI's own
 * code (node_modules/@hubspot/cli, pinned in package.json) for every decision: which package.json
 * files it finds, which `file:` dependencies it copies and from which package.json (one only, per
 * dependency), how it rewrites the paths, and which files its ignore rules and npm-packlist keep.
 * Only the zip itself is replaced, by a folder: the archiver calls the CLI makes (`directory`, `file`,
 * `append`) write files instead, with archiver's semantics (a filter sees names relative to the folder
 * archived, dot files included).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const cliDir = path.dirname(require.resolve('@hubspot/cli/package.json'));
const cli = (file) => import(pathToFileURL(path.join(cliDir, file)).href);

const { findAndParsePackageJsonFiles, collectWorkspaceDirectories, collectFileDependencies } = await import('@hubspot/project-parsing-lib/workspaces');
const { shouldIgnoreFile } = await import('@hubspot/local-dev-lib/ignoreRules');
const { archiveWorkspacesAndDependencies, getPackageJsonPathsToUpdate, getLockfilePathsToUpdate } = await cli('lib/projects/workspaces.js');

function filesUnder(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/** What the CLI calls on its archiver, writing into a folder. */
function folderArchive(out) {
  const write = (name, content) => {
    const target = path.join(out, name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  };
  return {
    directory(dir, destination, filter) {
      for (const name of filesUnder(dir)) {
        const kept = filter ? filter({ name, prefix: destination || '' }) : { name };
        if (kept) write(path.posix.join(destination || '', kept.name), fs.readFileSync(path.join(dir, name)));
      }
    },
    file(source, { name }) {
      write(name, fs.readFileSync(source));
    },
    append(content, { name }) {
      write(name, content);
    },
  };
}

/** As handleProjectUpload in @hubspot/cli 8.14 (lib/projects/upload.js) assembles a 2026.03 project. */
export async function assembleUploadArchive(projectDir, out) {
  const config = JSON.parse(fs.readFileSync(path.join(projectDir, 'hsproject.json'), 'utf8'));
  const srcDir = path.resolve(projectDir, config.srcDir);
  const parsed = await findAndParsePackageJsonFiles(srcDir);
  const workspaceMappings = await collectWorkspaceDirectories(parsed);
  const fileDependencyMappings = await collectFileDependencies(parsed);
  const archive = folderArchive(out);
  const rewritten = getPackageJsonPathsToUpdate(srcDir, workspaceMappings, fileDependencyMappings);
  const lockfiles = getLockfilePathsToUpdate(srcDir, workspaceMappings, fileDependencyMappings);
  archive.directory(srcDir, false, (file) => {
    if (rewritten.has(file.name) || lockfiles.has(file.name)) return false;
    return shouldIgnoreFile(file.name, true) ? false : file;
  });
  await archiveWorkspacesAndDependencies(archive, srcDir, workspaceMappings, fileDependencyMappings);
  return { fileDependencies: fileDependencyMappings.map((m) => ({ packageName: m.packageName, from: path.relative(srcDir, m.sourcePackageJsonPath) })) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [projectDir, out] = process.argv.slice(2);
  const summary = await assembleUploadArchive(path.resolve(projectDir), path.resolve(out));
  fs.writeFileSync(path.join(out, '..', 'archive-summary.json'), JSON.stringify(summary));
}
