/**
 * Only the core reads zod's internals: cards, generators, scripts and the bench ask the core's schema
 * API (shared/src/schema-info.ts), so a zod upgrade touches the core alone.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
// Spelled in two parts so that this file does not find itself.
const INTERNALS = ['_', 'zod'].join('');
/** The core, its own tests, and the core bundled for Salesforce and into the HubSpot app function (generated from shared/src). */
const allowed = [/^shared\/src\//, /^shared\/test\//, /^force-app\/main\/default\/lwc\/handoffCore\//, /^hubspot-project\/src\/app\/functions\/dist\//];
const source = /\.(ts|tsx|js|mjs|cjs)$/;

describe('zod internals', () => {
  it('are read only by the core', () => {
    const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
    const readers = tracked
      .filter((file) => source.test(file) && !allowed.some((pattern) => pattern.test(file)))
      .filter((file) => readFileSync(join(root, file), 'utf8').includes(INTERNALS));
    expect(readers).toEqual([]);
  });
});
