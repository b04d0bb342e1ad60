import { mase, maseScale, smape } from './accuracy';
import { forecast } from './forecast';
import type { ForecastOptions } from './ForecastOptions';
import { prepareSeries } from './prepareSeries';
import { seasonalNaive } from './seasonalNaive';

/** Accuracy of a method over past forecast origins, beside seasonal naive ("same as last year"). */
export interface BacktestResult {
  origins: number;
  h: number;
  mase: number;
  smape: number;
  naiveMase: number;
  naiveSmape: number;
  /** 1 - mase/naiveMase: 0.23 = 23 % more accurate than seasonal naive; null when naive is perfect */
  improvement: number | null;
  method: string;
}

/**
 * MASE's denominator, falling back when a history repeats itself exactly (seasonal differences all zero) to the
 * lag-1 differences, then to the mean absolute value, so a perfect seasonal pattern still gets a score.
 */
function backtestScale(train: readonly number[], period: number): number {
  const meanAbs = train.reduce((a, v) => a + Math.abs(v), 0) / train.length;
  return maseScale(train, period) || maseScale(train, 1) || meanAbs || 1;
}

/**
 * Rolling-origin evaluation of `forecast(…, options)` against seasonal naive. null when the history is too short.
 * Each origin forecasts `h` periods from the history before it; the last origin ends its horizon on the last
 * value. Errors are averaged over origins, MASE scaled by each origin's own history (Hyndman & Koehler 2006).
 * @default origins = max(period, 3): a year of monthly or quarterly origins, three for yearly data; fewer when
 * the history is short
 */
export function backtest(
  y: readonly (number | null)[],
  options: ForecastOptions & { origins?: number },
): BacktestResult | null {
  const { period, h } = options;
  if (!Number.isInteger(h) || h < 1) return null;
  const prepared = prepareSeries(y, 1);
  if (!prepared.ok) return null;
  const values = prepared.values;
  const minTrain = Math.max(2 * period, 6);
  const available = values.length - h - minTrain + 1;
  const origins = Math.min(Math.max(1, Math.floor(options.origins ?? Math.max(period, 3))), available);
  if (origins < 1) return null;
  let sum = { mase: 0, smape: 0, naiveMase: 0, naiveSmape: 0 };
  let used = 0;
  let method = '';
  for (let j = 0; j < origins; j++) {
    const cut = values.length - h - origins + 1 + j;
    const train = values.slice(0, cut);
    const actual = values.slice(cut, cut + h);
    const fc = forecast(train, { period, h, method: options.method });
    const scale = backtestScale(train, period);
    const naive = seasonalNaive(train, period, h).mean;
    const ours = fc.ok ? mase(actual, fc.mean, scale) : null;
    const theirs = mase(actual, naive, scale);
    if (!fc.ok || ours === null || theirs === null) continue;
    sum = {
      mase: sum.mase + ours,
      smape: sum.smape + smape(actual, fc.mean),
      naiveMase: sum.naiveMase + theirs,
      naiveSmape: sum.naiveSmape + smape(actual, naive),
    };
    used += 1;
    method = fc.method;
  }
  if (used === 0) return null;
  const result = {
    mase: sum.mase / used,
    smape: sum.smape / used,
    naiveMase: sum.naiveMase / used,
    naiveSmape: sum.naiveSmape / used,
  };
  const improvement = result.naiveMase > 0 ? 1 - result.mase / result.naiveMase : null;
  return { origins: used, h, ...result, improvement, method };
}
