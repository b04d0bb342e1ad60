import { forecast } from '../../../src/engine/forecast';
import { analyzeVariance } from '../../../src/engine/variance/analyzeVariance';
import type { OutlookForecaster } from '../../../src/engine/variance/outlook';
import { FY2026, makeFacts, repeat } from './makeFacts';

/** A forecaster whose answer is easy to check by hand: every future month equals the last month seen. */
const lastValue: OutlookForecaster = (y, { h }) => ({
  ok: true,
  mean: repeat(y[y.length - 1], h),
  method: 'LastValue',
});
const failing: OutlookForecaster = () => ({ ok: false, reason: 'too short' });

function run(priorMonths: number, forecaster: OutlookForecaster | null) {
  const facts = makeFacts([
    { account: 'Rent', type: 'expense', amounts: { budget: repeat(100, 12), actual: [110, 120, 130] } },
    {
      account: 'Rent',
      type: 'expense',
      from: `2025-${String(13 - priorMonths).padStart(2, '0')}`,
      amounts: { priorYear: repeat(90, priorMonths) },
    },
  ]);
  return analyzeVariance({ facts, excludedRows: [], period: '2026-03', fiscalYear: FY2026, forecaster }).variance
    .lines[0].fullYear;
}

describe('full-year outlook', () => {
  it('forecasts the remaining months when the line has 12 months of history', () => {
    // History: 9 prior-year months + Jan-Mar = 12. Outlook = 360 actual + 9 x 130 (last value) = 1,530.
    expect(run(9, lastValue)).toMatchObject({ outlook: 1530, variance: 330, outlookMethod: 'forecast:LastValue' });
  });

  it('uses the remaining budget with less history, a failed forecast or no forecaster', () => {
    // 360 actual + 9 x 100 budget = 1,260.
    for (const fullYear of [run(8, lastValue), run(12, failing), run(12, null)]) {
      expect(fullYear).toMatchObject({ outlook: 1260, outlookMethod: 'remaining budget' });
    }
  });

  it('offers the budget to the forecaster as the seasonal shape of the months before and after the period', () => {
    let seen: unknown = null;
    const spy: OutlookForecaster = (y, options) => {
      seen = options.references;
      return lastValue(y, options);
    };
    run(9, spy);
    // 9 prior-year months (no budget), Jan–Mar (budget 100 each), then the 9 remaining months (budget 100 each).
    expect(seen).toEqual([{ name: 'the budget', values: [...new Array<null>(9).fill(null), ...repeat(100, 12)] }]);
  });

  it('follows a budget with a Q4 rise on 18 months of history when the backtest favours it', () => {
    // Last year: about 100 a month with a Q4 of about 130; this year runs about 5 % above it to June; the budget
    // phases the same rise, smoothly. The statistical forecast cannot see a season in 18 months; the budget's
    // shape forecast last year's second half and this year's spring better, so it is followed.
    const lastYear = [100, 97, 103, 99, 101, 100, 98, 102, 100, 131, 128, 131];
    const thisYear = [105, 104, 106, 104, 107, 105];
    const budget = [...repeat(102, 9), ...repeat(132.6, 3)];
    const facts = makeFacts([
      { account: 'Sales', type: 'revenue', amounts: { budget, actual: thisYear } },
      { account: 'Sales', type: 'revenue', from: '2025-01', amounts: { priorYear: lastYear } },
    ]);
    const input = { facts, excludedRows: [], period: '2026-06', fiscalYear: FY2026, forecaster: forecast };
    const { fullYear } = analyzeVariance(input).variance.lines[0];
    // Run rate 631 / 612 of the budget: Jul–Dec = (631 / 612) × (3 × 102 + 3 × 132.6) = 725.5; + 631 YTD.
    expect(fullYear.outlookMethod).toBe('forecast:Seasonal shape of the budget');
    expect(fullYear.outlook).toBeCloseTo(631 + (631 / 612) * (3 * 102 + 3 * 132.6), 3);
  });

  it('marks an expense line overspent once its YTD actual passes the full-year budget', () => {
    const facts = makeFacts([
      { account: 'Fees', type: 'expense', amounts: { budget: repeat(10, 12), actual: [50, 50, 30] } },
    ]);
    const { fullYear } = analyzeVariance({ facts, excludedRows: [], period: '2026-03', fiscalYear: FY2026 }).variance
      .lines[0];
    // 130 spent against 120 approved for the year: 108.3 % consumed.
    expect(fullYear).toMatchObject({ overspent: true, consumed: 1.08333333333 });
  });
});

describe('full-year outlook around an unreadable actual (like for like)', () => {
  // Revenue: budget 100 a month; actuals Jan-Jun 100, 100, 100, 100, #N/A, 100 after a prior year of 100 a month.
  // The reader leaves May out of the facts and lists the cell as unreadable.
  const facts = makeFacts([
    { account: 'Sales', type: 'revenue', amounts: { budget: repeat(100, 12), actual: [100, 100, 100, 100, 0, 100] } },
    { account: 'Sales', type: 'revenue', from: '2025-01', amounts: { priorYear: repeat(100, 12) } },
  ]).filter((f) => !(f.scenario === 'actual' && f.period === '2026-05'));
  const line = facts[0];
  const unreadable = [
    {
      source: { sheet: 'Actuals', cell: 'F2' },
      issue: 'error-value' as const,
      shown: '#N/A',
      period: '2026-05',
      figure: { kind: 'line' as const, scenario: 'actual' as const, line },
    },
  ];
  const fullYear = (likeForLike: boolean) =>
    analyzeVariance({
      facts,
      excludedRows: [],
      period: '2026-06',
      fiscalYear: FY2026,
      forecaster: lastValue,
      unreadable,
      options: { likeForLike },
    }).variance.lines[0].fullYear;

  it('estimates the month from its neighbours instead of counting it as 0', () => {
    // May = mean of April and June = 100; outlook = 6 x 100 + 6 x 100 (last value) = 1,200: on budget.
    expect(fullYear(true)).toMatchObject({ outlook: 1200, variance: 0 });
  });

  it('counts it as 0 when like for like is off, as that option says', () => {
    // 500 actual + 6 x 100 = 1,100.
    expect(fullYear(false)).toMatchObject({ outlook: 1100, variance: -100 });
  });
});
