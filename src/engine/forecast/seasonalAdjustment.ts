import { decompose, type SeasonalFigure } from './decompose';
import type { MethodForecast } from './MethodForecast';
import { seasonalityTest } from './seasonalityTest';

/** A series with its seasonal effect removed, and the figure needed to put it back on forecasts. */
export interface SeasonalAdjustment {
  readonly adjusted: number[];
  /** null when the series was not found seasonal (adjusted is then the series itself). */
  readonly figure: SeasonalFigure | null;
}

/**
 * Removes classical-decomposition seasonality when the ACF test finds it (the pre-processing of R `thetaf()`).
 * Multiplicative as in the M3 Theta method; additive when the series has zeros or negatives, since a ratio to
 * a trend through zero means nothing.
 */
export function seasonalAdjustment(y: readonly number[], period: number): SeasonalAdjustment {
  if (!seasonalityTest(y, period)) return { adjusted: [...y], figure: null };
  const positive = y.every((v) => v > 0);
  const figure = decompose(y, period, positive ? 'multiplicative' : 'additive');
  if (figure === null) return { adjusted: [...y], figure: null };
  const adjusted = y.map((v, t) =>
    figure.type === 'multiplicative' ? v / figure.figure[t % period] : v - figure.figure[t % period],
  );
  return { adjusted, figure };
}

/**
 * Puts the seasonal effect back on a forecast that starts right after a history of length n:
 * scales mean and standard error (multiplicative) or shifts the mean (additive).
 */
export function reseasonalise(
  mean: number[],
  sd: number[],
  figure: SeasonalFigure | null,
  n: number,
): { mean: number[]; sd: number[] } {
  if (figure === null) return { mean, sd };
  const m = figure.figure.length;
  const s = mean.map((_, i) => figure.figure[(n + i) % m]);
  if (figure.type === 'additive') return { mean: mean.map((v, i) => v + s[i]), sd };
  return { mean: mean.map((v, i) => v * s[i]), sd: sd.map((v, i) => v * s[i]) };
}

/**
 * Runs a non-seasonal method on the seasonally adjusted series and puts the season back on its forecast (the
 * scheme of R `thetaf()` and statsforecast's Theta models); null when the method gives null.
 */
export function onAdjusted<F extends MethodForecast | null>(
  y: readonly number[],
  period: number,
  method: (adjusted: readonly number[]) => F,
): F {
  const { adjusted, figure } = seasonalAdjustment(y, period);
  const f = method(adjusted);
  // F is MethodForecast or null; the result keeps which of the two it is.
  return (f === null ? null : { name: f.name, ...reseasonalise(f.mean, f.sd, figure, y.length) }) as F;
}
