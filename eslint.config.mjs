// Flat ESLint config: Microsoft's Office add-in rules, typescript-eslint, React, and the layer arrows
// engine <- workbook <- taskpane/cli (nothing inward imports outward), enforced here rather than only described.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettierConfig from 'eslint-config-prettier';

// Outside the engine, the engine is entered through its index only (src/engine/index.ts, kept by
// scripts/engineIndex.mjs): a deep import would make any engine file part of the surface without anyone deciding so.
const engineIndexOnly = {
  group: ['**/engine/**'],
  message: 'Import the engine through src/engine/index.ts (node scripts/engineIndex.mjs adds what you need).',
};
const layer = (message, groups, inEngine = false) => ({
  'no-restricted-imports': [
    'error',
    { patterns: [{ group: groups, message }, ...(inEngine ? [] : [engineIndexOnly])] },
  ],
});

const outerLayers = [
  '**/workbook',
  '**/workbook/**',
  '**/taskpane',
  '**/taskpane/**',
  '**/cli',
  '**/cli/**',
  '**/commands',
  '**/commands/**',
  '**/functions',
  '**/functions/**',
];
const nodeAndHost = [
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'node:*',
  'react',
  'react-dom',
  'react-dom/*',
  '@fluentui/*',
  'exceljs',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'test-results/', 'bench/results/'] },
  { settings: { react: { version: '19' } } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  react.configs.flat.recommended,
  prettierConfig,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins, 'react-hooks': reactHooks },
    languageOptions: { parser: tseslint.parser, globals: { ...globals.browser } },
    settings: { react: { version: 'detect' } },
    rules: {
      // The rule set of eslint-plugin-office-addins' `recommended` config, stated here because that config
      // bundles its own typescript-eslint (8.8) whose plugin object clashes with ours, and covers .ts but not .tsx.
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'warn',
      'office-addins/no-empty-load': 'warn',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'react/react-in-jsx-scope': 'off',
      'react/prop-types': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: layer(
      'src/engine is pure: it may not import the workbook adapters, the pane, the CLI, Node or host APIs.',
      [...outerLayers, ...nodeAndHost],
      true,
    ),
  },
  {
    // ExcelJS, not Office.js: its workbook objects are plain data, so the Office proxy-object rules misfire here.
    files: ['src/workbook/xlsx/**/*.ts', 'test/workbook/xlsx/**/*.ts'],
    rules: {
      'office-addins/call-sync-after-load': 'off',
      'office-addins/call-sync-before-read': 'off',
      'office-addins/load-object-before-read': 'off',
    },
  },
  {
    files: ['src/workbook/**/*.ts'],
    rules: layer('src/workbook may import only src/engine: the pane and the CLI sit outside it.', [
      '**/taskpane',
      '**/taskpane/**',
      '**/cli',
      '**/cli/**',
      '**/commands',
      '**/commands/**',
      'react',
      'react-dom',
      '@fluentui/*',
    ]),
  },
  {
    // The custom functions call the engine and nothing else: no adapters (a formula never reads the workbook
    // behind Excel's back), no pane, no Node.
    files: ['src/functions/**/*.ts'],
    rules: layer('src/functions may import only src/engine.', [
      ...outerLayers.filter((pattern) => !pattern.includes('functions')),
      ...nodeAndHost,
    ]),
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts'],
    rules: layer('The pane does not import the CLI.', ['**/cli', '**/cli/**', 'fs', 'node:*', 'child_process']),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: layer('The CLI does not import the pane.', [
      '**/taskpane',
      '**/taskpane/**',
      '**/commands',
      '**/commands/**',
      'react',
      '@fluentui/*',
    ]),
  },
  {
    files: ['**/*.js', '**/*.cjs', 'scripts/**', 'webpack.config.js', 'jest.config.js', 'bin/**'],
    languageOptions: { globals: { ...globals.node }, sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**', 'bench/**', 'examples/**'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
);
