import type { EtsParameters, EtsSpec, EtsState } from './EtsSpec';

/** What one pass of the model over the history yields. */
export interface EtsFilterResult {
  /** −2·log-likelihood up to a constant (R forecast's `lik`): n·log Σe² (+ 2·Σ log|ŷ| for multiplicative error). */
  readonly lik: number;
  /** Σe² of the model's own errors: absolute (additive error) or relative (multiplicative error). */
  readonly sse: number;
  readonly final: EtsState;
}

/**
 * Runs the state-space recursion of Hyndman et al. (2008, Table 2.3) over y and scores it. The state updates
 * written in terms of y are the same for both error types (the error type changes only the likelihood), as in
 * R's C routine `etscalc`. Returns null when the model cannot describe the data (a forecast or a multiplicative
 * divisor at or below zero), which the optimiser reads as "not here".
 */
export function etsFilter(
  y: readonly number[],
  spec: EtsSpec,
  p: EtsParameters,
  init: EtsState,
  seasons: Float64Array,
): EtsFilterResult | null {
  const m = init.seasons.length;
  for (let k = 0; k < m; k++) seasons[k] = init.seasons[k];
  const hasTrend = spec.trend !== 'N';
  const phi = spec.trend === 'Ad' ? p.phi : 1;
  const multSeason = spec.season === 'M';
  const addSeason = spec.season === 'A';
  const multError = spec.error === 'M';
  const betaStar = hasTrend ? p.beta / p.alpha : 0;
  let level = init.level;
  let trend = hasTrend ? init.trend : 0;
  let sse = 0;
  let logSum = 0;
  // Σ log ŷ is taken as the log of a running product, renormalised every 16 steps: one log per 16 periods
  // instead of one per period, and no underflow (a forecast is at most ~1e300 apart from 1 over 16 steps).
  let product = 1;
  let k = 0;
  for (let t = 0; t < y.length; t++) {
    const q = level + phi * trend;
    const s = seasons[k];
    const fitted = multSeason ? q * s : addSeason ? q + s : q;
    const e = y[t] - fitted;
    if (multError) {
      if (!(fitted > 0)) return null;
      const r = e / fitted;
      sse += r * r;
      product *= fitted;
      if ((t & 15) === 15) {
        logSum += Math.log(product);
        product = 1;
      }
    } else {
      sse += e * e;
    }
    if (multSeason && !(s > 0 && q > 0)) return null;
    const adjusted = multSeason ? y[t] / s : addSeason ? y[t] - s : y[t];
    const newLevel = q + p.alpha * (adjusted - q);
    if (hasTrend) trend = phi * trend + betaStar * (newLevel - level - phi * trend);
    if (multSeason) seasons[k] = s + p.gamma * (y[t] / q - s);
    else if (addSeason) seasons[k] = s + p.gamma * (y[t] - q - s);
    level = newLevel;
    k = k + 1 === m ? 0 : k + 1;
  }
  logSum += Math.log(product);
  const n = y.length;
  // A perfect fit has Σe² = 0; floor it so the likelihood stays finite and such a model simply ranks first.
  const lik = n * Math.log(Math.max(sse, 1e-300)) + (multError ? 2 * logSum : 0);
  // Rotate nothing: seasons[k] still applies to periods t with t mod m = k, including the future ones.
  return { lik, sse, final: { level, trend, seasons: Array.from(seasons) } };
}
