import { join } from 'path';
import { formatAnalysis } from '../../src/cli/formatAnalysis';
import { analyze } from '../../src/engine/analyze/analyze';
import { readWorkbook } from '../../src/engine/read/readWorkbook';
import type { AnalysisResult, VarianceCell } from '../../src/engine/results/AnalysisResult';
import { readXlsxGrids } from '../../src/workbook/xlsx/readXlsx';
import { analysisResult } from '../fixtures/analysisResult';

const SAMPLE = join(__dirname, '..', '..', 'examples', 'sample-ops-review.xlsx');

/** The first line's month with the variance given, the rest of the fixture as it is. */
function withMonthVariance(variance: number, budget: number): AnalysisResult {
  const [first, ...rest] = analysisResult.variance.lines;
  const month: VarianceCell = {
    ...first.month,
    budget,
    actual: budget + variance,
    variance,
    variancePct: variance / budget,
  };
  return { ...analysisResult, variance: { ...analysisResult.variance, lines: [{ ...first, month }, ...rest] } };
}

const firstRow = (text: string): string => text.split('\n')[3];

describe('formatAnalysis', () => {
  it('prints a variance that rounds to zero as "0" and "0.0%", never with a minus sign', () => {
    // -0.3 on 420,000 is -0.00007 %: both figures round to zero.
    const row = firstRow(formatAnalysis('book.xlsx', withMonthVariance(-0.3, 420_000)));
    expect(row).toMatch(/ 0\s+0\.0% /);
    expect(row).not.toMatch(/-0(\.0)?%?(\s|$)/);
    // +0.3 is not "+0.0%" either.
    expect(firstRow(formatAnalysis('book.xlsx', withMonthVariance(0.3, 420_000)))).toMatch(/ 0\s+0\.0% /);
  });

  it('keeps the sign of a variance that shows', () => {
    // -21,840 / 420,000 = -5.2 %; +17,220 / 420,000 = +4.1 %.
    expect(firstRow(formatAnalysis('book.xlsx', withMonthVariance(-21_840, 420_000)))).toMatch(/-21,840\s+-5\.2% /);
    expect(firstRow(formatAnalysis('book.xlsx', withMonthVariance(17_220, 420_000)))).toMatch(/17,220\s+\+4\.1% /);
  });

  it('prints a review of 200,000 lines, more rows than a call can take as arguments', async () => {
    const result = analyze(readWorkbook(await readXlsxGrids(SAMPLE)));
    const line = result.variance.lines[0];
    const lines = Array.from({ length: 200_000 }, () => line);
    const text = formatAnalysis('big.xlsx', { ...result, variance: { ...result.variance, lines } });
    expect(text.split('\n').filter((l) => l.startsWith(line.account)).length).toBeGreaterThanOrEqual(200_000);
  });
});
