import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { analyzeCommand } from '../../src/cli/analyze';
import { parseAnalyzeArgs } from '../../src/cli/analyzeArgs';
import { inspectCommand } from '../../src/cli/inspect';
import { packCommand } from '../../src/cli/pack';
import { AnalysisResultSchema } from '../../src/engine/results/AnalysisResult';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

// examples/sampleData.ts: budget January-December 2026, actuals January-June 2026.
const SAMPLE = join(__dirname, '..', '..', 'examples', 'sample-ops-review.xlsx');

describe('--threshold', () => {
  it.each([
    ['5%', 0.05],
    ['5 %', 0.05],
    ['0.05', 0.05],
    ['.05', 0.05],
    ['1', 1],
    ['0', 0],
  ])('reads %s as the fraction %d without a note', (text, fraction) => {
    expect(parseAnalyzeArgs(['a.xlsx', '--threshold', text])).toMatchObject({ threshold: fraction, notes: [] });
  });

  it('reads a bare number over 1 as per cent and says so', () => {
    const args = parseAnalyzeArgs(['a.xlsx', '--threshold', '5']);
    expect(args).toMatchObject({ threshold: 0.05 });
    expect(typeof args === 'string' ? [] : args.notes).toEqual([
      '--threshold 5 read as 5 % (a fraction of 0.05); write 5% to say so, or a fraction such as 0.05.',
    ]);
  });

  it('refuses what is not a threshold, in words', () => {
    expect(parseAnalyzeArgs(['a.xlsx', '--threshold', 'ten'])).toContain('--threshold needs a number');
    expect(parseAnalyzeArgs(['a.xlsx', '--threshold', '%'])).toContain('--threshold needs a number');
    expect(parseAnalyzeArgs(['a.xlsx', '--threshold', '-5%'])).toBe('--threshold cannot be negative.');
    expect(parseAnalyzeArgs(['a.xlsx', '--threshold=', '--json'])).toBe('--threshold needs a value.');
  });

  it('tells the user on stderr, keeping the JSON on stdout clean', async () => {
    const { io, out, err } = capture();
    expect(await analyzeCommand([SAMPLE, '--json', '--threshold', '5'], io)).toBe(0);
    expect(err.join('')).toContain('--threshold 5 read as 5 %');
    expect(() => AnalysisResultSchema.parse(JSON.parse(out.join('')))).not.toThrow();
  }, 30_000);
});

describe('--fiscal-start', () => {
  it('is validated the same way by every command', async () => {
    for (const command of [analyzeCommand, packCommand, inspectCommand]) {
      for (const month of ['13', '0', 'July', '7.5']) {
        const { io, err } = capture();
        expect(await command([SAMPLE, '--fiscal-start', month, '--out', 'x.xlsx'].slice(0, 3), io)).toBe(2);
        expect(err.join('')).toContain('--fiscal-start needs a month number from 1 (January) to 12.');
      }
    }
  }, 30_000);

  it('picks the fiscal year holding the review month in inspect, analyze and pack, as the pane does', async () => {
    // With a July start and actuals January-June 2026, the year under review is FY2026 (July 2025-June 2026).
    const inspected = capture();
    expect(await inspectCommand([SAMPLE, '--fiscal-start', '7'], inspected.io)).toBe(0);
    expect(inspected.out.join('')).toContain('Fiscal year: FY2026 (Jul 2025 to Jun 2026); actuals through Jun 2026');

    const analysed = capture();
    expect(await analyzeCommand([SAMPLE, '--json', '--fiscal-start=7'], analysed.io)).toBe(0);
    const result = AnalysisResultSchema.parse(JSON.parse(analysed.out.join('')));
    expect(result.fiscalYear).toMatchObject({ label: 'FY2026', startMonth: 7 });
    expect(result.fiscalYear.periods[0]).toBe('2025-07');
    expect(result.period).toBe('2026-06');

    const dir = mkdtempSync(join(tmpdir(), 'ops-review-fy-'));
    try {
      const out = join(dir, 'july.xlsx');
      expect(await packCommand([SAMPLE, '--fiscal-start', '7', '--out', out], capture().io)).toBe(0);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(out);
      const summary = book.getWorksheet('OR Summary');
      const texts =
        summary
          ?.getSheetValues()
          .flat()
          .filter((v) => typeof v === 'string') ?? [];
      expect(texts.join(' ')).toContain('FY2026');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('pack --out', () => {
  it.each(['review.csv', 'review.xls', 'review'])('refuses %s: the pack is an .xlsx workbook', async (name) => {
    const { io, err } = capture();
    expect(await packCommand([SAMPLE, '--out', name], io)).toBe(2);
    expect(err.join('')).toContain(`--out needs a name ending in .xlsx ("${name}")`);
  });
});

describe('inspect without a file', () => {
  it('says on stderr that it reads the bundled sample', async () => {
    const { io, out, err } = capture();
    expect(await inspectCommand(['--json'], io)).toBe(0);
    expect(err.join('')).toBe(
      `ops-review inspect: no file given, so this is the bundled sample workbook, ${SAMPLE}.\n`,
    );
    expect(JSON.parse(out.join(''))).toMatchObject({ file: SAMPLE });
  }, 30_000);
});
