// The Lightning web components' Jest project (sfdx-lwc-jest). Run from the repository root, where
// sfdx-project.json tells sfdx-lwc-jest where the `c/` modules live.
const path = require('path');
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
    ...jestConfig,
    displayName: 'salesforce',
    rootDir: path.resolve(__dirname, '..'),
    roots: ['<rootDir>/force-app'],
    testMatch: ['<rootDir>/force-app/main/default/lwc/**/__tests__/**/*.test.js'],
    moduleFileExtensions: [...new Set([...(jestConfig.moduleFileExtensions || []), 'js', 'json'])],
    moduleNameMapper: {
        // The generated label module imports each custom label, which Jest can only stub with the label's
        // name; the mock gives the core's English catalog instead, keyed the same way.
        '^c/handoffLabels$': '<rootDir>/force-app/test/jest-mocks/handoffLabels.js',
    },
    setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv || []), '<rootDir>/force-app/test/jest-setup.js'],
};
