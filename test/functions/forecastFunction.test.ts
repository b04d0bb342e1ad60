import { forecast } from '../../src/engine/forecast';
import { forecastFunction } from '../../src/functions/forecastFunction';
import { call, column, errorOf, row } from './ranges';

/**
 * Northwind Logistics' monthly freight revenue, three years with a summer peak and 3 % growth: a series of the kind
 * the add-in forecasts (the numbers are ours; the expected figures are the engine's forecast() of the same history).
 */
const freight = Array.from({ length: 36 }, (_, t) =>
  Math.round(100000 * 1.03 ** (t / 12) * (1 + 0.15 * Math.sin((2 * Math.PI * (t - 3)) / 12))),
);

describe('OPSREVIEW.FORECAST', () => {
  it('spills the engine forecast and its 95 % bounds, one row per month', () => {
    const expected = forecast(freight, { period: 12, h: 12 });
    if (!expected.ok) throw new Error(expected.reason);
    const spill = call(() => forecastFunction(column(freight), null, null, null));
    expect(spill).toEqual(expected.mean.map((m, i) => [m, expected.lower95[i], expected.upper95[i]]));
  });

  it('returns the engine 80 % bounds exactly, and other levels from the same standard error', () => {
    const expected = forecast(freight, { period: 12, h: 3 });
    if (!expected.ok) throw new Error(expected.reason);
    expect(call(() => forecastFunction(column(freight), 3, 12, 0.8))).toEqual(
      expected.mean.map((m, i) => [m, expected.lower80[i], expected.upper80[i]]),
    );
    // z(0.75) = 0.6744897502, z(0.975) = 1.9599639845 (standard normal table): the 50 % interval is 0.3441 of the 95 %.
    const half = call(() => forecastFunction(column(freight), 3, 12, 0.5)) as number[][];
    half.forEach(([mean, lower, upper], i) => {
      expect(mean).toBe(expected.mean[i]);
      expect((upper - mean) / (expected.upper95[i] - mean)).toBeCloseTo(0.6744897502 / 1.9599639845, 8);
      expect(mean - lower).toBeCloseTo(upper - mean, 6);
    });
  });

  it('continues an exact seasonal pattern exactly (the engine forecasts a constant season with no noise as itself)', () => {
    const pattern = [120, 80, 100, 140];
    const history = [...pattern, ...pattern, ...pattern, ...pattern];
    const spill = call(() => forecastFunction(column(history), 4, 4, null)) as number[][];
    spill.forEach(([mean], i) => expect(mean).toBeCloseTo(pattern[i], 6));
  });

  it('treats empty cells, errors and words as gaps the engine fills, as it does for a series read from a sheet', () => {
    const gappy: unknown[] = [...freight];
    gappy[5] = '';
    gappy[17] = { code: '#N/A' };
    gappy[20] = 'n/a';
    const withNulls = freight.map((v, i) => ([5, 17, 20].includes(i) ? null : v));
    const expected = forecast(withNulls, { period: 12, h: 2 });
    if (!expected.ok) throw new Error(expected.reason);
    expect(call(() => forecastFunction(column(gappy), 2, 12, 0.95))).toEqual(
      expected.mean.map((m, i) => [m, expected.lower95[i], expected.upper95[i]]),
    );
    // Numbers stored as text are read as the engine reads them: "1,234" is 1234.
    const asText = freight.map((v, i) => (i === 0 ? v.toLocaleString('en-US') : v));
    expect(call(() => forecastFunction(column(asText), 2, 12, null))).toEqual(
      call(() => forecastFunction(column(freight), 2, 12, null)),
    );
  });

  it('spills across, three rows deep, when the history is a row', () => {
    const down = call(() => forecastFunction(column(freight), 4, 12, null)) as number[][];
    const across = call(() => forecastFunction(row(freight), 4, 12, null)) as number[][];
    expect(across).toHaveLength(3);
    expect(across[0]).toEqual(down.map((r) => r[0]));
    expect(across[2]).toEqual(down.map((r) => r[2]));
  });

  it('checks every argument and says what is wrong', () => {
    expect(
      errorOf(() =>
        forecastFunction(
          [
            [1, 2],
            [3, 4],
          ],
          null,
          null,
          null,
        ),
      ),
    ).toEqual({
      error: '#VALUE!',
      message: 'OPSREVIEW.FORECAST: values must be one row or one column, not 2 rows by 2 columns.',
    });
    expect(errorOf(() => forecastFunction(column(['', '', '']), null, null, null))).toEqual({
      error: '#N/A',
      message: 'OPSREVIEW.FORECAST: values holds no numbers to forecast from.',
    });
    expect(errorOf(() => forecastFunction(column([1, 2]), null, null, null))).toEqual({
      error: '#N/A',
      message: 'OPSREVIEW.FORECAST: Only 2 months of history: at least 3 are needed to forecast.',
    });
    expect(errorOf(() => forecastFunction(column(freight), 0, null, null)).error).toBe('#NUM!');
    expect(errorOf(() => forecastFunction(column(freight), 2.5, null, null)).message).toBe(
      'OPSREVIEW.FORECAST: horizon must be a whole number, at least 1, at most 1000, got 2.5.',
    );
    expect(errorOf(() => forecastFunction(column(freight), 'twelve', null, null))).toEqual({
      error: '#VALUE!',
      message: 'OPSREVIEW.FORECAST: horizon must be a number, got "twelve".',
    });
    expect(errorOf(() => forecastFunction(column(freight), null, -1, null)).error).toBe('#NUM!');
    expect(errorOf(() => forecastFunction(column(freight), null, null, 1)).message).toBe(
      'OPSREVIEW.FORECAST: confidence must be above 0, below 1, got 1.',
    );
  });

  it('is deterministic and answers a 10,000-value range in seconds, not never', () => {
    const long = Array.from({ length: 10000 }, (_, t) => [
      5000 + t + 400 * Math.sin((2 * Math.PI * t) / 12) + ((t * 7919) % 101),
    ]);
    const t0 = Date.now();
    const first = call(() => forecastFunction(long, 12, 12, null));
    expect(Date.now() - t0).toBeLessThan(30000);
    expect(Array.isArray(first) && first.length).toBe(12);
    expect(call(() => forecastFunction(long, 12, 12, null))).toEqual(first);
  }, 60000);
});
