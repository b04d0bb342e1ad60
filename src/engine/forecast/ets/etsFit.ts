import type { EtsParameters, EtsSpec, EtsState } from './EtsSpec';
import { etsFilter } from './etsFilter';
import { etsInitialState } from './etsInitialState';
import { nelderMead } from './nelderMead';

/** A fitted ETS model: parameters, the state after the last observation, and its information criterion. */
export interface EtsFit {
  readonly spec: EtsSpec;
  readonly period: number;
  readonly n: number;
  readonly params: EtsParameters;
  readonly final: EtsState;
  /** Variance of the one-step errors (relative for multiplicative error), Σe² / (n − np + 1) as R: sigma not counted. */
  readonly sigma2: number;
  readonly aicc: number;
}

// R forecast's default bounds (the "usual" region of Hyndman et al. 2008, §10.2): 1e-4 < alpha < 0.9999,
// beta < alpha, gamma < 1 − alpha, 0.8 < phi < 0.98.
const LOW = 1e-4;
const HIGH = 0.9999;
const sigmoid = (u: number): number => 1 / (1 + Math.exp(-u));
const logit = (p: number): number => Math.log(p / (1 - p));

/**
 * Fits one ETS model by maximum likelihood over the smoothing parameters, searched in logistic coordinates that
 * map onto the usual region so the simplex never leaves it. The initial state stays at the heuristic estimate:
 * optimising it as well (up to 13 more values) is what makes R's `ets()` take half a second a series, and on the
 * M3 monthly and quarterly-aggregated series it bought no accuracy. The simplex gets 30 evaluations per parameter:
 * measured on M3, tighter optima did not forecast better (early stopping shrinks the fit towards its smooth
 * start, as R's multi-step `nmse` criterion does) and cost three times the time.
 * Returns null when the model cannot be fitted to these data.
 */
export function etsFit(y: readonly number[], spec: EtsSpec, period: number): EtsFit | null {
  const m = spec.season === 'N' ? 1 : period;
  const start = etsInitialState(y, spec, period);
  if (start === null) return null;
  const hasTrend = spec.trend !== 'N';
  const damped = spec.trend === 'Ad';
  const seasonal = spec.season !== 'N';
  const n = y.length;
  // Counted as R counts them: smoothing parameters, every initial state but one seasonal effect, and sigma.
  const np = 3 + (hasTrend ? 2 : 0) + (damped ? 1 : 0) + (seasonal ? m : 0);
  if (n - np - 1 <= 0) return null;
  const decode = (u: number[]): { params: EtsParameters; init: EtsState } => {
    const alpha = LOW + (HIGH - LOW) * sigmoid(u[0]);
    let i = 1;
    const beta = hasTrend ? LOW + (alpha - LOW) * sigmoid(u[i++]) : 0;
    const gamma = seasonal ? LOW + Math.max(0, 1 - alpha - LOW) * sigmoid(u[i++]) : 0;
    const phi = damped ? 0.8 + 0.18 * sigmoid(u[i++]) : 1;
    return { params: { alpha, beta, gamma, phi }, init: start };
  };
  const alpha0 = LOW + (0.2 * (HIGH - LOW)) / m;
  const u0 = [logit((alpha0 - LOW) / (HIGH - LOW))];
  if (hasTrend) u0.push(logit(0.1));
  if (seasonal) u0.push(logit(0.05));
  if (damped) u0.push(logit(0.9)); // phi 0.962, near R's start of 0.978 yet off the flat end of the logistic
  const buffer = new Float64Array(Math.max(1, start.seasons.length));
  const objective = (u: number[]): number => {
    const { params, init } = decode(u);
    return etsFilter(y, spec, params, init, buffer)?.lik ?? Infinity;
  };
  const best = nelderMead(objective, u0, { maxEvaluations: 30 * u0.length, tolerance: 1e-6 });
  const { params, init } = decode(best.x);
  const result = etsFilter(y, spec, params, init, buffer);
  if (result === null) return null;
  const aic = result.lik + 2 * np;
  const aicc = aic + (2 * np * (np + 1)) / (n - np - 1);
  return { spec, period: m, n, params, final: result.final, sigma2: result.sse / (n - np + 1), aicc };
}
