// The Salesforce admin scripts and the offline validator (Node, TypeScript).
module.exports = {
  displayName: 'salesforce-scripts',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  transform: { '\\.[jt]sx?$': ['babel-jest', { rootMode: 'upward' }] },
};
