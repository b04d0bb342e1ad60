import type { KpiDirection } from '../read/datasets';

export type TrendDirection = 'improving' | 'worsening' | 'flat';

/** A least-squares trend over the last few periods. */
export interface Trend {
  readonly direction: TrendDirection;
  /** Change per period in the series' own units (ordinary least squares on 0, 1, 2, ...). */
  readonly slope: number;
  /**
   * Improvement per period as a fraction of the series' level (mean absolute value over the window):
   * positive = improving, negative = worsening, whatever the KPI's direction. This is what lets KPIs
   * in different units, and cost lines, be ranked together.
   */
  readonly rate: number;
}

export interface TrendOptions {
  /** Number of most recent periods fitted. @default 6 */
  readonly window?: number;
  /** Below this |rate| (fraction of level per period) the trend is "flat". @default 0.005 (0.5 % per period) */
  readonly flatTolerance?: number;
}

/** Fewer points than this give no trend: two points are a difference, not a trend. */
export const MIN_TREND_POINTS = 3;

/**
 * Trend of the last `window` values of a series, for a KPI or a cost line.
 *
 * "Flat" is relative to the level rather than absolute, so a 0.1-point drift matters on a 2 % defect rate but not on
 * a 95 % on-time rate: flat when |slope| / mean(|value|) is under `flatTolerance`. For a range KPI the fitted series is
 * the distance outside the band (0 inside), so moving back into the band is improving from either side.
 *
 * @param values - oldest first, one per period (gaps already removed).
 * @returns null when fewer than {@link MIN_TREND_POINTS} values are given.
 */
export function trend(
  values: readonly number[],
  direction: KpiDirection,
  options: TrendOptions & { readonly low?: number | null; readonly high?: number | null } = {},
): Trend | null {
  const window = values.slice(-(options.window ?? 6));
  if (window.length < MIN_TREND_POINTS) return null;
  const slope = leastSquaresSlope(window);
  const level = window.reduce((sum, v) => sum + Math.abs(v), 0) / window.length;
  const goodSlope = improvementSlope(window, slope, direction, options.low ?? null, options.high ?? null);
  // A series stuck at zero has no level to be relative to: any movement at all is then a trend.
  const rate = level > 0 ? goodSlope / level : Math.sign(goodSlope);
  const tolerance = options.flatTolerance ?? 0.005;
  const trendDirection: TrendDirection = Math.abs(rate) < tolerance ? 'flat' : rate > 0 ? 'improving' : 'worsening';
  return { direction: trendDirection, slope, rate };
}

/** Slope per step of the ordinary least-squares line through (0, y0), (1, y1), ... */
export function leastSquaresSlope(y: readonly number[]): number {
  const n = y.length;
  const meanX = (n - 1) / 2;
  const meanY = y.reduce((sum, v) => sum + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  y.forEach((v, x) => {
    sxy += (x - meanX) * (v - meanY);
    sxx += (x - meanX) ** 2;
  });
  return sxx === 0 ? 0 : sxy / sxx;
}

function improvementSlope(
  window: readonly number[],
  slope: number,
  direction: KpiDirection,
  low: number | null,
  high: number | null,
): number {
  if (direction === 'higher') return slope;
  if (direction === 'lower') return -slope;
  const lo = low ?? -Infinity;
  const hi = high ?? Infinity;
  const outside = window.map((v) => (v < lo ? lo - v : v > hi ? v - hi : 0));
  return -leastSquaresSlope(outside);
}
