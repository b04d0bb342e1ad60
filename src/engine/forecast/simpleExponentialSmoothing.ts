/** Simple exponential smoothing fitted by least squares: smoothing weight, initial level and residual variance. */
export interface SesFit {
  readonly alpha: number;
  readonly level0: number;
  /** Final smoothed level: the flat point forecast. */
  readonly level: number;
  /** Residual variance, SSE / (n - 2) (two estimated quantities, alpha and the initial level). */
  readonly sigma2: number;
}

/**
 * For a fixed alpha the one-step errors are linear in the initial level, so the least-squares level is closed-form;
 * returns the SSE and that level.
 */
function sseAt(y: readonly number[], alpha: number): { sse: number; level0: number } {
  // l_{t-1} = c_t·l0 + d_t; e_t = y_t - d_t - c_t·l0.
  let c = 1;
  let d = 0;
  let scc = 0;
  let scr = 0;
  let srr = 0;
  for (const v of y) {
    const r = v - d;
    scc += c * c;
    scr += c * r;
    srr += r * r;
    d = (1 - alpha) * d + alpha * v;
    c *= 1 - alpha;
  }
  const level0 = scr / scc;
  return { sse: Math.max(0, srr - (scr * scr) / scc), level0 };
}

/**
 * Fits SES by minimising the in-sample one-step mean squared error over alpha and the initial level, the
 * criterion of R's `ses()` (forecast package, `ets(y, "ANN", opt.crit = "mse")`). Alpha is searched on a
 * coarse grid then refined by golden section, so multimodal error curves do not trap it.
 */
export function simpleExponentialSmoothing(y: readonly number[]): SesFit {
  const lo = 1e-4;
  const hi = 0.9999;
  let best = lo;
  let bestSse = Infinity;
  const steps = 20;
  for (let i = 0; i <= steps; i++) {
    const a = lo + ((hi - lo) * i) / steps;
    const s = sseAt(y, a).sse;
    if (s < bestSse) [best, bestSse] = [a, s];
  }
  let a = Math.max(lo, best - (hi - lo) / steps);
  let b = Math.min(hi, best + (hi - lo) / steps);
  const g = (Math.sqrt(5) - 1) / 2;
  let x1 = b - g * (b - a);
  let x2 = a + g * (b - a);
  let f1 = sseAt(y, x1).sse;
  let f2 = sseAt(y, x2).sse;
  for (let k = 0; k < 40 && b - a > 1e-7; k++) {
    if (f1 <= f2) {
      b = x2;
      x2 = x1;
      f2 = f1;
      x1 = b - g * (b - a);
      f1 = sseAt(y, x1).sse;
    } else {
      a = x1;
      x1 = x2;
      f1 = f2;
      x2 = a + g * (b - a);
      f2 = sseAt(y, x2).sse;
    }
  }
  const alpha = f1 <= f2 ? x1 : x2;
  const chosen = sseAt(y, alpha).sse <= bestSse ? alpha : best;
  const { sse, level0 } = sseAt(y, chosen);
  let level = level0;
  for (const v of y) level += chosen * (v - level);
  return { alpha: chosen, level0, level, sigma2: sse / Math.max(1, y.length - 2) };
}
