import { analyzeVariance, MAX_SENTENCE_CELLS } from '../../../src/engine/variance/analyzeVariance';
import { VarianceSectionSchema } from '../../../src/engine/results/AnalysisResult';
import type { OutlookForecaster } from '../../../src/engine/variance/outlook';
import { FY2026, makeFacts, repeat } from './makeFacts';

/*
 * Worked example, calendar FY2026, review period May 2026 (QTD = Apr-May, YTD = Jan-May, 7 months remain).
 * Rows (sheet row = 5 + index):
 *   5 4000 Sales        Sales       revenue  budget 1,000/month; actual 900, 1000, 1100, 1000, 1200
 *   6 6100 Travel       Marketing   expense  budget   100/month; actual 140 each month
 *   7 6200 Rent         Operations  expense  budget   500/month; actual 500 each month
 *   8 6900 Consulting   Marketing   expense  no budget;           actual 0, 0, 0, 2000, 1000
 *   9 6300 Software     Operations  expense  budget   300/month; no actuals
 */
const facts = makeFacts([
  {
    account: '4000 Sales',
    department: 'Sales',
    type: 'revenue',
    amounts: { budget: repeat(1000, 12), actual: [900, 1000, 1100, 1000, 1200] },
  },
  {
    account: '6100 Travel',
    department: 'Marketing',
    type: 'expense',
    amounts: { budget: repeat(100, 12), actual: repeat(140, 5) },
  },
  {
    account: '6200 Rent',
    department: 'Operations',
    type: 'expense',
    amounts: { budget: repeat(500, 12), actual: repeat(500, 5) },
  },
  { account: '6900 Consulting', department: 'Marketing', type: 'expense', amounts: { actual: [0, 0, 0, 2000, 1000] } },
  { account: '6300 Software', department: 'Operations', type: 'expense', amounts: { budget: repeat(300, 12) } },
]);

const run = () =>
  analyzeVariance({
    facts,
    excludedRows: [{ sheet: 'Budget', row: 10, reason: 'subtotal', label: 'Total operating expenses' }],
    period: '2026-05',
    fiscalYear: FY2026,
    options: { currency: '$' },
  });

