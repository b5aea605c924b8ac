module.exports = {
  displayName: 'cross',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.test.ts'],
  transform: { '\\.[jt]sx?$': ['babel-jest', { rootMode: 'upward' }] },
};
