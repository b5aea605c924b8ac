// The HubSpot part: app cards (rendered with @hubspot/ui-extensions/testing), the app function and
// the setup, seed, deploy and validate scripts. Card code imports the core as a package; here it
// resolves to the core's source so tests never need a build first.
module.exports = {
  displayName: 'hubspot',
  rootDir: __dirname,
  roots: ['<rootDir>/test', '<rootDir>/../scripts/hubspot'],
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '\\.[jt]sx?$': ['babel-jest', { rootMode: 'upward' }] },
  // The testing renderer ships as ESM, and so do its helpers.
  transformIgnorePatterns: ['/node_modules/(?!(@hubspot/ui-extensions|@remote-ui|tinyspy)/)'],
  moduleNameMapper: { '^@handoff-context/core$': '<rootDir>/../shared/src/index.ts' },
};
