import { backtest } from '../forecast/backtest';
import { forecast } from '../forecast/forecast';
import type { Period } from '../read/datasets';
import type { ForecastSeries } from '../results/AnalysisResult';
import { roundAmount } from '../variance/roundAmount';
import { addMonths } from '../period/months';

/** A monthly history to forecast, oldest first, ending at the review period. */
export interface SeriesInput {
  readonly key: string;
  readonly label: string;
  readonly periods: readonly Period[];
  readonly values: readonly number[];
  /** How many months after the last one to forecast. */
  readonly h: number;
  /** The budget of each history month and then of each month forecast (null where none): a seasonal reference. */
  readonly budget?: readonly (number | null)[];
}

/** Backtests compare like with like: the same horizon as the forecast, at most a year. */
const MAX_BACKTEST_HORIZON = 12;

function accuracyText(improvement: number | null, origins: number, h: number): string {
  const over = `over ${origins} past forecast${origins === 1 ? '' : 's'} of ${h} month${h === 1 ? '' : 's'}`;
  if (improvement === null) return `"Same as last year" was exact ${over}, so there is no improvement to measure.`;
  const pct = `${(Math.abs(improvement) * 100).toFixed(0)} %`;
  return improvement >= 0
    ? `${pct} more accurate than "same as last year" ${over}.`
    : `${pct} less accurate than "same as last year" ${over}.`;
}

/**
 * The forecast of one monthly series with 80 % and 95 % intervals and its backtest against seasonal naive.
 * A series that cannot be forecast comes back with no points and the reason in words.
 */
export function forecastSeries(input: SeriesInput): ForecastSeries {
  const history = input.periods.map((period, i) => ({ period, value: roundAmount(input.values[i]) }));
  const base = { key: input.key, label: input.label, history };
  const last = input.periods[input.periods.length - 1];
  const references = input.budget === undefined ? undefined : [{ name: 'the budget', values: input.budget }];
  const result = forecast(input.values, { period: 12, h: input.h, references });
  if (!result.ok) return { ...base, method: 'none', points: [], accuracy: null, reason: result.reason };
  const points = result.mean.map((mean, i) => ({
    period: addMonths(last, i + 1),
    mean: roundAmount(mean),
    lo80: roundAmount(result.lower80[i]),
    hi80: roundAmount(result.upper80[i]),
    lo95: roundAmount(result.lower95[i]),
    hi95: roundAmount(result.upper95[i]),
  }));
  const h = Math.min(Math.max(input.h, 1), MAX_BACKTEST_HORIZON);
  const test = backtest(input.values, { period: 12, h });
  const accuracy =
    test === null
      ? null
      : {
          mase: roundAmount(test.mase),
          smape: roundAmount(test.smape),
          naiveMase: roundAmount(test.naiveMase),
          improvement: test.improvement === null ? null : roundAmount(test.improvement),
          text: accuracyText(test.improvement, test.origins, test.h),
        };
  return { ...base, method: result.method, basis: result.basis, points, accuracy, reason: null };
}
