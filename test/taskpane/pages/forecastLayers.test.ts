import type { ForecastSeries } from '../../../src/engine/results/AnalysisResult';
import { forecastLayers } from '../../../src/taskpane/pages/forecastLayers';
import { analysisResult } from '../../fixtures/analysisResult';

const series: ForecastSeries = analysisResult.forecasts[0];

describe('forecastLayers', () => {
  it('stacks to exactly the 95 % and 80 % bounds of every forecast month', () => {
    const layers = forecastLayers(series);
    const future = layers.band.slice(series.history.length);
    expect(future).toHaveLength(series.points.length);
    future.forEach((b, i) => {
      const p = series.points[i];
      // The stack's edges: base = lo95, + lower95 = lo80, + inner80 = hi80, + upper95 = hi95.
      expect(b.base).toBeCloseTo(p.lo95, 9);
      expect(b.base + b.lower95).toBeCloseTo(p.lo80, 9);
      expect(b.base + b.lower95 + b.inner80).toBeCloseTo(p.hi80, 9);
      expect(b.base + b.lower95 + b.inner80 + b.upper95).toBeCloseTo(p.hi95, 9);
    });
  });

  it('gives the band no width over the history and joins the forecast line to the last actual', () => {
    const layers = forecastLayers(series);
    const past = layers.band.slice(0, series.history.length);
    expect(past.map((b) => b.base)).toEqual(series.history.map((h) => h.value));
    expect(past.every((b) => b.lower95 === 0 && b.inner80 === 0 && b.upper95 === 0)).toBe(true);
    expect(layers.forecast[0]).toEqual(layers.actual[layers.actual.length - 1]);
    expect(layers.forecast.slice(1).map((p) => p.y)).toEqual(series.points.map((p) => p.mean));
  });

  it('keeps a negative interval below zero and the shared range around every value', () => {
    // A loss-making line: lo95 -30, lo80 -20, mean -5, hi80 10, hi95 20 (widths 10, 30, 10).
    const loss: ForecastSeries = {
      ...series,
      history: [{ period: '2026-05', value: -8 }],
      points: [{ period: '2026-06', mean: -5, lo80: -20, hi80: 10, lo95: -30, hi95: 20 }],
    };
    const layers = forecastLayers(loss);
    expect(layers.band[1]).toMatchObject({ base: -30, lower95: 10, inner80: 30, upper95: 10 });
    expect([layers.yMin, layers.yMax]).toEqual([-30, 20]);
  });

  it('never draws a slice upside down when bounds are out of order by a rounding slip', () => {
    const slip: ForecastSeries = {
      ...series,
      history: [],
      points: [{ period: '2026-06', mean: 100, lo80: 89.999999, hi80: 110, lo95: 90, hi95: 120 }],
    };
    expect(forecastLayers(slip).band[0].lower95).toBe(0);
    expect(forecastLayers(slip).forecast).toEqual([{ x: new Date(Date.UTC(2026, 5, 1)), y: 100 }]);
  });
});
