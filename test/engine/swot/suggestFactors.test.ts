import type { KpiResult } from '../../../src/engine/results/AnalysisResult';
import { SwotSuggestionSchema } from '../../../src/engine/results/AnalysisResult';
import { SUGGESTIONS_PER_CATEGORY, suggestFactors } from '../../../src/engine/swot/suggestFactors';
import { kpiResult } from '../../fixtures/kpiResult';

/** A green percentage KPI at 97 % against 95 %, on target for the three months April to June 2026. */
const kpi = (partial: Partial<KpiResult> & Pick<KpiResult, 'name'>): KpiResult =>
  kpiResult({
    unit: '%',
    target: 0.95,
    actual: 0.97,
    attainment: 0.97 / 0.95,
    history: [0.96, 0.97, 0.97].map((value, i) => ({ period: `2026-0${i + 4}`, value, target: 0.95 })),
    source: { sheet: 'KPIs', cell: 'A4' },
    ...partial,
  });

describe('suggestFactors', () => {
  it('suggests a KPI on target three periods running as a strength, and its projected upside as an opportunity', () => {
    const onTime = kpi({
      name: 'On-time delivery',
      projection: {
        period: '2026-12',
        value: 1.0,
        target: 0.95,
        text: 'At this trend, on-time delivery reaches 100 % by December against 95 %.',
      },
    });
    const suggestions = suggestFactors({ kpis: [onTime], lines: [], forecasts: [] });
    for (const s of suggestions) expect(SwotSuggestionSchema.safeParse(s).success).toBe(true);
    expect(suggestions).toEqual([
      {
        factor: 'On-time delivery consistently on target',
        category: 'S',
        evidence: 'On-time delivery met its target in each of the last 3 periods (97 % against 95 %).',
        cells: [{ sheet: 'KPIs', cell: 'A4' }],
      },
      {
        // projected attainment 1.00 / 0.95 = 1.053, above the 1.05 upside threshold
        factor: 'On-time delivery projected above target',
        category: 'O',
        evidence: 'At this trend, on-time delivery reaches 100 % by December against 95 %.',
        cells: [{ sheet: 'KPIs', cell: 'A4' }],
      },
    ]);
  });

  it('does not call a KPI consistent on two periods, nor a range KPI whose band is not known here', () => {
    const short = kpi({ name: 'Fill rate', history: kpi({ name: 'x' }).history.slice(1) });
    const range = kpi({ name: 'Stock days', direction: 'range', unit: 'days', target: 35, actual: 35, attainment: 1 });
    expect(suggestFactors({ kpis: [short, range], lines: [], forecasts: [] })).toEqual([]);
  });

  it(`keeps the ${SUGGESTIONS_PER_CATEGORY} weakest of many red KPIs, worst first`, () => {
    // attainments 0.90, 0.89, ... 0.83: the five furthest from 1 are 0.83 to 0.87
    const red = Array.from({ length: 8 }, (_, i) =>
      kpi({ name: `KPI ${i}`, status: 'red', actual: 0.95 * (0.9 - i / 100), attainment: 0.9 - i / 100 }),
    );
    const factors = suggestFactors({ kpis: red, lines: [], forecasts: [] })
      .filter((s) => s.category === 'W')
      .map((s) => s.factor);
    expect(factors).toEqual(['KPI 7', 'KPI 6', 'KPI 5', 'KPI 4', 'KPI 3'].map((n) => `${n} below target`));
  });
});
