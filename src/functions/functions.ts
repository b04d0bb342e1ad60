/**
 * The OPSREVIEW.* custom functions: the signatures Excel sees. `custom-functions-metadata-plugin` (webpack) reads
 * the JSDoc below into functions.json at build time and appends `CustomFunctions.associate(id, fn)` for each
 * function to this file. Each body only hands its arguments to one engine-backed function in this folder and turns
 * the outcome into Excel values with {@link toExcel}, so no call throws into Excel.
 *
 * Parameters are typed `unknown` (metadata type "any") so that the functions, not Excel, check them and say what is
 * wrong in the error's message.
 */
import { forecastFunction } from './forecastFunction';
import { forecastStat } from './forecastStat';
import type { FunctionResult } from './FunctionFailure';
import { phaseFunction } from './phaseFunction';
import { errorRuntime, registrar, type Registrar } from './runtime';
import { ieCellFunction, ifeFunction } from './swotFunctions';
import { toExcel } from './toExcel';
import { varianceFunction } from './varianceFunction';

/** Inside Excel, the associate calls the plugin appends go to Excel's runtime; elsewhere to nothing. */
const NO_RUNTIME: Registrar = { associate: () => undefined };
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- read by the associate calls the plugin appends
const CustomFunctions = registrar() ?? NO_RUNTIME;

function run(body: () => FunctionResult): unknown {
  return toExcel(errorRuntime(), body);
}

/**
 * Forecasts the next periods of a series with the Ops Review engine (the best of ETS and Theta, as the pane does),
 * spilling the forecast and the lower and upper bounds of its prediction interval, one row per period.
 * @customfunction FORECAST
 * @param values The history, one row or one column, oldest first. Empty cells and errors are gaps the engine fills.
 * @param [horizon] How many periods to forecast (default 12).
 * @param [seasonality] Periods per season: 12 monthly (default), 4 quarterly, 0 none.
 * @param [confidence] Confidence level of the interval, between 0 and 1 (default 0.95).
 * @returns Forecast, lower bound and upper bound for each period.
 */
export function forecast(
  values: unknown[][],
  horizon?: unknown,
  seasonality?: unknown,
  confidence?: unknown,
): unknown[][] {
  return run(() => forecastFunction(values, horizon, seasonality, confidence)) as unknown[][];
}

/**
 * A statistic of the forecast of a series: the method chosen, or its backtest accuracy against seasonal naive.
 * @customfunction FORECAST.STAT
 * @param values The history, one row or one column, oldest first.
 * @param statistic "method", "mase", "smape", "naivemase", "naivesmape", "improvement" or "origins" (4 = MASE, 5 = SMAPE as in FORECAST.ETS.STAT).
 * @param [seasonality] Periods per season: 12 monthly (default), 4 quarterly, 0 none.
 * @param [horizon] Periods ahead each backtest forecast looks, at most 12 (default 12).
 * @returns The statistic.
 */
export function forecastStatistic(
  values: unknown[][],
  statistic: unknown,
  seasonality?: unknown,
  horizon?: unknown,
): unknown {
  return run(() => forecastStat(values, statistic, seasonality, horizon));
}

/**
 * Budget against actual by the Ops Review rules: variance, variance %, favourable and material.
 * @customfunction VARIANCE
 * @param actual Actual amount, or one row or column of them.
 * @param budget Budget amount(s), the same size as actual.
 * @param [type] "revenue" (default; good when up) or "expense" (good when down); one, or one per amount.
 * @param [threshold] Variance % from which a variance is material, as a fraction (default: the workbook's saved setting, else 0.10).
 * @param [absoluteThreshold] Smallest variance in currency that is material (default: the workbook's saved setting, else 0).
 * @returns Variance, variance %, favourable and material for each pair.
 */
export function variance(
  actual: unknown[][],
  budget: unknown[][],
  type?: unknown[][],
  threshold?: unknown,
  absoluteThreshold?: unknown,
): unknown[][] {
  return run(() => varianceFunction(actual, budget, type, threshold, absoluteThreshold)) as unknown[][];
}

/**
 * Phases an annual target over the year so that the periods add up exactly to it.
 * @customfunction PHASE
 * @param annualTarget The annual target.
 * @param profile "even", "seasonal" (with reference), or 12 monthly or 4 quarterly weights.
 * @param [reference] For "seasonal": monthly history starting at a first fiscal month, one or more full years.
 * @returns The target of each month (or quarter).
 */
export function phase(annualTarget: unknown, profile: unknown[][], reference?: unknown[][]): unknown[][] {
  return run(() => phaseFunction(annualTarget, profile, reference)) as unknown[][];
}

/**
 * David's weighted IFE (or EFE) score: weights scaled to sum to 1, times ratings, rounded to 2 decimals.
 * @customfunction IFE
 * @param weights The factors' weights.
 * @param ratings The factors' ratings, 1 to 4.
 * @param [categories] S, W, O or T for each factor, to check each rating against its category's range.
 * @returns The weighted score, 1.00 to 4.00.
 */
export function ife(weights: unknown[][], ratings: unknown[][], categories?: unknown[][]): unknown {
  return run(() => ifeFunction(weights, ratings, categories));
}

/**
 * The Internal-External matrix cell (I to IX) of an IFE and an EFE score, or its strategy.
 * @customfunction IECELL
 * @param ife The IFE total, 1 to 4.
 * @param efe The EFE total, 1 to 4.
 * @param [show] "cell" (default) or "strategy".
 * @returns The IE cell, or grow-and-build, hold-and-maintain or harvest-or-divest.
 */
export function iecell(ife: unknown, efe: unknown, show?: unknown): unknown {
  return run(() => ieCellFunction(ife, efe, show));
}
