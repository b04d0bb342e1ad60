import {
  cesForecast,
  cesStable,
  complexExponentialSmoothing,
  fitCes,
} from '../../../src/engine/forecast/complexExponentialSmoothing';
import { airPassengers, nile } from './rDatasets';

describe('cesStable', () => {
  it('accepts the start of statsforecast and rejects weights outside the stable region', () => {
    // Largest eigenvalue modulus of D = F − g·w' (numpy.linalg.eigvals): a = 1.3 + 1i: 0.7; 1.0 + 0.5i: 0.809;
    // 2.5 + 2.5i: 2.121; 0.5 + 1.5i: 1.5.
    expect(cesStable(1.3, 1)).toBe(true);
    expect(cesStable(1, 0.5)).toBe(true);
    expect(cesStable(2.5, 2.5)).toBe(false);
    expect(cesStable(0.5, 1.5)).toBe(false);
  });
});

describe('cesForecast', () => {
  it('runs the state-space recursion and its exact variance', () => {
    // Worked example (the equations of Svetunkov & Kourentzes 2018, eq. 9, run in Python): a0 = 1.3, a1 = 0.8,
    // l0 = 10, c0 = 10 / 1.1 on 10, 12, 11, 14, 15, 17: SSE 189.8223180707, forecasts 9.2507054545, 4.860684,
    // 4.3275493455; sd sqrt(SSE / 2 · (1 + Σ c_j²)) = 9.7422358335, 10.8921507883, 10.9199990940.
    const f = cesForecast([10, 12, 11, 14, 15, 17], { a0: 1.3, a1: 0.8, level0: 10, potential0: 10 / 1.1 }, 3);
    [9.2507054545, 4.860684, 4.3275493455].forEach((v, i) => expect(f.mean[i]).toBeCloseTo(v, 8));
    [9.7422358335, 10.8921507883, 10.919999094].forEach((v, i) => expect(f.sd[i]).toBeCloseTo(v, 8));
  });
});

describe('fitCes', () => {
  it('finds stable weights that fit the Nile about as well as SES', () => {
    const p = fitCes(nile);
    expect(cesStable(p.a0, p.a1)).toBe(true);
    const f = cesForecast(nile, p, 1);
    // R forecast 8.20: ses(Nile)$mean is 805.3 and sqrt(ses(Nile)$model$mse) 142.8; CES must be near both.
    expect(Math.abs(f.mean[0] - 805)).toBeLessThan(60);
    expect(f.sd[0]).toBeLessThan(160);
  });
});

describe('complexExponentialSmoothing', () => {
  it('forecasts AirPassengers with its seasonal swing and growth', () => {
    const f = complexExponentialSmoothing(airPassengers, 12, 24);
    expect(f.name).toBe('CES');
    expect(f.mean[6]).toBeGreaterThan(f.mean[10] * 1.3);
    // The series grew every year; the second forecast year must lie above the first.
    expect(f.mean.slice(12).reduce((a, b) => a + b)).toBeGreaterThan(f.mean.slice(0, 12).reduce((a, b) => a + b));
  });
});
