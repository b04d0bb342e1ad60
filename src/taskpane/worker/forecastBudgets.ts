import { type FinanceFact, type ForecastSeries, lineKeyOfRun } from '../../engine';

/** A month's budget of a forecast line, for the chart to draw beside the forecast. */
export interface BudgetPoint {
  readonly period: string;
  readonly value: number;
}

/** The forecasts' own keys for the two totals (see the engine's forecastsFor). */
const TOTALS: Record<string, FinanceFact['type']> = { 'total:revenue': 'revenue', 'total:expense': 'expense' };

/**
 * The monthly budget of each forecast series (by its key) over the months it charts, history and forecast: the
 * total of revenue or expense lines for the two totals, the line's own budget otherwise. A month with no budget
 * figure is left out rather than drawn as zero.
 */
export function forecastBudgets(
  facts: readonly FinanceFact[],
  forecasts: readonly ForecastSeries[],
): Record<string, BudgetPoint[]> {
  const wanted = new Set(forecasts.map((f) => f.key));
  const sums = new Map<string, Map<string, number>>();
  const add = (key: string, period: string, amount: number): void => {
    const months = sums.get(key) ?? new Map<string, number>();
    months.set(period, (months.get(period) ?? 0) + amount);
    sums.set(key, months);
  };
  const totals = Object.entries(TOTALS);
  const keyOf = lineKeyOfRun();
  for (const fact of facts) {
    if (fact.scenario !== 'budget' || !Number.isFinite(fact.amount)) continue;
    for (const [total, type] of totals)
      if (fact.type === type && wanted.has(total)) add(total, fact.period, fact.amount);
    const key = keyOf(fact);
    if (wanted.has(key)) add(key, fact.period, fact.amount);
  }
  const out: Record<string, BudgetPoint[]> = {};
  for (const series of forecasts) {
    const months = sums.get(series.key);
    if (!months) continue;
    const periods = [...series.history.map((h) => h.period), ...series.points.map((p) => p.period)];
    out[series.key] = periods.flatMap((period) => {
      const value = months.get(period);
      return value === undefined ? [] : [{ period, value }];
    });
  }
  return out;
}
