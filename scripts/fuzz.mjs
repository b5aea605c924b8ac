#!/usr/bin/env node
/**
 * `npm run fuzz`: the same fast-check properties `npm test` runs on a fixed seed (the readers, the
 * writers, the view builders and explainText, and every card's render path), with many more runs
 * and a fresh random seed, printed so a failure can be replayed:
 *
 *   FC_SEED=<seed> FC_RUNS=<runs> npm run fuzz
 *
 * Extra arguments go to Jest (e.g. `npm run fuzz -- --selectProjects core`).
 */
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { createRequire } from 'node:module';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : randomInt(1, 2 ** 31 - 1);
const runs = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 200_000;
if (!Number.isSafeInteger(seed) || !Number.isSafeInteger(runs) || runs < 1) {
  console.error('FC_SEED and FC_RUNS must be whole numbers.');
  process.exit(2);
}

console.log(`fuzz: FC_SEED=${seed} FC_RUNS=${runs}`);
console.log(`replay: FC_SEED=${seed} FC_RUNS=${runs} npm run fuzz`);

const jest = createRequire(import.meta.url).resolve('jest/bin/jest');
// The property files: the core's (property*, view-props, i18n, config) and the corpus' card renders.
const pattern = '(property|view-props|i18n|config)\\.test\\.ts$|\\.corpus\\.test\\.(js|tsx)$';
const result = spawnSync(process.execPath, [jest, '--testPathPattern', pattern, '--testTimeout', String(6 * 60 * 60 * 1000), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, FC_SEED: String(seed), FC_RUNS: String(runs) },
});
if (result.status !== 0) console.log(`fuzz failed: replay with FC_SEED=${seed} FC_RUNS=${runs} npm run fuzz`);
process.exit(result.status ?? 1);
