/**
 * A group with 14 cost centres as departments (CC01..CC14), each beating its month budget by 1,000 x its number
 * (CC01 +1,000 .. CC14 +14,000) and its YTD budget by 3,000 x its number. The charts name the 11 largest
 * (CC04..CC14) and pool CC01..CC03: +1,000 + 2,000 + 3,000 = +6,000 in the month, +18,000 year to date.
 */
import { bridgeChart, CHART_DEPARTMENTS, departmentChart } from '../../../src/engine/pack/summaryCharts';
import type { AnalysisResult, Rollup } from '../../../src/engine/results/AnalysisResult';
import { analysisResult, varianceCell } from '../../fixtures/analysisResult';

const centre = (n: number): Rollup => {
  const ytd = varianceCell(900_000, 900_000 + 3_000 * n, 'result');
  return {
    by: 'department',
    key: `CC${String(n).padStart(2, '0')}`,
    label: `CC${String(n).padStart(2, '0')}`,
    month: varianceCell(300_000, 300_000 + 1_000 * n, 'result'),
    qtd: ytd,
    ytd,
    fullYear: { ...analysisResult.variance.rollups[0].fullYear },
    lineKeys: [],
  };
};
const centres = Array.from({ length: 14 }, (_, i) => centre(i + 1));
// 14 x 900,000 budget; 3,000 x (1 + .. + 14) = 315,000 above it.
const total: Rollup = {
  ...centre(0),
  by: 'total',
  key: 'total',
  label: 'Result',
  ytd: varianceCell(12_600_000, 12_915_000, 'result'),
};
const result: AnalysisResult = {
  ...analysisResult,
  variance: { ...analysisResult.variance, rollups: [...centres, total] },
};

describe('Summary charts over many departments', () => {
  it(`names the ${CHART_DEPARTMENTS - 1} largest month variances and pools the rest last`, () => {
    const spec = departmentChart(result)?.spec;
    expect(spec?.categories).toHaveLength(CHART_DEPARTMENTS);
    expect(spec?.categories.slice(0, 2)).toEqual(['CC14', 'CC13']);
    expect(spec?.categories.at(-1)).toBe('Other departments (3)');
    expect(spec?.series[0].values.at(-1)).toBe(6_000);
  });

  it('keeps the bridge adding up from budget to actual with the pooled step', () => {
    const spec = bridgeChart(result)?.spec;
    expect(spec?.categories).toEqual([
      'Budget',
      ...centres.slice(3).map((c) => c.label),
      'Other departments (3)',
      'Actual',
    ]);
    const up = spec?.series.find((s) => s.role === 'good')?.values ?? [];
    expect(up.at(-2)).toBe(18_000);
    expect(up.reduce<number>((sum, v) => sum + (v ?? 0), 0)).toBe(315_000);
  });

  it('leaves a chart of a few departments as it was', () => {
    const few = { ...result, variance: { ...result.variance, rollups: [...centres.slice(0, 3), total] } };
    expect(departmentChart(few)?.spec.categories).toEqual(['CC03', 'CC02', 'CC01']);
  });
});
