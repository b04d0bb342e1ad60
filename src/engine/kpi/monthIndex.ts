import type { Period } from '../read/datasets';

/**
 * Months since year 0 for a "YYYY-MM" period, so periods can be subtracted.
 * @throws Error when the period is not "YYYY-MM" (readers only produce valid periods: this is a caller bug).
 */
export function monthIndex(period: Period): number {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) throw new Error(`monthIndex requires a "YYYY-MM" period, got "${period}"`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}
