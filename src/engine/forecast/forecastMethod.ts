import { combination } from './combination';
import { etsAuto } from './ets/etsAuto';
import { etsForecast } from './ets/etsForecast';
import type { ForecastOptions } from './ForecastOptions';
import type { MethodForecast } from './MethodForecast';
import { seasonalNaive } from './seasonalNaive';
import { theta } from './theta';

const finite = (f: MethodForecast): boolean => f.mean.every(Number.isFinite) && f.sd.every(Number.isFinite);

/** The requested method's forecast, or null when it cannot be fitted or does not stay finite. */
function attempt(
  y: readonly number[],
  m: number,
  h: number,
  method: NonNullable<ForecastOptions['method']>,
): MethodForecast | null {
  if (method === 'snaive') return seasonalNaive(y, m, h);
  if (method === 'theta') return theta(y, m, h);
  const fit = etsAuto(y, m);
  const ets = fit === null ? null : etsForecast(fit, h);
  if (method === 'ets') return ets;
  const thetaForecast = theta(y, m, h);
  // The combination of the AICc-best ETS model and Theta: each is among the best single methods on M3 and their
  // errors differ (a fitted state-space model against a fixed decomposition), so their average beats both.
  return ets !== null && finite(ets) ? combination([ets, thetaForecast]) : thetaForecast;
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
  if (first !== null && finite(first)) return first;
  // Theta is deterministic: when it was the method that failed, running it again cannot help.
  const fallback = method === 'theta' ? null : theta(y, m, h);
  return fallback !== null && finite(fallback) ? fallback : seasonalNaive(y, m, h);
}
