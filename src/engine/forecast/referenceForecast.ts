import type { SeasonalReference } from './SeasonalReference';

/** A forecast that follows a reference's monthly shape at the history's level. */
export interface ReferenceForecast {
  readonly mean: number[];
  /** actual / reference over the recent months both have: 0.97 = running at 97 % of the reference's level */
  readonly level: number;
  /** how many months the level was measured over */
  readonly months: number;
}

/** Months of overlap the run rate needs, and the most it uses (the latest year). */
const MIN_OVERLAP = 3;
const MAX_OVERLAP = 12;

/**
 * Follows a reference's shape scaled to the run rate: level = Σ actual / Σ reference over the latest months (up
 * to a year) where both have a figure, forecast = level × reference for each future month. This is the ratio
 * estimator of a multiplicative seasonal model whose indices are known (Makridakis, Wheelwright & Hyndman 1998,
 * §4/2): the reference supplies the season, the history only the level. Null when fewer than three months
 * overlap, the reference's sum over them is not positive, a future month has no reference figure or a forecast
 * is not a finite number.
 * @param y - the history; `reference.values[t]` belongs to y[t], then the h future months follow
 */
export function referenceForecast(
  y: readonly number[],
  reference: SeasonalReference,
  h: number,
): ReferenceForecast | null {
  const ref = reference.values;
  let actual = 0;
  let expected = 0;
  let months = 0;
  for (let t = y.length - 1; t >= 0 && months < MAX_OVERLAP; t--) {
    const r = ref[t];
    if (r === null || r === undefined || !Number.isFinite(r)) continue;
    actual += y[t];
    expected += r;
    months += 1;
  }
  if (months < MIN_OVERLAP || !(expected > 0)) return null;
  const level = actual / expected;
  const mean: number[] = [];
  for (let i = 0; i < h; i++) {
    const r = ref[y.length + i];
    if (r === null || r === undefined || !Number.isFinite(r)) return null;
    mean.push(level * r);
  }
  // A reference summing to nearly nothing gives a level past the finite numbers: no forecast beats a wrong one.
  return mean.every(Number.isFinite) ? { mean, level, months } : null;
}

/**
 * Last year's actuals as a reference: the value twelve (or `period`) months before each month, run on past the
 * history by repeating its last year. Null when the history is not longer than a year.
 */
export function lastYearReference(y: readonly number[], period: number, h: number): SeasonalReference | null {
  if (period < 2 || y.length <= period) return null;
  const values: (number | null)[] = [];
  for (let t = 0; t < y.length + h; t++) {
    let s = t - period;
    while (s >= y.length) s -= period;
    values.push(s >= 0 ? y[s] : null);
  }
  return { name: 'last year', values };
}
