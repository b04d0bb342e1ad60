import { join } from 'path';
import { formatAnalysis } from '../../src/cli/formatAnalysis';
import { analyze } from '../../src/engine/analyze/analyze';
import { readWorkbook } from '../../src/engine/read/readWorkbook';
import { readXlsxGrids } from '../../src/workbook/xlsx/readXlsx';

const SAMPLE = join(__dirname, '..', '..', 'examples', 'sample-ops-review.xlsx');

describe('formatAnalysis', () => {
  it('prints a review of 200,000 lines, more rows than a call can take as arguments', async () => {
    const result = analyze(readWorkbook(await readXlsxGrids(SAMPLE)));
    const line = result.variance.lines[0];
    const lines = Array.from({ length: 200_000 }, () => line);
    const text = formatAnalysis('big.xlsx', { ...result, variance: { ...result.variance, lines } });
    expect(text.split('\n').filter((l) => l.startsWith(line.account)).length).toBeGreaterThanOrEqual(200_000);
  });
});
