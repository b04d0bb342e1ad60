import { join } from 'path';
import { analyzeCommand } from '../../src/cli/analyze';
import { parseAnalyzeArgs } from '../../src/cli/analyzeArgs';
import { AnalysisResultSchema } from '../../src/engine/results/AnalysisResult';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

const SAMPLE = join(__dirname, '..', '..', 'examples', 'sample-ops-review.xlsx');

async function analyseSample(...options: string[]) {
  const { io, out } = capture();
  expect(await analyzeCommand([SAMPLE, '--json', ...options], io)).toBe(0);
  return AnalysisResultSchema.parse(JSON.parse(out.join('')));
}

describe('ops-review analyze', () => {
  it('prints one JSON document that parses with the published schema, for the last month with actuals', async () => {
    const result = await analyseSample();
    // The sample workbook has actuals through June 2026 (see examples/sampleData.ts).
    expect(result.period).toBe('2026-06');
    expect(result.fiscalYear.label).toBe('FY2026');
    expect(result.variance.lines.length).toBeGreaterThan(10);
    const line = result.variance.lines[0];
    expect(line.account).toBe(line.account.trim());
    expect(result.variance.excludedRows).toContainEqual(
      expect.objectContaining({ sheet: 'Budget FY26', row: 10, reason: 'subtotal' }),
    );
    // The #N/A in Actuals FY26!H7 is reported with its cell.
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'error', sheet: 'Actuals FY26', cell: 'H7' }),
    );
  }, 30000);

  it('reviews the period asked for and applies the thresholds given', async () => {
    const march = await analyseSample('--period', '2026-03', '--threshold', '50%', '--abs-threshold', '1,000,000');
    expect(march.period).toBe('2026-03');
    // No line of the sample moves by 50 % and 1m at once.
    expect(march.variance.lines.filter((l) => l.ytd.budget !== 0 && l.ytd.material)).toEqual([]);
  }, 30000);

  it('prints a readable summary without --json', async () => {
    const { io, out } = capture();
    expect(await analyzeCommand([SAMPLE], io)).toBe(0);
    const text = out.join('');
    expect(text).toContain('June 2026, FY2026');
    expect(text).toMatch(/Net result +-?[\d,]+/);
    expect(text).toMatch(/- Revenue is [\d.]+ % (above|below) budget YTD/);
  }, 30000);

  it('compares like for like unless told not to, and says which', async () => {
    const { io, out } = capture();
    expect(await analyzeCommand([SAMPLE, '--no-like-for-like'], io)).toBe(0);
    expect(out.join('')).toContain('Data quality: 2 figures rest on cells that could not be read');
    expect(out.join('')).toContain('Not like for like: an unreadable actual counts as 0 against the full budget.');
    const json = await analyseSample('--no-like-for-like');
    expect(json.dataQuality?.likeForLike).toBe(false);
    expect((await analyseSample()).dataQuality?.likeForLike).toBe(true);
  }, 60000);

  it('fails with one line and exit 1 when the file cannot be read', async () => {
    const { io, out, err } = capture();
    expect(await analyzeCommand(['/nonexistent/budget.xlsx', '--json'], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('')).toBe('ops-review analyze: /nonexistent/budget.xlsx does not exist.\n');
  });

  it('exits 2 with the usage for bad arguments', async () => {
    const { io, err } = capture();
    expect(await analyzeCommand([SAMPLE, '--period', '2026-13'], io)).toBe(2);
    expect(err.join('')).toContain('--period needs a month written YYYY-MM, e.g. 2026-10.');
    expect(err.join('')).toContain('Usage: ops-review analyze FILE.xlsx');
  });
});

describe('parseAnalyzeArgs', () => {
  it('reads fractions, percentages and amounts, in either option style', () => {
    expect(parseAnalyzeArgs(['a.xlsx', '--threshold=10%', '--abs-threshold', '5,000', '--json'])).toEqual({
      file: 'a.xlsx',
      json: true,
      threshold: 0.1,
      absoluteThreshold: 5000,
      notes: [],
    });
    expect(parseAnalyzeArgs(['a.xlsx', '--threshold', '0.05'])).toMatchObject({ threshold: 0.05, json: false });
  });

  it('says what is wrong in words', () => {
    expect(parseAnalyzeArgs([])).toBe('which workbook? Give the path of an .xlsx file.');
    expect(parseAnalyzeArgs(['a.xlsx', 'b.xlsx'])).toBe('only one workbook can be analysed at a time ("b.xlsx").');
    expect(parseAnalyzeArgs(['a.xlsx', '--threshold', 'ten'])).toContain('--threshold needs a number');
    expect(parseAnalyzeArgs(['a.xlsx', '--threshold', '-1'])).toBe('--threshold cannot be negative.');
    expect(parseAnalyzeArgs(['a.xlsx', '--period'])).toBe('--period needs a value.');
    expect(parseAnalyzeArgs(['a.xlsx', '--verbose'])).toBe('unknown option "--verbose".');
  });
});
