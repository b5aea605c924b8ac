/**
 * A test run leaves the work tree as it found it: the run notes `git status` before any test, and
 * global-teardown.cjs fails the run when a test wrote, changed or deleted a file. Screenshots and
 * bench results have their own commands (npm run screenshots, npm run bench). Outside a Git
 * checkout there is nothing to compare, and the check is skipped.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');

function workTreeStatus() {
  const git = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: root, encoding: 'utf8' });
  return git.status === 0 ? git.stdout : undefined;
}

module.exports = async function globalSetup() {
  globalThis.__workTreeBefore = workTreeStatus();
};
module.exports.workTreeStatus = workTreeStatus;
