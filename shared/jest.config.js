// An ES module, like the rest of this package ("type": "module"); rootDir defaults to this folder.
export default {
  displayName: 'core',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  transform: { '\\.[jt]sx?$': ['babel-jest', { rootMode: 'upward' }] },
  // One fixed fast-check seed for every property (FC_SEED / FC_RUNS from `npm run fuzz`).
  setupFiles: ['<rootDir>/../scripts/fuzz-setup.cjs'],
};
