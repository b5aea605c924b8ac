// An ES module, like the rest of this package ("type": "module"); rootDir defaults to this folder.
export default {
  displayName: 'core',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  transform: { '\\.[jt]sx?$': ['babel-jest', { rootMode: 'upward' }] },
};
