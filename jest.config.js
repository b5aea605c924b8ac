// One `npm test` for the whole repo: each part keeps its own Jest project config.
module.exports = {
  projects: ['<rootDir>/shared/jest.config.js', '<rootDir>/tests/jest.config.js', '<rootDir>/hubspot-project/jest.config.js', '<rootDir>/force-app/jest.config.js', '<rootDir>/scripts/salesforce/jest.config.js', '<rootDir>/tests/browser/jest.config.js', '<rootDir>/bench/jest.config.js'],
};
