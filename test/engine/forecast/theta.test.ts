import { intervals } from '../../../src/engine/forecast/intervals';
import { seasonalityTest } from '../../../src/engine/forecast/seasonalityTest';
import { simpleExponentialSmoothing } from '../../../src/engine/forecast/simpleExponentialSmoothing';
import { theta } from '../../../src/engine/forecast/theta';
import { airPassengers, austres, nile } from './rDatasets';

// Relative closeness: R's optimiser (Nelder–Mead in optim) stops near, not at, the least-squares optimum we solve
// for, so the last digits differ.
const near = (actual: number[], expected: number[], relative: number): void =>
  actual.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThanOrEqual(relative * Math.abs(expected[i])));

describe('simpleExponentialSmoothing', () => {
  it('finds the least-squares alpha and initial level of Nile', () => {
    // R forecast 8.20, ses(Nile)$model$par: alpha 0.2456681537, l 1110.734097.
    const fit = simpleExponentialSmoothing(nile);
    expect(fit.alpha).toBeCloseTo(0.24567, 3);
    expect(fit.level0).toBeCloseTo(1110.73, 0);
  });
});

describe('seasonalityTest', () => {
  it('finds AirPassengers seasonal and Nile not', () => {
    // R forecast 8.20: thetaf() reseasonalises AirPassengers (its forecast below carries the seasonal swing) and
    // leaves Nile flat; thetaf uses this very test.
    expect(seasonalityTest(airPassengers, 12)).toBe(true);
    expect(seasonalityTest(nile, 1)).toBe(false);
    expect(seasonalityTest(new Array<number>(40).fill(3), 12)).toBe(false);
  });
});

describe('theta', () => {
  it('matches R thetaf on a seasonal monthly series', () => {
    // R forecast 8.20, thetaf(AirPassengers, h = 6)$mean.
    const f = theta(airPassengers, 12, 6);
    near(f.mean, [440.0781911, 428.3842806, 489.7070987, 475.7046277, 479.6703887, 545.3662722], 1e-4);
    expect(f.name).toBe('Theta');
  });

  it('scales the standard error by the seasonal index, where R thetaf does not', () => {
    // R forecast 8.20, thetaf(AirPassengers, h = 6): upper95[6] - mean[6] = 590.1322 - 545.3663 = 44.7660, so
    // R's se = 44.7660 / 1.959964 = 22.840 on the seasonally adjusted scale. The index of that month
    // (June, decompose(AirPassengers, "multiplicative")$figure[6]) is 1.1127758, so ours is 22.840 × 1.11278.
    const f = theta(airPassengers, 12, 6);
    expect(f.sd[5]).toBeCloseTo(22.84 * 1.1127758, 1);
  });

  it('matches R thetaf means and intervals on a yearly series', () => {
    // R forecast 8.20, thetaf(Nile, h = 3): mean, lower 95 % and upper 80 %.
    const f = theta(nile, 1, 3);
    const pi = intervals(f);
    near(f.mean, [799.8119962, 798.4548435, 797.0976908], 1e-4);
    near(pi.lower95, [517.1229426, 507.3602132, 497.8334822], 1e-4);
    near(pi.upper80, [984.6524331, 988.7913916, 992.776039], 1e-4);
  });

  it('matches R thetaf on a quarterly series', () => {
    // R forecast 8.20, thetaf(austres, h = 4)$mean.
    near(theta(austres, 4, 4).mean, [17684.83364, 17715.49844, 17745.55592, 17766.19995], 1e-6);
  });
});