describe('analyzeVariance: worked example', () => {
  const { variance, diagnostics } = run();
  const line = (account: string) => variance.lines.find((l) => l.account === account);
  const rollup = (by: string, key: string) => variance.rollups.find((r) => r.by === by && r.key === key);

  it('produces a section that parses with the published schema', () => {
    expect(() => VarianceSectionSchema.parse(variance)).not.toThrow();
    expect(variance.excludedRows).toEqual([
      { sheet: 'Budget', row: 10, reason: 'subtotal', label: 'Total operating expenses' },
    ]);
  });

  it('computes month, QTD and YTD of a revenue line', () => {
    const sales = line('4000 Sales');
    // May: 1,200 - 1,000 = +200, 200 / 1,000 = 20 %, revenue up: favourable, >= 10 %: material.
    expect(sales?.month).toEqual({
      budget: 1000,
      actual: 1200,
      variance: 200,
      variancePct: 0.2,
      favourable: true,
      material: true,
    });
    // Apr-May: 2,200 - 2,000 = +200 = exactly 10 %: material.
    expect(sales?.qtd).toMatchObject({ budget: 2000, actual: 2200, variance: 200, variancePct: 0.1, material: true });
    // Jan-May: 5,200 - 5,000 = +200 = 4 %: not material.
    expect(sales?.ytd).toMatchObject({ budget: 5000, actual: 5200, variance: 200, variancePct: 0.04, material: false });
    expect(sales?.key).toBe('4000 Sales | Sales');
  });

  it('computes the full-year outlook from the remaining budget', () => {
    // Travel: 700 YTD + 7 x 100 remaining = 1,400 against 1,200: +200 = 16.7 %; 700 / 1,200 = 58.3 % consumed.
    expect(line('6100 Travel')?.fullYear).toEqual({
      budget: 1200,
      outlook: 1400,
      variance: 200,
      variancePct: 0.166666666667,
      consumed: 0.583333333333,
      overspent: false,
      outlookMethod: 'remaining budget',
    });
    // Software: no actuals count as 0; 0 + 7 x 300 = 2,100 against 3,600.
    expect(line('6300 Software')?.ytd).toMatchObject({
      budget: 1500,
      actual: 0,
      variance: -1500,
      variancePct: -1,
      favourable: true,
    });
    expect(line('6300 Software')?.fullYear).toMatchObject({ outlook: 2100, variance: -1500 });
  });

  it('shows unbudgeted actuals with a zero budget, flags them and warns at their first cell', () => {
    const consulting = line('6900 Consulting');
    expect(consulting?.unbudgeted).toBe(true);
    expect(consulting?.month).toEqual({
      budget: 0,
      actual: 1000,
      variance: 1000,
      variancePct: null,
      favourable: false,
      material: true,
    });
    expect(consulting?.fullYear).toMatchObject({ budget: 0, outlook: 3000, consumed: null, overspent: true });
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        sheet: 'Actuals',
        cell: 'C8',
        message: '6900 Consulting in Marketing has actual amounts but no budget line; it is shown with a budget of 0.',
        code: 'unbudgeted-actuals',
      },
    ]);
  });

  it('rolls up by type with the type sign and by department and total as results', () => {
    // Expenses YTD: budget 500 + 2,500 + 0 + 1,500 = 4,500; actual 700 + 2,500 + 3,000 + 0 = 6,200.
    expect(rollup('type', 'expense')?.ytd).toMatchObject({
      budget: 4500,
      actual: 6200,
      variance: 1700,
      favourable: false,
    });
    // Net result YTD: budget 5,000 - 4,500 = 500; actual 5,200 - 6,200 = -1,000; variance -1,500 = -300 % of |500|.
    expect(rollup('total', 'total')?.ytd).toMatchObject({
      budget: 500,
      actual: -1000,
      variance: -1500,
      variancePct: -3,
      favourable: false,
    });
    // Marketing: -(100 x 5) budget, -(700 + 3,000) actual; Operations: -4,000 budget, -2,500 actual.
    expect(rollup('department', 'Marketing')?.ytd).toMatchObject({ budget: -500, actual: -3700, variance: -3200 });
    expect(rollup('department', 'Operations')?.ytd).toMatchObject({
      budget: -4000,
      actual: -2500,
      variance: 1500,
      favourable: true,
    });
    // Expenses full year: budget 1,200 + 6,000 + 0 + 3,600 = 10,800; outlook 1,400 + 6,000 + 3,000 + 2,100 = 12,500.
    expect(rollup('type', 'expense')?.fullYear).toMatchObject({
      budget: 10800,
      outlook: 12500,
      variance: 1700,
      overspent: false,
    });
    expect(rollup('department', 'Marketing')?.fullYear.overspent).toBe(true);
  });

  it('ranks the largest YTD variances each way', () => {
    // Favourable: Software -1,500, Sales +200; unfavourable: Consulting +3,000, Travel +200. Rent has none.
    expect(variance.top).toEqual({
      favourable: ['6300 Software | Operations', '4000 Sales | Sales'],
      unfavourable: ['6900 Consulting | Marketing', '6100 Travel | Marketing'],
    });
  });

  it('drafts the narrative from those figures', () => {
    expect(variance.narrative.map((s) => s.text)).toEqual([
      'Revenue is 4.0 % above budget YTD (+$200), mainly 4000 Sales in Sales (+$200).',
      // 1,700 / 4,500 = 37.8 %.
      'Expenses are 37.8 % over budget YTD (+$1.7k), mainly 6900 Consulting in Marketing (+$3.0k).',
      // May expenses: actual 140 + 500 + 1,000 = 1,640 against 900: 82.2 % over.
      'In May 2026, revenue is $1.2k (20.0 % above budget) and expenses are $1.6k (82.2 % over budget).',
      'The net result YTD is -$1.0k, $1.5k worse than budget.',
      // Revenue: 5,200 + 7 x 1,000 = 12,200 (+200 = 1.7 %); expenses 12,500 against 10,800 (+1,700 = 15.7 %).
      'The full-year outlook for revenue is $12.2k against a budget of $12.0k (+$200, 1.7 % above): actuals to May 2026 plus the remaining budget.',
      'The full-year outlook for expenses is $12.5k against a budget of $10.8k (+$1.7k, 15.7 % over): actuals to May 2026 plus the remaining budget.',
      '6900 Consulting in Marketing has spent $3.0k YTD with no full-year budget.',
      '1 line has actuals but no budget ($3.0k of expenses YTD): 6900 Consulting in Marketing.',
    ]);
  });

  it('traces each sentence to its lines and cells', () => {
    const revenue = variance.narrative[0];
    expect(revenue.lineKeys).toEqual(['4000 Sales | Sales']);
    // Budget and actual Jan-May of row 5: C5..G5 on both sheets.
    expect(revenue.cells).toHaveLength(10);
    expect(revenue.cells).toContainEqual({ sheet: 'Actuals', cell: 'G5' });
    const overspent = variance.narrative[6];
    expect(overspent.lineKeys).toEqual(['6900 Consulting | Marketing']);
    expect(overspent.cells.map((c) => c.cell)).toEqual(['C8', 'D8', 'E8', 'F8', 'G8']);
  });
});

