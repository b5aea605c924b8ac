#!/usr/bin/env node
/**
 * npm run typecheck: `tsc --noEmit` on every tsconfig.json of the repository (found, not listed, so a
 * new one is checked without a change here), two at a time, and then a check that every TypeScript
 * file belongs to at least one of them: a file no tsconfig includes would otherwise never be checked.
 * Each tsconfig keeps an incremental cache under node_modules/.cache, so a re-run checks only what
 * changed and the work tree stays clean.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const skippedDirs = new Set(['node_modules', '.git', 'dist', 'coverage', '.sf', '.sfdx', 'tmp']);
const typeScript = /\.(ts|tsx|mts|cts)$/;
const cacheDir = path.join(root, 'node_modules', '.cache', 'typecheck');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

/** Every file under `dir` (relative to the root), outside dependencies and build output. */
function walk(dir, found = []) {
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skippedDirs.has(entry.name)) walk(relative, found);
    } else found.push(relative);
  }
  return found;
}

/** Runs tsc on one tsconfig; resolves with its output and the files its program holds. */
function check(project) {
  const buildInfo = path.join(cacheDir, `${project.replace(/[\\/]/g, '_')}.tsbuildinfo`);
  const args = [tsc, '--noEmit', '--pretty', 'false', '--listFiles', '--incremental', '--tsBuildInfoFile', buildInfo, '-p', project];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const lines = output.split('\n');
      const listed = lines.filter((line) => path.isAbsolute(line.trim()));
      const problems = lines.filter((line) => line.trim() && !path.isAbsolute(line.trim()));
      resolve({ project, ok: code === 0, problems, files: listed.map((file) => path.relative(root, file.trim())) });
    });
  });
}

async function inParallel(items, limit, run) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const started = Date.now();
const files = walk('.').map((file) => path.normalize(file));
const projects = files.filter((file) => path.basename(file) === 'tsconfig.json').sort();
fs.mkdirSync(cacheDir, { recursive: true });
const results = await inParallel(projects, Math.max(1, Math.min(2, os.availableParallelism())), check);

let failed = false;
for (const { project, ok, problems } of results) {
  if (ok) continue;
  failed = true;
  process.stderr.write(`✗ ${project}\n${problems.map((line) => `  ${line}`).join('\n')}\n`);
}
const checked = new Set(results.flatMap((result) => result.files));
const unchecked = files.filter((file) => typeScript.test(file) && !file.endsWith('.d.ts') && !checked.has(file));
if (unchecked.length > 0) {
  failed = true;
  process.stderr.write(`✗ In no tsconfig, so never type-checked (add them to one):\n${unchecked.map((file) => `  ${file}`).join('\n')}\n`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failed) process.exit(1);
process.stdout.write(`Types check: ${projects.length} tsconfigs, ${checked.size} files (${seconds} s).\n`);
