// Browser tests: the built preview in headless Chromium (playwright-core driving the system's browser).
// Files end in .e2e.ts so the cross-part project does not pick them up.
module.exports = {
  displayName: 'browser',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e.ts'],
  transform: { '\\.[jt]sx?$': ['babel-jest', { rootMode: 'upward' }] },
  moduleNameMapper: { '^@handoff-context/core$': '<rootDir>/../../shared/src/index.ts' },
  globalSetup: '<rootDir>/global-setup.mjs',
  globalTeardown: '<rootDir>/global-teardown.mjs',
};
