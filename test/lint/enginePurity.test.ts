import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '../..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

/** Type-checks `code` with the engine's compiler settings (no DOM, no Node, no Office types) and returns tsc's output. */
function checkAsEngine(code: string): { status: number | null; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-purity-'));
  fs.writeFileSync(path.join(dir, 'stray.ts'), code);
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: path.join(root, 'src', 'engine', 'tsconfig.json'), include: ['stray.ts'] }),
  );
  const result = spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout };
}

// src/engine must run in the pane, in a Web Worker and in Node alike, so its own build knows no host globals.
describe('engine build', () => {
  it('rejects DOM, Office and Node globals', () => {
    const { status, output } = checkAsEngine(
      'export const a = document.title;\nexport const b = Excel.run;\nexport const c = process.env;\n',
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/Cannot find name 'document'/);
    expect(output).toMatch(/Cannot find name 'Excel'/);
    expect(output).toMatch(/Cannot find name 'process'/);
  }, 60000);

  it('accepts plain TypeScript', () => {
    expect(checkAsEngine('export const total = [1, 2, 3].reduce((a, b) => a + b, 0);\n')).toEqual({
      status: 0,
      output: '',
    });
  }, 60000);
});
