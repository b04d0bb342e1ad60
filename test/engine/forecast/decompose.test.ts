import { centredMovingAverage, decompose } from '../../../src/engine/forecast/decompose';
import { seasonalIndices } from '../../../src/engine/forecast/seasonalIndices';
import { airPassengers } from './rDatasets';

// R 4.x, decompose(AirPassengers, type = "multiplicative")$figure (the series starts in January).
const rFigure = [
  0.9102303674, 0.8836253207, 1.0073662876, 0.9759060123, 0.9813780275, 1.1127758267, 1.2265555429, 1.2199109694,
  1.0604919326, 0.9217572404, 0.8011780824, 0.89882439,
];

describe('centredMovingAverage', () => {
  it('takes a 2×4 average for an even period', () => {
    // Worked example, period 4 at t = 2: (0.5·1 + 2 + 3 + 4 + 0.5·5) / 4 = 3.
    const ma = centredMovingAverage([1, 2, 3, 4, 5, 6], 4);
    expect(ma[2]).toBe(3);
    expect(ma[3]).toBe(4);
    expect(Number.isNaN(ma[0])).toBe(true);
  });
});

describe('decompose', () => {
  it('matches R decompose on AirPassengers', () => {
    const figure = decompose(airPassengers, 12, 'multiplicative')?.figure ?? [];
    expect(figure).toHaveLength(12);
    figure.forEach((v, i) => expect(v).toBeCloseTo(rFigure[i], 8));
  });

  it('needs two full seasons', () => {
    expect(decompose(airPassengers.slice(0, 23), 12, 'multiplicative')).toBeNull();
  });
});

describe('seasonalIndices', () => {
  it('returns the multiplicative figure aligned to the first value', () => {
    const indices = seasonalIndices(airPassengers, 12) ?? [];
    expect(indices).toHaveLength(12);
    indices.forEach((v, i) => expect(v).toBeCloseTo(rFigure[i], 8));
  });

  it('keeps the season of y[0] at index 0 when the first months are empty', () => {
    // Blank January to March: the figure is fitted on April onwards, whose own index 0 is April; rotated back,
    // index i of the result must be the season of y[i], e.g. index 3 (April) = that figure's index 0.
    const y: (number | null)[] = [null, null, null, ...airPassengers.slice(3)];
    const fromApril = decompose(airPassengers.slice(3), 12, 'multiplicative')?.figure ?? [];
    const indices = seasonalIndices(y, 12) ?? [];
    expect(indices).toHaveLength(12);
    indices.forEach((v, i) => expect(v).toBeCloseTo(fromApril[(i - 3 + 12) % 12], 12));
    expect(indices[6]).toBeGreaterThan(1.15); // July, the summer peak
  });

  it('is null below two seasons, for non-positive data and without a season', () => {
    expect(seasonalIndices(airPassengers.slice(0, 20), 12)).toBeNull();
    expect(seasonalIndices([0, ...airPassengers.slice(1)], 12)).toBeNull();
    expect(seasonalIndices(airPassengers, 1)).toBeNull();
  });
});
