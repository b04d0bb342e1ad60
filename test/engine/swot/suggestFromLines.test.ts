import type { VarianceLine } from '../../../src/engine/results/AnalysisResult';
import { suggestFromLines } from '../../../src/engine/swot/suggestFromLines';

const neutral = { budget: 100, actual: 100, variance: 0, variancePct: 0, favourable: true, material: false };

/** A line whose full-year outlook comes from its forecast: `outlook` against a budget of 1,000,000. */
function outlookLine(account: string, type: 'revenue' | 'expense', outlook: number): VarianceLine {
  const variance = outlook - 1_000_000;
  return {
    key: account,
    account,
    accountCode: null,
    department: 'Road Freight',
    dims: {},
    type,
    month: neutral,
    qtd: neutral,
    ytd: neutral,
    fullYear: {
      budget: 1_000_000,
      outlook,
      outlookMethod: 'forecast',
      variance,
      variancePct: variance / 1_000_000,
      consumed: 0.5,
      overspent: false,
    },
    priorYear: null,
    forecast: null,
    unbudgeted: false,
    sources: [{ sheet: 'Actuals FY26', cell: 'D12' }],
  };
}

describe('suggestFromLines: forecast outlooks', () => {
  it('calls a cost overspend a threat in those words, and suggests no cost underspend as an opportunity', () => {
    const found = suggestFromLines([
      outlookLine('Subcontracted haulage', 'expense', 1_100_000),
      outlookLine('Tyres', 'expense', 900_000),
      outlookLine('Road freight revenue', 'revenue', 1_100_000),
      outlookLine('Fuel surcharge income', 'revenue', 900_000),
    ]).map((r) => [r.suggestion.category, r.suggestion.factor]);
    expect(found).toEqual([
      ['T', 'Subcontracted haulage (Road Freight) forecast overspend'],
      ['O', 'Road freight revenue (Road Freight) forecast above budget'],
      ['T', 'Fuel surcharge income (Road Freight) forecast below budget'],
    ]);
  });

  it("gives its evidence in figures, without the forecasting method's name", () => {
    const [haulage] = suggestFromLines([outlookLine('Subcontracted haulage', 'expense', 1_100_000)]);
    // 1,100,000 - 1,000,000 = +100,000, +10 % of budget.
    expect(haulage.suggestion.evidence).toBe(
      'Subcontracted haulage (Road Freight): full-year outlook 1,100,000 against budget 1,000,000 (+100,000, +10 %), from the forecast of its actuals so far.',
    );
  });
});
