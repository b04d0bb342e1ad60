import { join } from 'path';
import { analyze } from '../../../src/engine/analyze/analyze';
import { checkResult } from '../../../src/engine/analyze/checkResult';
import { readWorkbook } from '../../../src/engine/read/readWorkbook';
import { AnalysisResultSchema, type AnalysisResult } from '../../../src/engine/results/AnalysisResult';
import { readXlsxGrids } from '../../../src/workbook/xlsx/readXlsx';

const SAMPLE = join(__dirname, '..', '..', '..', 'examples', 'sample-ops-review.xlsx');

async function sampleResult(): Promise<AnalysisResult> {
  return analyze(readWorkbook(await readXlsxGrids(SAMPLE)));
}

describe('checkResult', () => {
  it('gives back the document the full schema parse gives, key for key (the sample workbook, every section)', async () => {
    const result = await sampleResult();
    expect(result.kpis.length).toBeGreaterThan(0);
    expect(result.swot).not.toBeNull();
    expect(result.goals.length).toBeGreaterThan(0);
    // The parse drops keys the schema does not know: equal means the unparsed document carries none.
    expect(AnalysisResultSchema.parse(result)).toEqual(result);
  });

  it('finds a non-finite figure on any line, however long the list', async () => {
    const result = await sampleResult();
    const line = result.variance.lines[0];
    const lines = Array.from({ length: 500 }, (_, i) =>
      i === 250 ? { ...line, ytd: { ...line.ytd, variancePct: Number.NaN } } : line,
    );
    const broken = { ...result, variance: { ...result.variance, lines } };
    expect(() => checkResult(broken)).toThrow(
      'checkResult: result.variance.lines.250.ytd.variancePct is not a finite number',
    );
  });

  it('finds a break of the schema at either end of a long list', async () => {
    const result = await sampleResult();
    const line = result.variance.lines[0];
    const lines = Array.from({ length: 500 }, (_, i) => (i === 499 ? { ...line, key: 7 as unknown as string } : line));
    expect(() => checkResult({ ...result, variance: { ...result.variance, lines } })).toThrow(/key/);
  });
});
