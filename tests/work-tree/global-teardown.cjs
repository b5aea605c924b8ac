/** Fails the test run when it changed the work tree (see global-setup.cjs). */
const { workTreeStatus } = require('./global-setup.cjs');

module.exports = async function globalTeardown() {
  const before = globalThis.__workTreeBefore;
  if (before === undefined) return;
  const after = workTreeStatus();
  if (after === before) return;
  const lines = (text) => new Set(text.split('\n').filter(Boolean));
  const was = lines(before);
  const now = lines(after ?? '');
  const changed = [...now].filter((line) => !was.has(line)).concat([...was].filter((line) => !now.has(line)).map((line) => `${line} (no longer)`));
  throw new Error(`The test run changed the work tree; tests must not write files it keeps (git status):\n${changed.map((line) => `  ${line}`).join('\n')}`);
};
