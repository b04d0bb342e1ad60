import fc from 'fast-check';
import { forecast, type ForecastOutput, type ForecastResult } from '../../../src/engine/forecast';
import { airPassengers, austres, nile } from './rDatasets';

function ok(r: ForecastResult): ForecastOutput {
  if (!r.ok) throw new Error(`expected a forecast, got: ${r.reason}`);
  return r;
}

/** Matches an ETS name with a multiplicative component, e.g. ETS(M,A,N) or ETS(A,N,M). */
const multiplicative = /ETS\((M,[^)]*|[^)]*,M)\)/;

describe('forecast', () => {
  it('combines ETS, DOTM and CES by default and returns nested 80 % and 95 % intervals', () => {
    const r = ok(forecast(airPassengers, { period: 12, h: 18 }));
    expect(r.method).toMatch(/^combination\(ETS\(M,Ad?,M\)[^,]*, DOTM, CES\)$/);
    expect(r.basis).toBe('statistical forecast from 144 months of history');
    expect(r.mean).toHaveLength(18);
    r.mean.forEach((m, i) => {
      expect(r.lower95[i]).toBeLessThan(r.lower80[i]);
      expect(r.lower80[i]).toBeLessThan(m);
      expect(r.upper80[i]).toBeGreaterThan(m);
      expect(r.upper95[i]).toBeGreaterThan(r.upper80[i]);
    });
    // July 1961 (step 7) is a summer peak, November (step 11) a trough, as in every year of the history.
    expect(r.mean[6]).toBeGreaterThan(r.mean[10] * 1.3);
    expect(r.seasonalIndices?.[6]).toBeGreaterThan(1.2);
  });

  it('runs the single methods on request', () => {
    expect(ok(forecast(airPassengers, { period: 12, h: 3, method: 'theta' })).method).toBe('Theta');
    // Seasonal naive repeats January to March 1960, the last year of AirPassengers (R: window(AirPassengers, 1960)).
    expect(ok(forecast(airPassengers, { period: 12, h: 3, method: 'snaive' })).mean).toEqual([417, 391, 419]);
    expect(ok(forecast(nile, { period: 1, h: 3, method: 'ets' })).method).toMatch(/^ETS\(M,N,N\)/);
    expect(ok(forecast(nile, { period: 1, h: 3, method: 'dotm' })).method).toBe('DOTM');
    expect(ok(forecast(nile, { period: 1, h: 3, method: 'ces' })).method).toBe('CES');
  });

  it('forecasts a short yearly history with ETS and classical Theta only', () => {
    // Seven years: too few for DOTM and CES to be fitted without fitting the noise.
    const r = ok(forecast(nile.slice(0, 7), { period: 1, h: 3 }));
    expect(r.method).toMatch(/^combination\(ETS\([AM],N,N\)[^,]*, Theta\)$/);
    expect(r.basis).toBe('statistical forecast from 7 years of history');
  });

  it('follows the budget’s shape on a short history when that backtests better, and says so', () => {
    // Eighteen months of a series with a Q4 peak (AirPassengers scaled down has one each year) and a budget for
    // the last year, shaped like the real months: too short for a seasonal model, so the budget supplies it.
    const y = airPassengers.slice(36, 54);
    const budget = [...new Array<null>(12).fill(null), ...airPassengers.slice(48, 66).map((v) => v * 1.05)];
    const r = ok(forecast(y, { period: 12, h: 12, references: [{ name: 'the budget', values: budget }] }));
    expect(r.method).toBe('Seasonal shape of the budget');
    expect(r.basis).toMatch(/^follows the budget's seasonal shape at \d+ % of its level \(backtest: /);
    // July (step 1) above November (step 5), as the budget has it.
    expect(r.mean[1]).toBeGreaterThan(r.mean[5]);
    // Without references, or with two seasons of history, the forecast is statistical.
    expect(ok(forecast(y, { period: 12, h: 12 })).basis).toBe('statistical forecast from 18 months of history');
    const long = ok(
      forecast(airPassengers.slice(0, 54), {
        period: 12,
        h: 12,
        references: [{ name: 'the budget', values: [...new Array<null>(42).fill(null), ...budget] }],
      }),
    );
    expect(long.basis).toBe('statistical forecast from 54 months of history');
  });

  it('forecasts weekly data with its season taken out by decomposition, as R ets ignores a season of 52', () => {
    // Three years of weeks with a six-week year-end peak of +40: R forecast 8.20 fits no seasonal ETS above 24
    // periods ("frequency too high"), so every member forecasts the adjusted series and the peak is put back.
    const y = Array.from({ length: 156 }, (_, t) => 100 + (t % 52 >= 46 ? 40 : 0) + ((t * 7) % 5));
    const r = ok(forecast(y, { period: 52, h: 52 }));
    expect(r.method).toMatch(/^combination\(ETS\([AM],(N|A|Ad),N\)/);
    // Weeks 47-52 of next year are the peak; the weeks before it stay near 102.
    expect(r.mean[48]).toBeGreaterThan(130);
    r.mean.slice(0, 40).forEach((v) => expect(Math.abs(v - 102)).toBeLessThan(6));
  });

  it('interpolates missing months and says which', () => {
    const y: (number | null)[] = [...airPassengers.slice(0, 48)];
    y[4] = null;
    y[5] = null;
    const r = ok(forecast(y, { period: 12, h: 6 }));
    expect(r.notes).toContain('2 missing months interpolated (positions 5, 6)');
  });

  it('forecasts through empty trailing periods so the horizon still starts after the last cell', () => {
    const full = ok(forecast(airPassengers.slice(0, 60), { period: 12, h: 8, method: 'snaive' }));
    const trailing = ok(
      forecast([...airPassengers.slice(0, 57), null, null, null], { period: 12, h: 5, method: 'snaive' }),
    );
    // Seasonal naive from month 57 repeats months 46..57; the 5 periods after month 60 are its steps 4..8.
    expect(trailing.mean).toEqual(full.mean.slice(3, 8).map((_, i) => airPassengers[48 + i]));
    expect(trailing.notes).toContain('3 empty months after the last value forecast');
  });

  it('forecasts quarterly data and names quarters in its notes', () => {
    const y: (number | null)[] = [null, ...austres.slice(0, 40)];
    y[10] = null;
    const r = ok(forecast(y, { period: 4, h: 8 }));
    expect(r.mean).toHaveLength(8);
    // Australia's population grew every quarter of the history; so must the forecast.
    expect(r.mean[7]).toBeGreaterThan(r.mean[0]);
    expect(r.notes).toEqual([
      '1 missing quarter interpolated (position 11)',
      '1 empty quarter before the first value ignored',
    ]);
  });

  it('fits no seasonal model on fewer than two seasons', () => {
    const r = ok(forecast(airPassengers.slice(0, 20), { period: 12, h: 12 }));
    expect(r.method).not.toMatch(/,[AM]\)/);
    expect(r.seasonalIndices).toBeNull();
  });

  it('uses no multiplicative component when the history has zeros or negatives', () => {
    const y = airPassengers.map((v, t) => (t % 17 === 0 ? 0 : v - 150));
    const r = ok(forecast(y, { period: 12, h: 12 }));
    expect(r.method).not.toMatch(multiplicative);
    expect(r.seasonalIndices).toBeNull();
  });

  it('repeats a constant history with a zero-width interval', () => {
    const r = ok(forecast(new Array<number>(30).fill(1250), { period: 12, h: 3 }));
    expect(r.mean).toEqual([1250, 1250, 1250]);
    expect(r.upper95).toEqual([1250, 1250, 1250]);
    expect(r.notes).toContain('The history is constant: the forecast repeats it');
  });

  it('gives a reason instead of a forecast when there is too little data', () => {
    expect(forecast([null, null], { period: 12, h: 3 })).toEqual({
      ok: false,
      reason: 'The series has no numeric values to forecast from.',
    });
    expect(forecast([5, null, 7], { period: 12, h: 3 })).toEqual({
      ok: false,
      reason: 'Only 2 months of history: at least 3 are needed to forecast.',
    });
  });

  it('throws on invalid options, a caller bug', () => {
    expect(() => forecast(nile, { period: 0, h: 3 })).toThrow('forecast requires a whole period >= 1, got 0');
    expect(() => forecast(nile, { period: 12, h: 1.5 })).toThrow('forecast requires a whole horizon h >= 0, got 1.5');
  });

  it('gives the same forecast in cents and in billions', () => {
    const base = ok(forecast(airPassengers, { period: 12, h: 6 }));
    for (const factor of [1e-9, 1e12]) {
      const scaled = ok(
        forecast(
          airPassengers.map((v) => v * factor),
          { period: 12, h: 6 },
        ),
      );
      expect(scaled.method).toBe(base.method);
      // Equal to a relative 1e-6: the data reach the optimiser at a slightly different scale (a power of two
      // apart), so the simplex takes a different, equally good path.
      scaled.mean.forEach((v, i) => expect(Math.abs(v / factor / base.mean[i] - 1)).toBeLessThan(1e-6));
      scaled.upper95.forEach((v, i) => expect(Math.abs(v / factor / base.upper95[i] - 1)).toBeLessThan(1e-6));
    }
  });

  it('never returns NaN or Infinity and never throws on arbitrary budget-like input', () => {
    const cell = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null, freq: 8 });
    const series = fc.tuple(fc.array(cell, { minLength: 0, maxLength: 60 }), fc.constantFrom(1e-8, 1, 1e9));
    fc.assert(
      fc.property(series, fc.constantFrom(1, 4, 12), fc.integer({ min: 0, max: 24 }), ([values, k], period, h) => {
        const y = values.map((v) => (v === null ? null : v * k));
        const r = forecast(y, { period, h });
        if (!r.ok) return typeof r.reason === 'string' && r.reason.length > 0;
        const numbers = [
          ...r.mean,
          ...r.lower80,
          ...r.upper80,
          ...r.lower95,
          ...r.upper95,
          ...(r.seasonalIndices ?? []),
        ];
        return r.mean.length === h && numbers.every(Number.isFinite);
      }),
      { seed: 20261125, numRuns: 300 },
    );
  });

  it('never returns NaN or Infinity with arbitrary references either', () => {
    const cell = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null, freq: 6 });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 0, maxLength: 30 }), fc.array(cell, { maxLength: 45 }), (y, budget) => {
        const r = forecast(y, { period: 12, h: 12, references: [{ name: 'the budget', values: budget }] });
        if (!r.ok) return r.reason.length > 0;
        return r.mean.length === 12 && [...r.mean, ...r.lower95, ...r.upper95].every(Number.isFinite);
      }),
      { seed: 20261202, numRuns: 200 },
    );
  });
});
