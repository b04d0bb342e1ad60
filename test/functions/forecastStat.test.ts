import { backtest, forecast } from '../../src/engine/forecast';
import { forecastStat } from '../../src/functions/forecastStat';
import { call, column, errorOf } from './ranges';

/** Four years of a monthly series with trend, season and a little irregular noise (ours; figures from the engine). */
const orders = Array.from({ length: 48 }, (_, t) =>
  Math.round(2000 + 15 * t + 300 * Math.cos((2 * Math.PI * t) / 12) + ((t * 37) % 11) * 10),
);

describe('OPSREVIEW.FORECAST.STAT', () => {
  it("returns the engine's chosen method and its backtest against seasonal naive", () => {
    const fc = forecast(orders, { period: 12, h: 12 });
    const test = backtest(orders, { period: 12, h: 12 });
    if (!fc.ok || test === null) throw new Error('the engine should forecast this series');
    const stat = (name: unknown): unknown => call(() => forecastStat(column(orders), name, null, null));
    expect(stat('method')).toBe(fc.method);
    expect(stat('MASE')).toBe(test.mase);
    expect(stat('smape')).toBe(test.smape);
    expect(stat('naiveMase')).toBe(test.naiveMase);
    expect(stat('naive_smape')).toBe(test.naiveSmape);
    expect(stat('improvement')).toBe(test.improvement);
    expect(stat('origins')).toBe(test.origins);
    // Excel's FORECAST.ETS.STAT numbers for the same measures: 4 = MASE, 5 = SMAPE.
    expect(stat(4)).toBe(test.mase);
    expect(stat(5)).toBe(test.smape);
  });

  it('backtests at most a year ahead, over the horizon asked for', () => {
    const three = backtest(orders, { period: 12, h: 3 });
    expect(call(() => forecastStat(column(orders), 'mase', 12, 3))).toBe(three?.mase);
    expect(call(() => forecastStat(column(orders), 'mase', 12, 24))).toBe(
      backtest(orders, { period: 12, h: 12 })?.mase,
    );
  });

  it('scores an exactly repeating year as seasonal naive does: sMAPE 0, and no improvement to measure', () => {
    const year = [90, 95, 110, 120, 130, 150, 160, 155, 125, 110, 100, 95];
    const repeated = [...year, ...year, ...year];
    // sMAPE of a forecast equal to the actuals is 0 by its definition (M3 competition).
    expect(call(() => forecastStat(column(repeated), 'naivesmape', 12, 12))).toBe(0);
    expect(errorOf(() => forecastStat(column(repeated), 'improvement', 12, 12))).toEqual({
      error: '#N/A',
      message: 'OPSREVIEW.FORECAST.STAT: seasonal naive was exact, so there is no improvement to measure.',
    });
  });

  it('names what it cannot do', () => {
    expect(errorOf(() => forecastStat(column(orders), 1, null, null)).message).toMatch(
      /statistic must be one of "method", "mase", .* got 1\.$/,
    );
    expect(errorOf(() => forecastStat(column(orders.slice(0, 10)), 'mase', 12, 12))).toEqual({
      error: '#N/A',
      message: 'OPSREVIEW.FORECAST.STAT: the history is too short to backtest 12 periods ahead.',
    });
  });
});
