import type { ForecastSeries } from '../../engine';

/**
 * How a forecast was made, in a finance user's words; the method's own name ("combination(ETS(M,N,N), Theta)") is
 * kept for the details. A plain-words basis the engine gives with the forecast comes first when present, made a
 * sentence: the engine words it as a phrase ("follows the budget's seasonal shape…") for the pack's Method column.
 */
export function forecastBasis(series: ForecastSeries): string {
  const basis = series.basis?.trim() ?? '';
  if (basis !== '') return `${basis[0].toUpperCase()}${basis.slice(1)}${/[.!?]$/.test(basis) ? '' : '.'}`;
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

/**
 * How reliable the forecast was on past months, or why that is not known; null when the basis already gives its own
 * backtest ("… (backtest: 2.4 % mean error …)"), where "not enough history to test" would contradict it.
 */
export function forecastAccuracy(series: ForecastSeries): string | null {
  if (series.accuracy) return series.accuracy.text;
  if (/\bbacktest\b/i.test(series.basis ?? '')) return null;
  return 'There was not enough history to test this forecast on past months.';
}
