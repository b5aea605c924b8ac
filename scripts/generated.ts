/**
 * Every committed file derived from the core: the registry's generated files, the LWC core bundle and
 * the HubSpot app function's bundle.
 * `npm run generate -- --check` and tests/generated.test.ts both call checkGenerated.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { functionBundleDir, functionBundleFiles, lwcBuildDirs, lwcCoreFiles, root, writeAtomically } from './build';
import { compareWithDisk, ownedFilesOnDisk, registryFiles, type GeneratedFile, type StaleReport } from './generate/index';

export async function expectedFiles(): Promise<GeneratedFile[]> {
  return [...registryFiles(), ...(await lwcCoreFiles()), ...(await functionBundleFiles())];
}

function ownedOnDisk(repoRoot: string): string[] {
  const owned = ownedFilesOnDisk(repoRoot);
  for (const dir of [...lwcBuildDirs, functionBundleDir])
    if (existsSync(join(repoRoot, dir))) for (const name of readdirSync(join(repoRoot, dir))) owned.push(`${dir}/${name}`);
  return owned;
}

export async function checkGenerated(repoRoot = root): Promise<StaleReport> {
  return compareWithDisk(repoRoot, await expectedFiles(), ownedOnDisk(repoRoot));
}

export function describeStale(report: StaleReport): string {
  return report.stale.map((s) => `${s.path}: ${s.reason} — ${s.fix}`).join('\n');
}

/** Writes what the registry produces and removes owned files it no longer produces (not the bundles: npm run build). */
export function writeGenerated(repoRoot = root): { written: string[]; removed: string[] } {
  const files = registryFiles();
  const expected = new Set(files.map((f) => f.path));
  const removed = ownedFilesOnDisk(repoRoot).filter((path) => !expected.has(path));
  for (const path of removed) rmSync(join(repoRoot, path));
  for (const file of files) writeAtomically(file.path, file.content);
  return { written: files.map((f) => f.path), removed };
}
