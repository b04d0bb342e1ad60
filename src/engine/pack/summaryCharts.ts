/**
 * The two charts directors look at first, on the Summary sheet: revenue by month against budget (or forecast) and
 * the month's variance by department.
 */
import type { AnalysisResult } from '../results/AnalysisResult';
import { COLOURS } from './ibcsColours';
import type { ChartBlock } from './Pack';
import type { MonthlyTotal } from './PackOptions';
import { AMOUNT_FORMAT, DELTA_FORMAT } from './numberFormats';
import { periodLabel } from '../period/periodLabel';

/** Revenue by month: actual solid columns, budget outlined columns, forecast a dashed line for later months. */
export function monthlyChart(result: AnalysisResult, monthly: readonly MonthlyTotal[]): ChartBlock | null {
  let months = monthly;
  if (months.length === 0) {
    const revenue = result.forecasts.find((f) => /revenue/i.test(f.key));
    if (!revenue) return null;
    const actual = new Map(revenue.history.map((h) => [h.period, h.value]));
    const forecast = new Map(revenue.points.map((p) => [p.period, p.mean]));
    months = result.fiscalYear.periods.map((period) => ({
      period,
      actual: actual.get(period) ?? null,
      budget: null,
      forecast: forecast.get(period) ?? null,
    }));
  }
  const hasBudget = months.some((m) => m.budget !== null);
  return {
    kind: 'chart',
    id: 'chart-budget-vs-actual',
    spec: {
      type: 'columnLine',
      title: `Revenue by month, ${result.fiscalYear.label}: ${hasBudget ? 'actual vs budget' : 'actual and forecast'}`,
      categoryHeader: 'Month',
      categories: months.map((m) => m.period),
      series: [
        {
          name: 'Actual',
          values: months.map((m) => (m.period <= result.period ? m.actual : null)),
          role: 'actual',
          plotAs: 'column',
          colour: COLOURS.actual,
        },
        ...(hasBudget
          ? [
              {
                name: 'Budget',
                values: months.map((m) => m.budget),
                role: 'budget' as const,
                plotAs: 'column' as const,
                colour: COLOURS.budget,
              },
            ]
          : []),
        {
          name: 'Forecast',
          values: months.map((m) => (m.period > result.period ? m.forecast : null)),
          role: 'forecast',
          plotAs: 'line',
          colour: COLOURS.forecast,
        },
      ],
      valueFormat: AMOUNT_FORMAT,
    },
  };
}

/** Month variance of each department's result, sorted by impact, green when it helps the result, red when not. */
export function departmentChart(result: AnalysisResult): ChartBlock | null {
  const departments = result.variance.rollups
    .filter((r) => r.by === 'department')
    .sort((a, b) => b.month.variance - a.month.variance);
  if (departments.length === 0) return null;
  return {
    kind: 'chart',
    id: 'chart-variance-by-department',
    spec: {
      type: 'bar',
      title: `Result variance by department, ${periodLabel(result.period)} (ΔBU)`,
      categoryHeader: 'Department',
      categories: departments.map((d) => d.label),
      series: [
        {
          name: 'ΔBU',
          values: departments.map((d) => d.month.variance),
          role: 'neutral',
          plotAs: 'bar',
          colour: COLOURS.neutral,
          pointColours: departments.map((d) => (d.month.favourable ? COLOURS.good : COLOURS.bad)),
        },
      ],
      valueFormat: DELTA_FORMAT,
    },
  };
}
