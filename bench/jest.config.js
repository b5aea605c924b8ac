// The bench's pure parts (budget verdicts, the table and JSON writers, timeline arithmetic). The
// bench itself times things and never runs under `npm test`.
module.exports = {
  displayName: 'bench',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.test.ts'],
  transform: { '\\.[jt]sx?$': ['babel-jest', { rootMode: 'upward' }] },
};
