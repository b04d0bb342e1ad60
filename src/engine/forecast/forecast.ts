import { chooseReference } from './chooseReference';
import type { ForecastOptions } from './ForecastOptions';
import { forecastMethod } from './forecastMethod';
import type { MethodForecast } from './MethodForecast';
import { intervals } from './intervals';
import { periodWord, prepareSeries } from './prepareSeries';
import { lastYearReference } from './referenceForecast';
import { seasonalIndices } from './seasonalIndices';
import { seasonalityTest } from './seasonalityTest';

/** A successful forecast: point forecasts, 80 % and 95 % prediction intervals, and what was done. */
export interface ForecastOutput {
  ok: true;
  /** e.g. "combination(ETS(M,Ad,M), DOTM, CES)" or "Seasonal shape of the budget" */
  method: string;
  /**
   * The forecast's basis in plain words, for the user: "statistical forecast from 30 months of history",
   * "follows the budget's seasonal shape at 97 % of its level (backtest: …)".
   */
  basis: string;
  mean: number[];
  lower80: number[];
  upper80: number[];
  lower95: number[];
  upper95: number[];
  /** multiplicative seasonal indices (mean 1), index i = season of y[i mod period]; null when not seasonal */
  seasonalIndices: number[] | null;
  /** e.g. "2 missing months interpolated (positions 5, 6)" */
  notes: string[];
}

/** A forecast, or the reason in words why the series cannot be forecast. */
export type ForecastResult = ForecastOutput | { ok: false; reason: string };

/** Fewest observed values any method is run on. */
const MINIMUM_HISTORY = 3;

/**
 * Forecasts the `h` periods that follow `y`. Input data never throws: empty cells are interpolated (or, at the end,
 * forecast), a series that cannot be forecast yields `{ ok: false, reason }`, and no output is NaN or Infinity.
 * @throws Error when the options themselves are invalid (a caller bug): period or h not a whole number.
 */
export function forecast(y: readonly (number | null)[], options: ForecastOptions): ForecastResult {
  const { period, h } = options;
  if (!Number.isInteger(period) || period < 1) throw new Error(`forecast requires a whole period >= 1, got ${period}`);
  if (!Number.isInteger(h) || h < 0) throw new Error(`forecast requires a whole horizon h >= 0, got ${h}`);
  const prepared = prepareSeries(y, MINIMUM_HISTORY, period);
  if (!prepared.ok) return prepared;
  const { values, trailing, leading, notes } = prepared;
  // Work on a unit scale so that optimiser tolerances mean the same for cents and for billions.
  // A power of two, so that scaling there and back is exact and seasonal naive returns the very cells it copies.
  const largest = values.reduce((a, v) => Math.max(a, Math.abs(v)), 0);
  const scale = largest > 0 ? 2 ** Math.round(Math.log2(largest)) : 1;
  const scaled = values.map((v) => v / scale);
  const constant = scaled.every((v) => v === scaled[0]);
  const fit = constant
    ? {
        name: 'Constant',
        mean: new Array<number>(h + trailing).fill(scaled[0]),
        sd: new Array<number>(h + trailing).fill(0),
      }
    : forecastMethod(scaled, period, h + trailing, options.method ?? 'auto');
  if (constant) notes.push('The history is constant: the forecast repeats it');
  const statistical: MethodForecast = {
    name: fit.name,
    mean: fit.mean.slice(trailing).map((v) => v * scale),
    sd: fit.sd.slice(trailing).map((v) => v * scale),
  };
  const chosen = constant || trailing > 0 ? null : withReference(values, leading, options);
  const { name, mean, sd } = chosen ?? statistical;
  const word = periodWord(period);
  const basis =
    chosen?.basis ?? `statistical forecast from ${values.length} ${word}${values.length === 1 ? '' : 's'} of history`;
  if (!mean.every(Number.isFinite)) {
    return { ok: false, reason: `The ${name} forecast of this series is not a finite number (values too large).` };
  }
  const bounds = intervals({ name, mean, sd });
  const all = [...bounds.lower95, ...bounds.upper95];
  if (!all.every(Number.isFinite)) {
    return { ok: false, reason: `The prediction interval of this series is too wide to state (values too large).` };
  }
  // Indices are offered only when the series shows seasonality, so goal phasing does not spread noise as a pattern.
  const indices = seasonalityTest(values, period) ? seasonalIndices(y, period) : null;
  return { ok: true, method: name, basis, mean, ...bounds, seasonalIndices: indices, notes };
}

/**
 * When the caller offers seasonal references (the budget's months) and the history is shorter than two seasons,
 * so no seasonal model can be fitted, the references and last year's actuals are backtested against the
 * statistical forecast ({@link chooseReference}); the winner if it is a reference, else null.
 */
function withReference(
  values: number[],
  leading: number,
  options: ForecastOptions,
): (MethodForecast & { basis: string }) | null {
  const { period, h, references } = options;
  if (references === undefined || period < 2 || values.length >= 2 * period) return null;
  const aligned = references.map((r) => ({ name: r.name, values: r.values.slice(leading) }));
  const lastYear = lastYearReference(values, period, h);
  const statistical = (train: number[], k: number): number[] | null => {
    const r = forecast(train, { period, h: k, method: options.method });
    return r.ok ? r.mean : null;
  };
  const choice = chooseReference(values, period, h, aligned, lastYear, statistical);
  return choice === null ? null : { name: choice.method, mean: choice.mean, sd: choice.sd, basis: choice.basis };
}
