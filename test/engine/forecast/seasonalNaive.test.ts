import { intervals } from '../../../src/engine/forecast/intervals';
import { normalQuantile } from '../../../src/engine/forecast/normalQuantile';
import { seasonalNaive } from '../../../src/engine/forecast/seasonalNaive';
import { airPassengers } from './rDatasets';

describe('seasonalNaive', () => {
  it('repeats last year and widens the interval each further year, as R snaive', () => {
    // R forecast 8.20, snaive(AirPassengers, h = 14): mean and upper 95 %.
    const f = seasonalNaive(airPassengers, 12, 14);
    expect(f.mean).toEqual([417, 391, 419, 461, 472, 535, 622, 606, 508, 461, 390, 432, 417, 391]);
    const upper = intervals(f).upper95;
    expect(upper[0]).toBeCloseTo(488.1775522, 6);
    expect(upper[12]).toBeCloseTo(517.6602597, 6);
  });

  it('is the last value with a random-walk interval when there is no season', () => {
    // Worked example: y = 1, 3, 2, 4; differences 2, -1, 2; sigma = sqrt((4 + 1 + 4) / 3) = sqrt(3).
    const f = seasonalNaive([1, 3, 2, 4], 1, 2);
    expect(f.mean).toEqual([4, 4]);
    expect(f.sd[1]).toBeCloseTo(Math.sqrt(3) * Math.sqrt(2), 12);
  });
});

describe('normalQuantile', () => {
  it('agrees with R qnorm', () => {
    // R 4.x: qnorm(c(0.9, 0.975, 0.001, 0.5)) = 1.281551566, 1.959963985, -3.090232306, 0.
    expect(normalQuantile(0.9)).toBeCloseTo(1.281551566, 8);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 8);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306, 8);
    expect(normalQuantile(0.5)).toBe(0);
  });
});
