import type { MethodForecast } from './MethodForecast';
import { reseasonalise, seasonalAdjustment } from './seasonalAdjustment';
import { simpleExponentialSmoothing } from './simpleExponentialSmoothing';

/**
 * The Theta method of Assimakopoulos & Nikolopoulos (2000), winner of the M3 competition, in the form of
 * Hyndman & Billah (2003) and R `forecast::thetaf()`: seasonally adjust when the ACF test finds seasonality,
 * forecast by simple exponential smoothing with drift equal to half the least-squares trend slope, reseasonalise.
 * Standard errors are those of the SES model, sigma·sqrt(1 + (k-1)·alpha²), as `thetaf()` reports.
 */
export function theta(y: readonly number[], period: number, h: number): MethodForecast {
  const n = y.length;
  const { adjusted, figure } = seasonalAdjustment(y, period);
  const ses = simpleExponentialSmoothing(adjusted);
  const xMean = (n - 1) / 2;
  const yMean = adjusted.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  adjusted.forEach((v, t) => {
    sxy += (t - xMean) * (v - yMean);
    sxx += (t - xMean) ** 2;
  });
  const slope = sxx > 0 ? sxy / sxx : 0;
  const alpha = Math.max(1e-10, ses.alpha);
  const offset = (1 - (1 - alpha) ** n) / alpha;
  const sigma = Math.sqrt(ses.sigma2);
  const mean: number[] = [];
  const sd: number[] = [];
  for (let i = 0; i < h; i++) {
    mean.push(ses.level + (slope / 2) * (i + offset));
    sd.push(sigma * Math.sqrt(1 + i * alpha * alpha));
  }
  return { name: 'Theta', ...reseasonalise(mean, sd, figure, n) };
}
