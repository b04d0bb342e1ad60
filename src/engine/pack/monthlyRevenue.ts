/** Revenue by month and scenario from the finance facts, for the Summary's budget-vs-actual chart. */
import type { FinanceFact, Period } from '../read/datasets';
import type { MonthlyTotal } from './PackOptions';

/**
 * Sums revenue facts per month of `periods` (the fiscal year) for actual, budget and forecast; a month with no
 * fact of a scenario gets null, not 0, so the chart leaves a gap rather than drawing a false zero.
 */
export function monthlyRevenue(facts: readonly FinanceFact[], periods: readonly Period[]): MonthlyTotal[] {
  const sums = new Map<string, number>();
  for (const fact of facts) {
    if (fact.type !== 'revenue' || fact.scenario === 'priorYear' || !Number.isFinite(fact.amount)) continue;
    const key = `${fact.scenario}|${fact.period}`;
    sums.set(key, (sums.get(key) ?? 0) + fact.amount);
  }
  return periods.map((period) => ({
    period,
    actual: sums.get(`actual|${period}`) ?? null,
    budget: sums.get(`budget|${period}`) ?? null,
    forecast: sums.get(`forecast|${period}`) ?? null,
  }));
}
