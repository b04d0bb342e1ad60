/**
 * sMAPE of one forecast as in the M3 competition: mean over the horizon of 200·|A − F| / (|A| + |F|).
 * A point where actual and forecast are both zero is a perfect forecast and scores 0.
 */
export function smape(actual: readonly number[], predicted: readonly number[]): number {
  let s = 0;
  actual.forEach((a, i) => {
    const d = Math.abs(a) + Math.abs(predicted[i]);
    s += d > 0 ? (200 * Math.abs(a - predicted[i])) / d : 0;
  });
  return s / actual.length;
}

/**
 * In-sample scale of MASE (Hyndman & Koehler 2006): mean absolute seasonal difference of the history at lag
 * `period` (lag 1 when period is 1 or the history is a single season).
 */
export function maseScale(history: readonly number[], period: number): number {
  const lag = period > 1 && history.length > period ? period : 1;
  let s = 0;
  for (let t = lag; t < history.length; t++) s += Math.abs(history[t] - history[t - lag]);
  return history.length > lag ? s / (history.length - lag) : 0;
}

/** MASE of one forecast: mean absolute error divided by {@link maseScale}; null when that scale is zero. */
export function mase(actual: readonly number[], predicted: readonly number[], scale: number): number | null {
  if (!(scale > 0)) return null;
  let s = 0;
  actual.forEach((a, i) => (s += Math.abs(a - predicted[i])));
  return s / actual.length / scale;
}
