module.exports = {
  displayName: 'cross',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.test.ts'],
  transform: { '\\.[jt]sx?$': ['babel-jest', { rootMode: 'upward' }] },
  // json-schema-faker ships only as an ES module (an `import` export alone): point Jest at it and
  // let Babel turn it into CommonJS like the tests.
  moduleNameMapper: { '^json-schema-faker$': '<rootDir>/../node_modules/json-schema-faker/dist/index.js' },
  transformIgnorePatterns: ['/node_modules/(?!json-schema-faker/)'],
};
