// Every fast-check property in the core's Jest project runs on one fixed seed, so `npm test` is
// repeatable; `npm run fuzz` sets FC_SEED (random, printed) and FC_RUNS (large). A property that
// passes its own numRuns keeps that count, and still takes the seed.
const fc = require('fast-check');

fc.configureGlobal({ seed: Number(process.env.FC_SEED || 20261123), numRuns: Number(process.env.FC_RUNS || 1000) });
