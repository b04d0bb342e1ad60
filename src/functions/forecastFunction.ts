import { forecast, normalQuantile } from '../engine';
import { optionalNumber } from './cells';
import { forecastArgs } from './forecastArgs';
import { fail, type Cell } from './FunctionFailure';

const FN = 'OPSREVIEW.FORECAST';
const Z95 = normalQuantile(0.975);

/**
 * OPSREVIEW.FORECAST: the engine's forecast of the next `horizon` periods, one row per period holding the point
 * forecast and the lower and upper bounds of its `confidence` prediction interval (a column history spills down,
 * a row history spills across, three rows deep).
 *
 * The engine states 80 % and 95 % intervals, which are returned exactly; other levels are drawn from the same
 * normal approximation, using the standard error the 95 % interval implies: mean ± z(level) · (upper95 - mean) / z(0.975).
 */
export function forecastFunction(
  values: unknown,
  horizon: unknown,
  seasonality: unknown,
  confidence: unknown,
): Cell[][] {
  const args = forecastArgs(FN, values, horizon, seasonality);
  const level = optionalNumber(confidence, FN, 'confidence', 0.95, {
    min: 0,
    max: 1,
    exclusiveMin: true,
    exclusiveMax: true,
  });
  const result = forecast(args.history, { period: args.period, h: args.horizon });
  if (!result.ok) fail('#N/A', `${FN}: ${result.reason}`);
  const rows = result.mean.map((mean, i): Cell[] => {
    if (level === 0.95) return [mean, result.lower95[i], result.upper95[i]];
    if (level === 0.8) return [mean, result.lower80[i], result.upper80[i]];
    const spread = ((result.upper95[i] - mean) / Z95) * normalQuantile(0.5 + level / 2);
    return [mean, mean - spread, mean + spread];
  });
  return args.horizontal ? rows[0].map((_, c) => rows.map((row) => row[c])) : rows;
}
