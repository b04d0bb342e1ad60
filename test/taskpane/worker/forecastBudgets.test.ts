import type { FinanceFact } from '../../../src/engine/read/datasets';
import { forecastBudgets } from '../../../src/taskpane/worker/forecastBudgets';
import { analysisResult } from '../../fixtures/analysisResult';

const fact = (over: Partial<FinanceFact>): FinanceFact =>
  ({
    account: 'Product revenue',
    accountCode: null,
    department: 'Sales',
    dims: {},
    type: 'revenue',
    scenario: 'budget',
    period: '2026-04',
    amount: 100,
    source: { sheet: 'Budget', cell: 'E5' },
    ...over,
  }) as FinanceFact;

describe('forecastBudgets', () => {
  it('sums the budget of the totals by month over the months a forecast charts, and leaves other scenarios out', () => {
    const facts = [
      fact({ amount: 300_000 }),
      fact({ account: 'Service revenue', amount: 240_000 }),
      fact({ scenario: 'actual', amount: 999 }),
      fact({ type: 'expense', account: 'Rent', department: 'Admin', amount: 50_000 }),
      fact({ period: '2030-01', amount: 1 }),
    ];
    const budgets = forecastBudgets(facts, analysisResult.forecasts);
    // Total revenue: 300,000 + 240,000 in April 2026; nothing for months without a budget; 2030 is not charted.
    expect(budgets['total:revenue']).toEqual([{ period: '2026-04', value: 540_000 }]);
    expect(budgets['total:expense']).toBeUndefined();
  });

  it('gives a line forecast its own line budget', () => {
    const raw = analysisResult.forecasts[1];
    const series = { ...raw, key: 'Raw materials | Operations' };
    const period = series.history[0].period;
    const facts = [
      fact({ account: 'Raw materials', department: 'Operations', type: 'expense', period, amount: 70_000 }),
      fact({ account: 'Raw materials', department: 'Sales', type: 'expense', period, amount: 5 }),
    ];
    expect(forecastBudgets(facts, [series])).toEqual({ 'Raw materials | Operations': [{ period, value: 70_000 }] });
  });
});
