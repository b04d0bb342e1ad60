import type { ForecastSeries } from '../../engine';

/**
 * How a forecast was made, in a finance user's words; the method's own name ("combination(ETS(M,N,N), Theta)") is
 * kept for the details. A plain-words basis the engine gives with the forecast comes first when present.
 */
export function forecastBasis(series: ForecastSeries): string {
  if (series.basis !== undefined && series.basis.trim() !== '') return series.basis;
  const method = series.method.toLowerCase();
  if (method === 'none' || series.points.length === 0)
    return series.reason ?? 'No forecast could be made for this line.';
  const months = `${series.history.length} month${series.history.length === 1 ? '' : 's'} of actuals`;
  if (method.startsWith('combination'))
    return `Projected from the trend and pattern of ${months}, averaging standard methods.`;
  if (method.includes('naive')) return `The same month a year earlier, from ${months}.`;
  if (method.startsWith('theta')) return `Projected from the level and trend of ${months}.`;
  if (method.startsWith('ets')) return `Projected from ${months}, with recent months weighing most.`;
  return `Projected from ${months}.`;
}
