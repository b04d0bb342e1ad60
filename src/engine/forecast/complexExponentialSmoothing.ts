import { nelderMead } from './ets/nelderMead';
import type { MethodForecast } from './MethodForecast';
import { onAdjusted } from './seasonalAdjustment';

/** The complex smoothing parameter a0 + i·a1 of CES and the initial state it starts from. */
export interface CesParameters {
  readonly a0: number;
  readonly a1: number;
  readonly level0: number;
  readonly potential0: number;
}

/**
 * Whether CES(a0, a1) is stable: both eigenvalues of the discount matrix D = F − g·w' inside the unit circle
 * (Svetunkov & Kourentzes 2018, §3.2). For a 2×2 matrix with trace T and determinant Δ that is |Δ| < 1 and
 * |T| < 1 + Δ (the Schur–Cohn / Jury conditions).
 */
export function cesStable(a0: number, a1: number): boolean {
  // D = [[1 − a0 + a1, a1 − 1], [1 − a0 − a1, 1 − a0]]
  const d11 = 1 - a0 + a1;
  const d12 = a1 - 1;
  const d21 = 1 - a0 - a1;
  const d22 = 1 - a0;
  const trace = d11 + d22;
  const det = d11 * d22 - d12 * d21;
  return Math.abs(det) < 1 && Math.abs(trace) < 1 + det;
}

/**
 * One pass of CES over y (state-space form of Svetunkov & Kourentzes 2018, eq. 9, the form statsforecast's
 * `AutoCES` runs): y_t = l_{t−1} + ε_t, l_t = l_{t−1} − (1 − a1)·c_{t−1} + (a0 − a1)·ε_t,
 * c_t = l_{t−1} + (1 − a0)·c_{t−1} + (a0 + a1)·ε_t. c is the "information potential", the imaginary part that
 * lets one smoothing weight follow both level and a slowly changing trend without a separate trend component.
 */
function cesPass(y: readonly number[], p: CesParameters): { sse: number; level: number; potential: number } {
  let level = p.level0;
  let potential = p.potential0;
  let sse = 0;
  for (const v of y) {
    const e = v - level;
    sse += e * e;
    const next = level - (1 - p.a1) * potential + (p.a0 - p.a1) * e;
    potential = level + (1 - p.a0) * potential + (p.a0 + p.a1) * e;
    level = next;
  }
  return { sse, level, potential };
}

/**
 * Fits non-seasonal CES by least squares over a0, a1 and the initial state, from statsforecast's start
 * (a0 = 1.3, a1 = 1; level the mean of the first ten values, potential that level / 1.1), keeping to the
 * stable region.
 */
export function fitCes(y: readonly number[]): CesParameters {
  const head = y.slice(0, Math.min(10, y.length));
  const level0 = head.reduce((a, b) => a + b, 0) / head.length;
  const scale = y.reduce((a, v) => a + Math.abs(v), 0) / y.length || 1;
  const decode = (u: readonly number[]): CesParameters => ({
    a0: u[0],
    a1: u[1],
    level0: level0 + u[2] * scale,
    potential0: level0 / 1.1 + u[3] * scale,
  });
  const objective = (u: number[]): number => (cesStable(u[0], u[1]) ? cesPass(y, decode(u)).sse : Infinity);
  const best = nelderMead(objective, [1.3, 1, 0, 0], { maxEvaluations: 240, tolerance: 1e-7, step: 0.1 });
  return decode(best.x);
}

/**
 * CES forecasts (Svetunkov & Kourentzes 2018): ŷ_{n+k} = w'·F^{k−1}·v_n. The model is linear with additive
 * errors, so its forecast variance is exact (Hyndman et al. 2008, eq. 6.1): σ²·(1 + Σ_{j=1}^{k−1} (w'·F^{j−1}·g)²),
 * σ² = SSE / (n − 4) for two smoothing weights and two initial states.
 */
export function cesForecast(y: readonly number[], p: CesParameters, h: number): MethodForecast {
  const { sse, level, potential } = cesPass(y, p);
  const sigma2 = sse / Math.max(1, y.length - 4);
  const mean: number[] = [];
  const sd: number[] = [];
  let l = level;
  let c = potential;
  // (gl, gc) = F^{j−1}·g; its first element is the weight of a past error j steps on.
  let gl = p.a0 - p.a1;
  let gc = p.a0 + p.a1;
  let cumulative = 0;
  for (let k = 0; k < h; k++) {
    mean.push(l);
    sd.push(Math.sqrt(sigma2 * (1 + cumulative)));
    [l, c] = [l - (1 - p.a1) * c, l + (1 - p.a0) * c];
    cumulative += gl * gl;
    [gl, gc] = [gl - (1 - p.a1) * gc, gl + (1 - p.a0) * gc];
  }
  return { name: 'CES', mean, sd };
}

/**
 * Complex exponential smoothing on the seasonally adjusted series (classical decomposition when the ACF test
 * finds seasonality, as for Theta), reseasonalised. AutoCES in statsforecast also tries seasonal CES variants;
 * here the season is taken out once and shared with the Theta models, which keeps CES to four parameters.
 */
export function complexExponentialSmoothing(y: readonly number[], period: number, h: number): MethodForecast {
  return onAdjusted(y, period, (adjusted) => cesForecast(adjusted, fitCes(adjusted), h));
}
