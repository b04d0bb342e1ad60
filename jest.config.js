// Two projects: the engine, adapters and CLI in Node; the pane in jsdom with React Testing Library.
// Type checking is `npm run typecheck`; ts-jest only transpiles (isolatedModules) to keep the suite fast.
const transform = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };

module.exports = {
  reporters: ['default', '<rootDir>/test/summaryReporter.js'],
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['<rootDir>/test/{engine,workbook,cli,manifest,examples,lint,functions}/**/*.test.ts'],
      transform,
    },
    {
      displayName: 'pane',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test'],
      testMatch: ['<rootDir>/test/taskpane/**/*.test.{ts,tsx}'],
      setupFilesAfterEnv: ['<rootDir>/test/taskpane/setup.ts'],
      transform,
    },
  ],
};
