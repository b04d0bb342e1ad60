// Browser tests: the production build in dist/, served on localhost, driven in Debian's chromium by playwright-core.
module.exports = {
  displayName: 'e2e',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 120000,
  maxWorkers: 1,
  reporters: ['default', '<rootDir>/test/summaryReporter.js'],
};
