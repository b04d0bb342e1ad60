import type { KpiResult, VarianceCell, VarianceLine } from '../../../src/engine/results/AnalysisResult';
import { SwotResultSchema } from '../../../src/engine/results/AnalysisResult';
import { ieCell, scoreSwot, strategyFor } from '../../../src/engine/swot/scoreSwot';
import { kpiResult as scoredKpi } from '../../fixtures/kpiResult';
import { DAVID_RETAIL_COMPUTER_STORE_IFE, DISTRIBUTOR_EFE, factor } from './swotFixtures';

const noEvidence = { kpis: [], lines: [], forecasts: [] };

function cell(budget: number, actual: number, type: 'revenue' | 'expense', material = true): VarianceCell {
  const variance = actual - budget;
  return {
    budget,
    actual,
    variance,
    variancePct: budget === 0 ? null : variance / Math.abs(budget),
    favourable: type === 'revenue' ? variance >= 0 : variance <= 0,
    material,
  };
}

function line(
  account: string,
  type: 'revenue' | 'expense',
  ytd: [number, number],
  fullYear: { budget: number; outlook: number; outlookMethod: string },
  row: number,
): VarianceLine {
  const [budget, actual] = ytd;
  const c = cell(budget / 6, actual / 6, type);
  const variance = fullYear.outlook - fullYear.budget;
  return {
    key: `${account}|Ops`,
    account,
    accountCode: null,
    department: 'Ops',
    dims: {},
    type,
    month: c,
    qtd: c,
    ytd: cell(budget, actual, type),
    fullYear: {
      ...fullYear,
      variance,
      variancePct: variance / fullYear.budget,
      consumed: actual / fullYear.budget,
      overspent: type === 'expense' && actual > fullYear.budget,
    },
    priorYear: null,
    forecast: null,
    unbudgeted: false,
    sources: [{ sheet: 'Actuals', cell: `C${row}` }],
  };
}

/** A green KPI at 96 against a target of 95. */
const kpiResult = (partial: Partial<KpiResult> & Pick<KpiResult, 'name'>): KpiResult =>
  scoredKpi({ target: 95, actual: 96, attainment: 96 / 95, ...partial });

describe('scoreSwot', () => {
  it("places David's IFE example (2.50) with the EFE example (2.45) in cell V: hold and maintain", () => {
    const { swot, diagnostics } = scoreSwot([...DAVID_RETAIL_COMPUTER_STORE_IFE, ...DISTRIBUTOR_EFE], noEvidence);
    expect(diagnostics).toEqual([]);
    expect(SwotResultSchema.safeParse(swot).success).toBe(true);
    expect(swot).toMatchObject({ ife: 2.5, efe: 2.45, ieCell: 'V', strategy: 'hold-and-maintain' });
    expect(swot?.items).toHaveLength(23);
    // The heaviest three of each side meet in each TOWS quadrant
    expect(swot?.tows.find((t) => t.pair === 'WT')).toEqual({
      pair: 'WT',
      internal: [
        'Location of store negatively impacted by new Highway 34',
        'Revenues from software segment of store down 12 percent',
        'Store has no Web site',
      ],
      external: [
        'Fuel prices up 18 %',
        'Largest customer re-tendering its contract',
        'New minimum-wage rules from January',
      ],
    });
    expect(swot?.tows.map((t) => t.pair)).toEqual(['SO', 'WO', 'ST', 'WT']);
  });

  it('is null without a SWOT table, and null with an error when one side has no rated factor', () => {
    expect(scoreSwot([], noEvidence)).toEqual({ swot: null, diagnostics: [] });
    const { swot, diagnostics } = scoreSwot(DISTRIBUTOR_EFE, noEvidence);
    expect(swot).toBeNull();
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        sheet: 'SWOT',
        cell: null,
        message:
          'The SWOT table has no rated strength or weakness, so the IFE total and the IE matrix cannot be worked out.',
        code: 'swot-incomplete',
      },
    ]);
  });

  it('re-exports the IE helpers the pane uses for live editing', () => {
    expect(strategyFor(ieCell(3.2, 1.4))).toBe('hold-and-maintain'); // strong IFE, low EFE: VII
  });

  it('suggests factors from the KPIs and lines, with their evidence and cells, skipping ones already listed', () => {
    const history = [1, 2, 3, 4].map((m) => ({ period: `2026-0${m}`, value: 96, target: 95 }));
    const kpis = [
      kpiResult({ name: 'On-time delivery', unit: '%', history }),
      kpiResult({
        name: 'Scrap rate',
        unit: '%',
        direction: 'lower',
        target: 0.02,
        actual: 0.03,
        attainment: 0.02 / 0.03,
        status: 'red',
        periodsOffTarget: 3,
        history: [0.025, 0.028, 0.03].map((value, i) => ({ period: `2026-0${i + 2}`, value, target: 0.02 })),
        projection: {
          period: '2026-12',
          value: 0.035,
          target: 0.02,
          text: 'At this trend, scrap rate reaches 3.5 % by December against 2 %.',
        },
        source: { sheet: 'KPIs', cell: 'A3' },
      }),
    ];
    const lines = [
      // Revenue 1.10m YTD against 1.00m; full-year outlook 2.2m against 2.0m (+10 %) from the forecast
      line(
        'Product sales',
        'revenue',
        [1_000_000, 1_100_000],
        { budget: 2_000_000, outlook: 2_200_000, outlookMethod: 'forecast:ETS(A,A,N)' },
        5,
      ),
      // Travel has spent 52,000 against a full-year budget of 50,000
      line(
        'Travel',
        'expense',
        [25_000, 52_000],
        { budget: 50_000, outlook: 60_000, outlookMethod: 'remaining budget' },
        9,
      ),
    ];
    const records = [
      ...DAVID_RETAIL_COMPUTER_STORE_IFE,
      ...DISTRIBUTOR_EFE,
      factor('S', 'On-time delivery consistently on target', 0.01, 3),
    ];
    const { swot } = scoreSwot(records, { kpis, lines, forecasts: [] });
    expect(swot?.suggestions).toEqual([
      {
        factor: 'Product sales (Ops) consistently favourable',
        category: 'S',
        evidence:
          'Product sales (Ops) is favourable in the month, quarter and year to date: 1,100,000 against budget 1,000,000 (+100,000, +10 %) year to date.',
        cells: [{ sheet: 'Actuals', cell: 'C5' }],
      },
      {
        factor: 'Travel (Ops) overspent',
        category: 'W',
        evidence: 'Travel (Ops) has already spent 52,000, 104 % of its full-year budget of 50,000.',
        cells: [{ sheet: 'Actuals', cell: 'C9' }],
      },
      {
        factor: 'Scrap rate below target',
        category: 'W',
        evidence: 'Scrap rate is red: 3 % against a target of 2 %, off target 3 periods in a row.',
        cells: [{ sheet: 'KPIs', cell: 'A3' }],
      },
      {
        factor: 'Product sales (Ops) forecast above budget',
        category: 'O',
        evidence:
          'Product sales (Ops): full-year outlook 2,200,000 against budget 2,000,000 (+200,000, +10 %), from the forecast of its actuals so far.',
        cells: [{ sheet: 'Actuals', cell: 'C5' }],
      },
      {
        factor: 'Scrap rate projected short of target',
        category: 'T',
        evidence: 'At this trend, scrap rate reaches 3.5 % by December against 2 %.',
        cells: [{ sheet: 'KPIs', cell: 'A3' }],
      },
    ]);
  });
});
