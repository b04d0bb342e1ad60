import { nelderMead } from './ets/nelderMead';
import type { MethodForecast } from './MethodForecast';
import { onAdjusted } from './seasonalAdjustment';

/** The parameters of a theta model: smoothing weight, theta coefficient, initial smoothed level. */
export interface ThetaParameters {
  readonly alpha: number;
  readonly theta: number;
  readonly level0: number;
}

/** One pass of the model: the one-step errors and the in-sample k-step squared errors by horizon. */
interface ThetaPass {
  readonly sse: number;
  /** sum and count of squared k-step errors from each origin, k = 1..h (only when asked) */
  readonly multi: { sum: number[]; count: number[] };
  readonly state: ThetaState;
}

/** Level, running mean, dynamic intercept A and slope B after `t + 1` observations; decay = (1 − α)^(t + 1). */
interface ThetaState {
  level: number;
  mean: number;
  a: number;
  b: number;
  t: number;
  decay: number;
}

/**
 * The one-step prediction μ from the state after observation `s.t` (Fiorucci et al. 2016, eq. 3.7, 0-based as
 * statsforecast's `thetaupdate`): the smoothed level plus (1 − 1/θ) of the regression line's drift.
 */
function predict(s: ThetaState, p: ThetaParameters): number {
  const next = s.decay * (1 - p.alpha);
  return s.level + (1 - 1 / p.theta) * (s.a * s.decay + (s.b * (1 - next)) / p.alpha);
}

/** Takes observation `y` (or, forecasting, the prediction itself) into the state: Fiorucci et al. 2016, eq. 3.8-3.11. */
function update(s: ThetaState, y: number, alpha: number): void {
  const i = s.t + 1;
  const previousMean = s.mean;
  s.level = alpha * y + (1 - alpha) * s.level;
  s.mean = (i * previousMean + y) / (i + 1);
  s.b = ((i - 1) * s.b + (6 * (y - previousMean)) / (i + 1)) / (i + 2);
  s.a = s.mean - (s.b * (i + 2)) / 2;
  s.t = i;
  s.decay *= 1 - alpha;
}

function start(y: readonly number[], p: ThetaParameters): ThetaState {
  return { level: p.alpha * y[0] + (1 - p.alpha) * p.level0, mean: y[0], a: y[0], b: 0, t: 0, decay: 1 - p.alpha };
}

/**
 * Runs the dynamic model over y. With `horizon` > 0 it also forecasts `horizon` steps from every origin and
 * collects the squared errors by step: the in-sample multi-step errors that give the model's intervals.
 */
function pass(y: readonly number[], p: ThetaParameters, horizon: number): ThetaPass {
  const s = start(y, p);
  const multi = { sum: new Array<number>(horizon).fill(0), count: new Array<number>(horizon).fill(0) };
  let sse = 0;
  for (let t = 1; t < y.length; t++) {
    const e = y[t] - predict(s, p);
    // statsforecast skips the first three errors, whose dynamic line rests on one to three points.
    if (t >= 3) sse += e * e;
    if (horizon > 0 && t >= 3) {
      const ahead = { ...s };
      for (let k = 0; k < horizon && t + k < y.length; k++) {
        const f = predict(ahead, p);
        multi.sum[k] += (y[t + k] - f) ** 2;
        multi.count[k] += 1;
        update(ahead, f, p.alpha);
      }
    }
    update(s, y[t], p.alpha);
  }
  return { sse, multi, state: s };
}

const sigmoid = (u: number): number => 1 / (1 + Math.exp(-u));

/**
 * Fits the Dynamic Optimised Theta Model (DOTM) of Fiorucci, Pellegrini, Louzada, Petropoulos & Koehler (2016),
 * "Models for optimising the theta method and their relationship to state space models", IJF 32(4): alpha in
 * [0.1, 0.99], theta >= 1 and the initial level by least squares, the bounds and start (alpha 0.5, theta 2) of
 * statsforecast's `DynamicOptimizedTheta`. Unlike classical Theta, the regression line is updated as each value
 * arrives and theta is chosen by the data, so the drift follows recent trend changes.
 */
export function fitDynamicOptimisedTheta(y: readonly number[]): ThetaParameters {
  const decode = (u: number[]): ThetaParameters => ({
    alpha: 0.1 + 0.89 * sigmoid(u[0]),
    theta: 1 + Math.exp(u[1]),
    level0: y[0] + u[2],
  });
  const scale = y.reduce((a, v) => a + Math.abs(v), 0) / y.length || 1;
  // Start: alpha 0.5 (u 0), theta 2 (u 0), the first value as level; the simplex steps in units of the data's size.
  const best = nelderMead((u) => pass(y, decode([u[0], u[1], u[2] * scale]), 0).sse, [0, 0, 0], {
    maxEvaluations: 180,
    tolerance: 1e-7,
    step: 0.5,
  });
  return decode([best.x[0], best.x[1], best.x[2] * scale]);
}

/**
 * Forecasts from a fitted DOTM: the model's own recursion with each prediction fed back as the observation.
 * The standard error at step k is the root mean square of the model's in-sample k-step errors (from every origin,
 * parameters fixed), an empirical variance: the model has no closed form for it (Fiorucci et al. 2016, §4).
 */
export function dynamicOptimisedThetaForecast(y: readonly number[], p: ThetaParameters, h: number): MethodForecast {
  const { multi, state, sse } = pass(y, p, h);
  const oneStep = Math.sqrt(sse / Math.max(1, y.length - 3 - 3));
  const mean: number[] = [];
  const sd: number[] = [];
  const ahead = { ...state };
  let last = oneStep;
  for (let k = 0; k < h; k++) {
    const f = predict(ahead, p);
    mean.push(f);
    update(ahead, f, p.alpha);
    // Fewer than 5 origins at a long step say little: carry the spread of the last well-measured step forward,
    // growing as a random walk's would.
    const measured = multi.count[k] >= 5 ? Math.sqrt(multi.sum[k] / multi.count[k]) : last * Math.sqrt((k + 1) / k);
    last = Math.max(measured, last);
    sd.push(last);
  }
  return { name: 'DOTM', mean, sd };
}

/**
 * DOTM on the seasonally adjusted series (multiplicative classical decomposition when the ACF test finds
 * seasonality, as statsforecast and R `thetaf()` do), reseasonalised.
 */
export function dynamicOptimisedTheta(y: readonly number[], period: number, h: number): MethodForecast {
  return onAdjusted(y, period, (adjusted) =>
    dynamicOptimisedThetaForecast(adjusted, fitDynamicOptimisedTheta(adjusted), h),
  );
}
