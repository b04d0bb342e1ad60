import { decompose } from './decompose';
import { prepareSeries } from './prepareSeries';

/**
 * Classical multiplicative decomposition indices (mean 1) aligned to y[0]; null when fewer than 2 full seasons
 * or non-positive data. Gaps are interpolated first; empty leading periods keep their place in the season.
 */
export function seasonalIndices(y: readonly (number | null)[], period: number): number[] | null {
  if (!Number.isInteger(period) || period < 2) return null;
  const prepared = prepareSeries(y, 2 * period);
  if (!prepared.ok || prepared.values.length < 2 * period) return null;
  if (!prepared.values.every((v) => v > 0)) return null;
  const figure = decompose(prepared.values, period, 'multiplicative');
  if (figure === null) return null;
  // figure[i] belongs to values[i mod m] = y[leading + i]; rotate so that index 0 is the season of y[0].
  const shift = prepared.leading % period;
  return figure.figure.map((_, i) => figure.figure[(i - shift + period) % period]);
}