describe('analyzeVariance: sentences of a large workbook', () => {
  it("list at most 1,000 cells, the first lines' first, and still name every line", () => {
    // 100 revenue lines x 5 months of YTD x budget and actual = 1,000 cells would be listed; 150 lines make 1,500.
    const many = makeFacts(
      Array.from({ length: 150 }, (_, i) => ({
        account: `${4000 + i} Sales ${i}`,
        type: 'revenue' as const,
        amounts: { budget: repeat(1000, 12), actual: repeat(1100, 5) },
      })),
    );
    const { variance } = analyzeVariance({ facts: many, excludedRows: [], period: '2026-05', fiscalYear: FY2026 });
    const ytd = variance.narrative[0];
    expect(ytd.lineKeys).toHaveLength(150);
    expect(ytd.cells).toHaveLength(MAX_SENTENCE_CELLS);
    expect(ytd.cells.slice(0, 10)).toEqual(
      many.filter((f) => f.account === '4000 Sales 0' && f.period <= '2026-05').map((f) => f.source),
    );
  });
});

describe('analyzeVariance: lines', () => {
  it('keeps lines with no department and rolls up without departments', () => {
    const { variance } = analyzeVariance({
      facts: makeFacts([{ account: 'Travel', type: 'expense', amounts: { budget: [10], actual: [12] } }]),
      excludedRows: [],
      period: '2026-01',
      fiscalYear: FY2026,
    });
    expect(variance.lines[0]).toMatchObject({ key: 'Travel', department: null });
    expect(variance.rollups.map((r) => r.by)).toEqual(['type', 'total']);
  });

  it('separates lines by further dimensions, in a key independent of column order', () => {
    const facts = makeFacts([
      {
        account: 'Sales',
        type: 'revenue',
        dims: { Region: 'North', Channel: 'Web' },
        amounts: { budget: [1], actual: [1] },
      },
      {
        account: 'Sales',
        type: 'revenue',
        dims: { Channel: 'Web', Region: 'South' },
        amounts: { budget: [2], actual: [2] },
      },
    ]);
    const { variance } = analyzeVariance({ facts, excludedRows: [], period: '2026-01', fiscalYear: FY2026 });
    expect(variance.lines.map((l) => l.key)).toEqual([
      'Sales | Channel=Web | Region=North',
      'Sales | Channel=Web | Region=South',
    ]);
  });

  it('leaves out lines with nothing in the fiscal year', () => {
    const facts = makeFacts([{ account: 'Old', type: 'expense', from: '2024-01', amounts: { actual: [5] } }]);
    const { variance } = analyzeVariance({ facts, excludedRows: [], period: '2026-01', fiscalYear: FY2026 });
    expect(variance.lines).toEqual([]);
  });

  it('applies account overrides before department overrides before the global threshold', () => {
    const facts = makeFacts([
      { account: '6100 Travel', department: 'Marketing', type: 'expense', amounts: { budget: [100], actual: [106] } },
      { account: '6200 Rent', department: 'Marketing', type: 'expense', amounts: { budget: [100], actual: [106] } },
      { account: '6300 Phone', department: 'Ops', type: 'expense', amounts: { budget: [100], actual: [106] } },
    ]);
    const { variance } = analyzeVariance({
      facts,
      excludedRows: [],
      period: '2026-01',
      fiscalYear: FY2026,
      options: {
        accountThresholds: { ' 6100 travel ': { threshold: 0.2 } },
        departmentThresholds: { Marketing: { threshold: 0.05 } },
      },
    });
    // 6 % variance: Travel needs 20 % (account), Rent 5 % (department), Phone 10 % (global).
    expect(variance.lines.map((l) => l.month.material)).toEqual([false, true, false]);
  });
});

describe('analyzeVariance: outlook sentences', () => {
  const texts = (period: string, forecaster: OutlookForecaster | null) =>
    analyzeVariance({
      facts: makeFacts([
        { account: 'Rent', type: 'expense', amounts: { budget: repeat(100, 12), actual: repeat(100, 12) } },
        { account: 'Rent', type: 'expense', from: '2025-01', amounts: { actual: repeat(100, 12) } },
        { account: 'Fees', type: 'expense', amounts: { budget: repeat(10, 12), actual: repeat(10, 12) } },
      ]),
      excludedRows: [],
      period,
      fiscalYear: FY2026,
      forecaster,
    }).variance.narrative.map((s) => s.text);
  const flat: OutlookForecaster = (y, { h }) => ({ ok: true, mean: repeat(y[y.length - 1], h), method: 'Flat' });

  it('says when forecasts and the remaining budget were mixed', () => {
    // Rent has 2025 actuals (a year of history) and is forecast; Fees has 6 months and uses its remaining budget.
    expect(texts('2026-06', flat)).toContain(
      // 12 x 100 + 12 x 10 = 1,320 both ways: the flat forecast repeats the 100 and 10 actuals.
      'The full-year outlook for expenses is 1.3k against a budget of 1.3k: actuals to June 2026 plus forecasts of the remaining months for lines with a year of history, the remaining budget for the others.',
    );
  });

  it('says the outlook is the actual once the year is complete', () => {
    expect(texts('2026-12', flat).at(-1)).toBe(
      'The full-year outlook for expenses is 1.3k against a budget of 1.3k: the year is complete, so the outlook is the actual.',
    );
  });
});
