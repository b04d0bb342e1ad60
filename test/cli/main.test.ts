import { execFileSync } from 'child_process';
import { join } from 'path';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/CliIO';
import { COMMAND_NAMES } from '../../src/cli/commandHelp';
import packageJson from '../../package.json';

function captureIO(): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return io;
}

describe('ops-review', () => {
  it('prints usage with --help and exits 0', async () => {
    const io = captureIO();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out).toMatch(/^Usage: ops-review <command>/);
  });

  it('prints usage and exits 2 when no command is given', async () => {
    const io = captureIO();
    expect(await main([], io)).toBe(2);
    expect(io.out).toMatch(/^Usage: ops-review <command>/);
  });

  it.each(COMMAND_NAMES)('prints the help of "%s" with --help, anywhere on the line, and exits 0', async (name) => {
    for (const argv of [
      [name, '--help'],
      [name, 'book.xlsx', '-h'],
      ['help', name],
    ]) {
      const io = captureIO();
      expect(await main(argv, io)).toBe(0);
      expect(io.out).toMatch(new RegExp(`^Usage: ops-review ${name}`));
      expect(io.out).toContain('--help');
      expect(io.err).toBe('');
    }
  });

  it('documents the options each command accepts', async () => {
    const help = async (name: string): Promise<string> => {
      const io = captureIO();
      await main([name, '--help'], io);
      return io.out;
    };
    expect(await help('analyze')).toEqual(expect.stringContaining('--fiscal-start'));
    expect(await help('analyze')).toContain('"10" (read as 10 %)');
    expect(await help('pack')).toContain('--fiscal-start');
    expect(await help('pack')).toContain('--out OUT.xlsx');
    expect(await help('inspect')).toContain('bundled sample workbook');
  });

  it('prints the version of package.json with --version and -V', async () => {
    for (const flag of ['--version', '-V']) {
      const io = captureIO();
      expect(await main([flag], io)).toBe(0);
      expect(io.out).toBe(`${packageJson.version}\n`);
    }
  });

  it('exits 2 with a one-line error for an unknown command', async () => {
    const io = captureIO();
    expect(await main(['analyse'], io)).toBe(2);
    expect(io.err).toBe('ops-review: unknown command "analyse". Try: ops-review --help\n');
  });

  it('prints the JSON Schema of the analyze document', async () => {
    const io = captureIO();
    expect(await main(['schema'], io)).toBe(0);
    const schema = JSON.parse(io.out) as { properties: Record<string, unknown>; required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['period', 'variance', 'kpis', 'swot', 'diagnostics']));
    expect(Object.keys(schema.properties)).toContain('variance');
  });

  it('publishes a period pattern that refuses impossible months', async () => {
    const io = captureIO();
    await main(['schema'], io);
    const schema = JSON.parse(io.out) as { properties: { period: { pattern: string } } };
    const pattern = new RegExp(schema.properties.period.pattern);
    expect(['2026-01', '2026-12'].map((p) => pattern.test(p))).toEqual([true, true]);
    expect(['2026-13', '2026-00', '2026-1'].map((p) => pattern.test(p))).toEqual([false, false, false]);
  });

  it('refuses arguments to schema', async () => {
    const io = captureIO();
    expect(await main(['schema', 'book.xlsx'], io)).toBe(2);
    expect(io.err).toContain('takes no file or option');
  });
});

describe('start-up cost', () => {
  it('loads neither ExcelJS, zod nor the engine for --version and --help', () => {
    // A fresh process, as the installed command runs (tsx compiles the sources): which files did --version load?
    const mainTs = join(__dirname, '..', '..', 'src', 'cli', 'main.ts');
    const loaded = execFileSync(
      process.execPath,
      [
        '--require',
        'tsx/cjs',
        '-e',
        `const { main } = require(${JSON.stringify(mainTs)});
         main(['--version'], { stdout: () => {}, stderr: () => {} })
           .then(() => main(['analyze', '--help'], { stdout: () => {}, stderr: () => {} }))
           .then(() => process.stdout.write(JSON.stringify(Object.keys(require.cache))));`,
      ],
      { encoding: 'utf8', cwd: join(__dirname, '..', '..') },
    );
    const modules = JSON.parse(loaded) as string[];
    expect(modules.some((m) => m.endsWith(join('src', 'cli', 'main.ts')))).toBe(true);
    expect(modules.filter((m) => /node_modules[\\/](exceljs|zod|jszip)[\\/]/.test(m))).toEqual([]);
    expect(modules.filter((m) => /src[\\/](engine|workbook)[\\/]/.test(m))).toEqual([]);
  }, 30000);

  it('loads neither ExcelJS nor a zip library to analyse a workbook', () => {
    // Loading JSZip (and pako) to read three small parts for the census cost `analyze` about 50 ms (issue #16).
    const analyzeTs = join(__dirname, '..', '..', 'src', 'cli', 'analyze.ts');
    const sample = join(__dirname, '..', '..', 'examples', 'sample-ops-review.xlsx');
    const loaded = execFileSync(
      process.execPath,
      [
        '--require',
        'tsx/cjs',
        '-e',
        `const { analyzeCommand } = require(${JSON.stringify(analyzeTs)});
         analyzeCommand([${JSON.stringify(sample)}, '--json'], { stdout: () => {}, stderr: () => {} })
           .then((code) => process.stdout.write(JSON.stringify({ code, modules: Object.keys(require.cache) })));`,
      ],
      { encoding: 'utf8', cwd: join(__dirname, '..', '..') },
    );
    const { code, modules } = JSON.parse(loaded) as { code: number; modules: string[] };
    expect(code).toBe(0);
    expect(modules.some((m) => m.endsWith(join('src', 'workbook', 'xlsx', 'XlsxWorkbook.ts')))).toBe(true);
    expect(modules.filter((m) => /node_modules[\\/](exceljs|jszip|pako)[\\/]/.test(m))).toEqual([]);
  }, 30000);
});
