import { decompose } from '../decompose';
import type { EtsSpec, EtsState } from './EtsSpec';

/**
 * Heuristic initial state of Hyndman et al. (2008, §2.6.1), the one R's `ets()` starts from: seasonal effects
 * from a classical decomposition of the first three years (two when that is all there is), then level and trend
 * from a straight line fitted to the first max(10, 2m) seasonally adjusted values. The level is the line's value
 * one period before the first observation, which is where the state sits.
 */
export function etsInitialState(y: readonly number[], spec: EtsSpec, period: number): EtsState | null {
  let seasons = [spec.season === 'M' ? 1 : 0];
  let adjusted = [...y];
  if (spec.season !== 'N') {
    const figure = decompose(
      y.slice(0, Math.min(y.length, 3 * period)),
      period,
      spec.season === 'M' ? 'multiplicative' : 'additive',
    );
    if (figure === null) return null;
    seasons = spec.season === 'M' ? figure.figure.map((s) => Math.max(s, 1e-2)) : figure.figure;
    adjusted = y.map((v, t) => (spec.season === 'M' ? v / seasons[t % period] : v - seasons[t % period]));
  }
  const m = spec.season === 'N' ? 1 : period;
  const count = Math.min(Math.max(10, 2 * m), adjusted.length);
  const head = adjusted.slice(0, count);
  if (spec.trend === 'N') {
    return { level: head.reduce((a, b) => a + b, 0) / count, trend: 0, seasons };
  }
  // Least squares on x = 1..count, so the intercept is the value at x = 0.
  const xMean = (count + 1) / 2;
  const yMean = head.reduce((a, b) => a + b, 0) / count;
  let sxy = 0;
  let sxx = 0;
  head.forEach((v, i) => {
    sxy += (i + 1 - xMean) * (v - yMean);
    sxx += (i + 1 - xMean) ** 2;
  });
  const trend = sxx > 0 ? sxy / sxx : 0;
  return { level: yMean - trend * xMean, trend, seasons };
}
