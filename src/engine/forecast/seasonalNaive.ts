import type { MethodForecast } from './MethodForecast';

/**
 * Seasonal naive: each future period repeats the same period one year earlier (the last value when period is 1).
 * Its standard error follows Hyndman & Athanasopoulos, FPP3 §5.5: sigma·sqrt(k + 1), k = whole years ahead,
 * sigma the root mean square of the historical seasonal differences. Needs at least one full season.
 */
export function seasonalNaive(y: readonly number[], period: number, h: number): MethodForecast {
  const m = Math.max(1, Math.min(period, y.length));
  const n = y.length;
  let ss = 0;
  for (let t = m; t < n; t++) ss += (y[t] - y[t - m]) ** 2;
  const sigma = n > m ? Math.sqrt(ss / (n - m)) : 0;
  const mean: number[] = [];
  const sd: number[] = [];
  for (let i = 0; i < h; i++) {
    mean.push(y[n - m + (i % m)]);
    sd.push(sigma * Math.sqrt(Math.floor(i / m) + 1));
  }
  return { name: 'Seasonal naive', mean, sd };
}
