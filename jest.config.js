// One `npm test` for the whole repo: each part keeps its own Jest project config.
module.exports = {
  // The run must leave `git status` as it found it (tests/work-tree).
  globalSetup: '<rootDir>/tests/work-tree/global-setup.cjs',
  globalTeardown: '<rootDir>/tests/work-tree/global-teardown.cjs',
  projects: [
    '<rootDir>/shared/jest.config.js',
    '<rootDir>/tests/jest.config.js',
    '<rootDir>/hubspot-project/jest.config.js',
    '<rootDir>/force-app/jest.config.js',
    '<rootDir>/scripts/salesforce/jest.config.js',
    '<rootDir>/tests/browser/jest.config.js',
    '<rootDir>/bench/jest.config.js',
  ],
};
