/** The seasonal figure of a classical decomposition, one value per position in the season. */
export interface SeasonalFigure {
  readonly type: 'multiplicative' | 'additive';
  /** figure[i] is the seasonal effect of y[i mod period]: mean 1 (multiplicative) or 0 (additive). */
  readonly figure: number[];
}

/**
 * Centred moving average of order `period` (a 2×m average when m is even), as R's `decompose()` and
 * Makridakis, Wheelwright & Hyndman (1998) §3/4 compute it; NaN where the window does not fit.
 */
export function centredMovingAverage(y: readonly number[], period: number): number[] {
  const n = y.length;
  const out = new Array<number>(n).fill(NaN);
  const half = Math.floor(period / 2);
  const even = period % 2 === 0;
  for (let t = half; t < n - half; t++) {
    let s = 0;
    if (even) {
      s = 0.5 * y[t - half] + 0.5 * y[t + half];
      for (let k = -half + 1; k < half; k++) s += y[t + k];
    } else {
      for (let k = -half; k <= half; k++) s += y[t + k];
    }
    out[t] = s / period;
  }
  return out;
}

/**
 * Classical decomposition's seasonal figure (R `decompose(y, type)$figure`, aligned to y[0]): detrend by the
 * centred moving average, average each season's ratios (or differences), normalise to mean 1 (or 0).
 * Requires y.length >= 2·period; returns null otherwise or when a ratio cannot be formed.
 */
export function decompose(y: readonly number[], period: number, type: SeasonalFigure['type']): SeasonalFigure | null {
  if (period < 2 || y.length < 2 * period) return null;
  const trend = centredMovingAverage(y, period);
  const sum = new Array<number>(period).fill(0);
  const count = new Array<number>(period).fill(0);
  for (let t = 0; t < y.length; t++) {
    if (Number.isNaN(trend[t])) continue;
    if (type === 'multiplicative' && trend[t] === 0) return null;
    sum[t % period] += type === 'multiplicative' ? y[t] / trend[t] : y[t] - trend[t];
    count[t % period] += 1;
  }
  const raw = sum.map((s, i) => s / count[i]);
  const centre = raw.reduce((a, b) => a + b, 0) / period;
  if (type === 'multiplicative' && !(centre > 0)) return null;
  const figure = raw.map((v) => (type === 'multiplicative' ? v / centre : v - centre));
  return figure.every(Number.isFinite) ? { type, figure } : null;
}
