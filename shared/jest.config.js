module.exports = {
  displayName: 'core',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  transform: { '\\.[jt]sx?$': ['babel-jest', { rootMode: 'upward' }] },
};
