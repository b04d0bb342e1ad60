import { complexExponentialSmoothing } from './complexExponentialSmoothing';
import { dynamicOptimisedTheta } from './dynamicOptimisedTheta';
import { etsWeighted } from './ets/etsWeighted';
import type { ForecastOptions } from './ForecastOptions';
import type { MethodForecast } from './MethodForecast';
import { mixture } from './mixture';
import { onAdjusted } from './seasonalAdjustment';
import { seasonalNaive } from './seasonalNaive';
import { theta } from './theta';

const finite = (f: MethodForecast | null): f is MethodForecast =>
  f !== null && f.mean.every(Number.isFinite) && f.sd.every(Number.isFinite);

/** Fewest values DOTM and CES are fitted to in the combination. */
const MIN_FLEXIBLE_HISTORY = 10;

/**
 * The equal-weight combination of three methods from different families, each among the best single methods on
 * M3: ETS (a fitted state-space model with its own season), the Dynamic Optimised Theta Model (a regression line
 * updated as data arrive) and complex exponential smoothing (level and trend in one complex weight). The design
 * follows SCUM (Petropoulos & Svetunkov 2020), which combines ETS, CES, ARIMA and DOTM; ARIMA is left out
 * here: it costs more than the three others together and, on the M3 monthly series, its errors
 * overlap ETS's. Members that fail or leave the finite numbers drop out of the combination.
 */
function auto(y: readonly number[], m: number, h: number): MethodForecast | null {
  // Above 24 periods a year ETS has no seasonal model (R's rule), so it forecasts the adjusted series as the
  // Theta family does; otherwise it fits its own season.
  const ets = m > 24 ? onAdjusted(y, m, (adjusted) => etsWeighted(adjusted, 1, h)) : etsWeighted(y, m, h);
  // DOTM and CES each estimate 3-4 values and DOTM skips its first 3 errors: on fewer than 10 values they would
  // fit the noise, so a short history (a few years of yearly data) gets ETS with classical Theta, two-parameter SES.
  const flexible = y.length >= MIN_FLEXIBLE_HISTORY;
  const candidates = flexible
    ? [ets, dynamicOptimisedTheta(y, m, h), complexExponentialSmoothing(y, m, h)]
    : [ets, theta(y, m, h)];
  const members = candidates.filter(finite);
  if (members.length === 0) return null;
  if (members.length === 1) return members[0];
  return mixture(`combination(${members.map((f) => f.name).join(', ')})`, members);
}

/** The requested method's forecast, or null when it cannot be fitted. */
function attempt(
  y: readonly number[],
  m: number,
  h: number,
  method: NonNullable<ForecastOptions['method']>,
): MethodForecast | null {
  switch (method) {
    case 'snaive':
      return seasonalNaive(y, m, h);
    case 'theta':
      return theta(y, m, h);
    case 'dotm':
      return dynamicOptimisedTheta(y, m, h);
    case 'ces':
      return complexExponentialSmoothing(y, m, h);
    case 'ets':
      return etsWeighted(y, m, h);
    case 'auto':
      return auto(y, m, h);
  }
}

/**
 * Runs the requested method on a clean, scaled history, falling back to Theta and then to seasonal naive when
 * a method cannot be fitted or leaves the finite numbers. Seasonal models are considered only with two full
 * seasons of history (below that a seasonal pattern cannot be told from noise).
 */
export function forecastMethod(
  y: readonly number[],
  period: number,
  h: number,
  method: NonNullable<ForecastOptions['method']>,
): MethodForecast {
  const m = y.length >= 2 * period ? period : 1;
  const first = attempt(y, m, h, method);
  if (finite(first)) return first;
  // Theta is deterministic: when it was the method that failed, running it again cannot help.
  const fallback = method === 'theta' ? null : theta(y, m, h);
  return finite(fallback) ? fallback : seasonalNaive(y, m, h);
}
