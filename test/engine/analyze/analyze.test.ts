import { analyze } from '../../../src/engine/analyze/analyze';
import type { Grid } from '../../../src/engine/grid/Grid';
import type { FinanceFact } from '../../../src/engine/read/datasets';
import { readWorkbook } from '../../../src/engine/read/readWorkbook';
import type { WorkbookRead } from '../../../src/engine/read/WorkbookRead';
import { AnalysisResultSchema } from '../../../src/engine/results/AnalysisResult';
import { FY2026, makeFacts, repeat } from '../variance/makeFacts';

function workbook(facts: FinanceFact[], lastActualPeriod: string | null = '2026-03'): WorkbookRead {
  return {
    tables: [],
    facts,
    kpis: [],
    swot: [],
    objectives: [],
    excludedRows: [],
    diagnostics: [{ severity: 'info', sheet: 'Budget', cell: 'A1', message: 'from the reader' }],
    fiscalYear: FY2026,
    lastActualPeriod,
  };
}

const simple = makeFacts([
  { account: 'Sales', type: 'revenue', amounts: { budget: repeat(100, 12), actual: [90, 95, 100] } },
  { account: 'Rent', type: 'expense', amounts: { budget: repeat(50, 12), actual: [50, 50, 50] } },
]);

describe('analyze', () => {
  it('reviews the last month with actuals by default and keeps the reader diagnostics first', () => {
    const result = analyze(workbook(simple), { forecasts: false });
    expect(() => AnalysisResultSchema.parse(result)).not.toThrow();
    expect(result.period).toBe('2026-03');
    expect(result.fiscalYear).toEqual({ ...FY2026, periods: [...FY2026.periods] });
    expect(result.diagnostics[0].message).toBe('from the reader');
    // Sales YTD: 285 against 300 = -15, -5 %.
    expect(result.variance.lines[0].ytd).toMatchObject({ budget: 300, actual: 285, variance: -15, variancePct: -0.05 });
    expect(result).toMatchObject({ forecasts: [], kpis: [], scorecard: null, swot: null, goals: [] });
  });

  it('applies the thresholds it is given', () => {
    const loose = analyze(workbook(simple), { forecasts: false, threshold: 0.2 });
    const strict = analyze(workbook(simple), { forecasts: false, threshold: 0.01 });
    // Sales YTD: -15 against 300 = 5 %: material at a 1 % threshold, not at 20 %.
    expect(loose.variance.lines[0].ytd.material).toBe(false);
    expect(strict.variance.lines[0].ytd.material).toBe(true);
  });

  it('warns when the chosen month has no actuals yet, and moves to that month’s fiscal year', () => {
    const result = analyze(workbook(simple), { forecasts: false, period: '2027-02' });
    expect(result.fiscalYear.label).toBe('FY2027');
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'period-after-actuals',
        message: expect.stringContaining('There are no actuals for February 2027 yet'),
      }),
    );
    // Nothing of FY2026 belongs to FY2027.
    expect(result.variance.lines).toEqual([]);
  });

  it('reviews the first month of the fiscal year, with a warning, when there are no actuals', () => {
    const budgetOnly = makeFacts([{ account: 'Rent', type: 'expense', amounts: { budget: repeat(50, 12) } }]);
    const result = analyze(workbook(budgetOnly, null), { forecasts: false });
    expect(result.period).toBe('2026-01');
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'no-actuals' }));
  });

  it('rejects invalid options as a caller bug', () => {
    expect(() => analyze(workbook(simple), { period: '2026-13' })).toThrow('period must be a month written YYYY-MM');
  });

  it('forecasts total revenue, total expenses and material expense lines through the fiscal year end', () => {
    // Two years of monthly actuals with a seasonal pattern; Travel runs 30 % over budget so it is material.
    const season = [1, 1.1, 1.2, 0.9, 1, 1.1, 1.3, 1.2, 1, 0.9, 0.8, 1.4];
    const history = (level: number) => [...season, ...season.slice(0, 9)].map((s) => level * s);
    const facts = makeFacts([
      { account: 'Sales', type: 'revenue', from: '2025-01', amounts: { actual: history(1000) } },
      { account: 'Sales', type: 'revenue', amounts: { budget: repeat(1000, 12) } },
      { account: 'Travel', type: 'expense', from: '2025-01', amounts: { actual: history(130) } },
      { account: 'Travel', type: 'expense', amounts: { budget: repeat(100, 12) } },
    ]);
    const result = analyze(workbook(facts, '2026-09'));
    expect(result.forecasts.map((f) => f.key)).toEqual(['total:revenue', 'total:expense', 'Travel']);
    const revenue = result.forecasts[0];
    // 21 months of history (Jan 2025 - Sep 2026), 3 months to the fiscal year end.
    expect(revenue.history).toHaveLength(21);
    expect(revenue.points.map((p) => p.period)).toEqual(['2026-10', '2026-11', '2026-12']);
    for (const p of revenue.points)
      expect(p.lo95 <= p.lo80 && p.lo80 <= p.mean && p.mean <= p.hi80 && p.hi80 <= p.hi95).toBe(true);
    // The outlook used the forecast engine for lines with >= 12 months of history.
    expect(result.variance.lines[0].fullYear.outlookMethod).toMatch(/^forecast:/);
  });
});

describe('analyze on read grids', () => {
  const sheet = (name: string, travel: number[], rent: number[], sales: number[]): Grid => ({
    sheet: name,
    address: 'A1',
    values: [
      ['Account', 'Department', 'Jan-26', 'Feb-26'],
      ['6100 Travel', 'Marketing', ...travel],
      ['6200 Rent', 'Marketing', ...rent],
      ['Total Marketing', null, travel[0] + rent[0], travel[1] + rent[1]],
      ['4000 Sales', 'Sales', ...sales],
    ],
  });

  it('never counts subtotal rows', () => {
    const read = readWorkbook([
      sheet('Budget', [100, 110], [200, 200], [1000, 1000]),
      sheet('Actuals', [120, 90], [200, 200], [900, 1100]),
    ]);
    const result = analyze(read, { forecasts: false });
    const expenses = result.variance.rollups.find((r) => r.by === 'type' && r.key === 'expense');
    // Travel 100 + 110 + Rent 200 + 200 = 610 budget YTD; the "Total Marketing" row (310 + 300) is not added again.
    expect(expenses?.ytd).toMatchObject({ budget: 610, actual: 610, variance: 0 });
    expect(result.variance.excludedRows).toContainEqual(
      expect.objectContaining({ sheet: 'Budget', row: 4, reason: 'subtotal' }),
    );
    expect(result.variance.lines.map((l) => l.account)).toEqual(['6100 Travel', '6200 Rent', '4000 Sales']);
  });
});

describe('analyze: bounded forecasting', () => {
  it('forecasts the 50 largest material expense lines and says how many more there were', () => {
    // 60 expense lines, each 20 % + i over budget, so all are material and line 59 has the largest variance.
    const facts = makeFacts(
      Array.from({ length: 60 }, (_, i) => ({
        account: `Cost ${i}`,
        type: 'expense' as const,
        amounts: { budget: repeat(100, 12), actual: repeat(120 + i, 3) },
      })),
    );
    const result = analyze(workbook(facts));
    const lineSeries = result.forecasts.filter((f) => !f.key.startsWith('total:'));
    expect(lineSeries).toHaveLength(50);
    expect(lineSeries[0].key).toBe('Cost 10');
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'forecasts-limited',
        message: '10 more expense lines have material variances; forecasts were drawn for the 50 largest.',
      }),
    );
  });
});
