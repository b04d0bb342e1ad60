import type { Period } from '../read/datasets';

/**
 * Months since year 0 for a "YYYY-MM" period, so periods can be subtracted and stepped.
 * @throws Error when the period is not "YYYY-MM" (readers only produce valid periods: this is a caller bug).
 */
export function monthIndex(period: Period): number {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) throw new Error(`monthIndex requires a "YYYY-MM" period, got "${period}"`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/** The "YYYY-MM" period of a {@link monthIndex}. */
export function periodOf(index: number): Period {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
