import { spawnSync } from 'child_process';
import * as path from 'path';

const root = path.resolve(__dirname, '../..');

interface Case {
  readonly filePath: string;
  readonly code: string;
}

/**
 * Lints each snippet as if it were the named file, with the project's own ESLint config, in one child process (the
 * config is an ES module, which jest's module system does not load), and returns the rule ids reported for each.
 */
function lintAll(cases: readonly Case[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const c of cases) {
        const [report] = await eslint.lintText(c.code, { filePath: c.filePath });
        out.push(report.messages.map((m) => m.ruleId || 'fatal: ' + m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  const result = spawnSync(process.execPath, ['-e', script], {
    cwd: root,
    input: JSON.stringify(cases),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`eslint failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as string[][];
}

const importing = (filePath: string, from: string): Case => ({
  filePath,
  code: `import * as outer from '${from}';\nexport const x = outer;\n`,
});

// The layers point inward only: taskpane / commands / cli -> workbook -> engine, and functions -> engine. ESLint enforces it, so imports
// written the wrong way round must fail lint, and the right way round must pass.
const outward: Case[] = [
  importing('src/engine/variance/bad.ts', '../../taskpane/App'),
  importing('src/engine/bad.ts', '../workbook/xlsx/XlsxWorkbook'),
  importing('src/engine/bad.ts', '../cli/main'),
  importing('src/engine/bad.ts', 'fs'),
  importing('src/engine/bad.ts', 'exceljs'),
  importing('src/engine/bad.ts', 'react'),
  importing('src/workbook/bad.ts', '../cli/main'),
  importing('src/workbook/office/bad.ts', '../../taskpane/App'),
  importing('src/cli/bad.ts', '../taskpane/App'),
  importing('src/taskpane/bad.ts', '../cli/main'),
  importing('src/functions/bad.ts', '../workbook/office/OfficeWorkbook'),
  importing('src/functions/bad.ts', '../taskpane/App'),
  importing('src/functions/bad.ts', 'exceljs'),
  importing('src/functions/bad.ts', 'fs'),
  importing('src/engine/bad.ts', '../functions/functions'),
  // Outside the engine, the engine is entered through its index only.
  importing('src/workbook/bad.ts', '../engine/analyze/analyze'),
  importing('src/taskpane/pages/bad.ts', '../../engine/review/reviewGrids'),
  importing('src/cli/bad.ts', '../engine/forecast'),
  importing('src/functions/bad.ts', '../engine/swot/scoreSwot'),
];
const inward: Case[] = [
  importing('src/workbook/bad.ts', '../engine'),
  importing('src/taskpane/pages/bad.ts', '../../engine'),
  // inside the engine, modules import each other directly
  importing('src/engine/review/bad.ts', '../analyze/analyze'),
  importing('src/cli/bad.ts', '../workbook/xlsx/XlsxWorkbook'),
  importing('src/taskpane/bad.ts', '../workbook/office/OfficeWorkbook'),
  importing('src/functions/bad.ts', '../engine'),
  // the pane hands the workbook's settings to the functions of the shared runtime
  importing('src/taskpane/session/bad.ts', '../../functions/functionSettings'),
];

describe('layer rules', () => {
  let results: string[][];
  beforeAll(() => {
    results = lintAll([...outward, ...inward]);
  }, 120000);

  it.each(outward.map((c, i) => [c.filePath, c.code.split("'")[1], i]))(
    '%s may not import %s',
    (_file, _from, index) => {
      expect(results[index as number]).toContain('no-restricted-imports');
    },
  );

  it.each(inward.map((c, i) => [c.filePath, c.code.split("'")[1], outward.length + i]))(
    '%s may import %s',
    (_file, _from, index) => {
      expect(results[index as number]).toEqual([]);
    },
  );
});
