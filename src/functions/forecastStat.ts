import { backtest, forecast } from '../engine';
import { scalarOf } from './cells';
import { forecastArgs } from './forecastArgs';
import { fail, type Cell } from './FunctionFailure';

const FN = 'OPSREVIEW.FORECAST.STAT';

/** The backtest compares like with like: the horizon asked for, at most a year, as the pane's forecasts do. */
const MAX_BACKTEST_HORIZON = 12;

/**
 * The statistics by name, and the numbers of Excel's FORECAST.ETS.STAT that mean the same thing here
 * (4 = MASE, 5 = SMAPE). Excel's alpha, beta and gamma (1-3) belong to its single ETS model; the engine's chosen
 * method may be a combination with no such parameters, so they are not offered.
 */
const STATISTICS = ['method', 'mase', 'smape', 'naivemase', 'naivesmape', 'improvement', 'origins'] as const;
type Statistic = (typeof STATISTICS)[number];
const EXCEL_NUMBERS: Readonly<Record<number, Statistic>> = { 4: 'mase', 5: 'smape' };

function statisticArg(arg: unknown): Statistic {
  const cell = scalarOf(arg, FN, 'statistic');
  if (typeof cell === 'number' && EXCEL_NUMBERS[cell] !== undefined) return EXCEL_NUMBERS[cell];
  const text =
    typeof cell === 'string'
      ? cell
          .trim()
          .toLowerCase()
          .replace(/[\s_-]/g, '')
      : '';
  const found = STATISTICS.find((s) => s === text);
  if (found === undefined) {
    fail(
      '#VALUE!',
      `${FN}: statistic must be one of ${STATISTICS.map((s) => `"${s}"`).join(', ')} (or Excel's 4 = MASE, 5 = SMAPE), ` +
        `got ${typeof cell === 'string' ? `"${cell}"` : String(cell)}.`,
    );
  }
  return found;
}

/**
 * OPSREVIEW.FORECAST.STAT: what the engine chose for this history and how it fared in a rolling-origin backtest
 * against seasonal naive ("same as last year"): "method" (the chosen method's name, as OPSREVIEW.FORECAST uses it),
 * "mase" and "smape" of that method, "naivemase" and "naivesmape" of seasonal naive, "improvement"
 * (1 - mase / naivemase) and "origins" (the number of past forecasts scored). MASE is scaled by each origin's own
 * history (Hyndman and Koehler 2006); sMAPE is in percent, as in the M3 competition.
 */
export function forecastStat(values: unknown, statistic: unknown, seasonality: unknown, horizon: unknown): Cell {
  const which = statisticArg(statistic);
  const args = forecastArgs(FN, values, horizon, seasonality);
  if (which === 'method') {
    const result = forecast(args.history, { period: args.period, h: args.horizon });
    if (!result.ok) fail('#N/A', `${FN}: ${result.reason}`);
    return result.method;
  }
  const h = Math.min(args.horizon, MAX_BACKTEST_HORIZON);
  const test = backtest(args.history, { period: args.period, h });
  if (test === null) {
    fail('#N/A', `${FN}: the history is too short to backtest ${h} period${h === 1 ? '' : 's'} ahead.`);
  }
  switch (which) {
    case 'mase':
      return test.mase;
    case 'smape':
      return test.smape;
    case 'naivemase':
      return test.naiveMase;
    case 'naivesmape':
      return test.naiveSmape;
    case 'origins':
      return test.origins;
    case 'improvement':
      if (test.improvement === null)
        fail('#N/A', `${FN}: seasonal naive was exact, so there is no improvement to measure.`);
      return test.improvement;
  }
}
