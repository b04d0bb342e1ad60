import { amountOf, asVector, optionalNumber } from './cells';
import { fail } from './FunctionFailure';

/** Periods forecast when the horizon is omitted: one year of months, as the pane forecasts. */
export const DEFAULT_HORIZON = 12;
/** The longest horizon accepted: past a few seasons every method's forecast is its trend, and spills stay small. */
export const MAX_HORIZON = 1000;
/** Excel's FORECAST.ETS accepts seasonality up to 8,760 (hours in a year); so do we. */
const MAX_SEASONALITY = 8760;

/** The history and options shared by OPSREVIEW.FORECAST and OPSREVIEW.FORECAST.STAT, checked. */
export interface ForecastArgs {
  /** One value per period, oldest first; null where the cell is empty, text or an error (the engine fills gaps). */
  readonly history: (number | null)[];
  readonly horizontal: boolean;
  readonly horizon: number;
  /** Periods per seasonal cycle: 12 monthly, 4 quarterly, 1 none. */
  readonly period: number;
}

/**
 * Reads `values`, `horizon` and `seasonality`. Blanks, error values and text that is not a number become gaps,
 * which the forecast engine interpolates (or forecasts, at the end), as it does for a series read from a sheet.
 * Seasonality follows Excel's FORECAST.ETS where the two agree: 0 means none; otherwise it is the season length,
 * 12 when omitted (the engine then tests whether the data is seasonal at all). Excel's 1 ("detect") reads as
 * "no season of its own" here, since the engine's seasonality test does the detecting.
 */
export function forecastArgs(fn: string, values: unknown, horizon: unknown, seasonality: unknown): ForecastArgs {
  const vector = asVector(values, fn, 'values');
  const history = vector.cells.map((cell) => {
    const amount = amountOf(cell);
    return amount === 'invalid' ? null : amount;
  });
  if (!history.some((v) => v !== null)) fail('#N/A', `${fn}: values holds no numbers to forecast from.`);
  const h = optionalNumber(horizon, fn, 'horizon', DEFAULT_HORIZON, { integer: true, min: 1, max: MAX_HORIZON });
  const season = optionalNumber(seasonality, fn, 'seasonality', 12, { integer: true, min: 0, max: MAX_SEASONALITY });
  return { history, horizontal: vector.horizontal, horizon: h, period: Math.max(1, season) };
}
