import { leastSquaresSlope, trend } from '../../../src/engine/kpi/trend';

describe('trend', () => {
  it('fits the least-squares slope', () => {
    // x = 0..3, y = 1, 3, 2, 4: mean x 1.5, mean y 2.5;
    // sxy = (-1.5)(-1.5) + (-0.5)(0.5) + (0.5)(-0.5) + (1.5)(1.5) = 4, sxx = 5, slope 0.8
    expect(leastSquaresSlope([1, 3, 2, 4])).toBeCloseTo(0.8, 12);
    expect(leastSquaresSlope([7])).toBe(0);
  });

  it('reads the slope against the KPI direction', () => {
    // DSO 40, 42, 44: slope +2 days a month, level 42 -> rate -2 / 42 = -0.0476 (worsening for lower-is-better)
    const dso = trend([40, 42, 44], 'lower');
    expect(dso?.direction).toBe('worsening');
    expect(dso?.slope).toBeCloseTo(2, 12);
    expect(dso?.rate).toBeCloseTo(-2 / 42, 12);
    expect(trend([40, 42, 44], 'higher')?.direction).toBe('improving');
  });

  it('is flat when the slope is under 0.5 % of the level per period', () => {
    // 95.0, 95.2, 95.4: slope 0.2, level 95.2, rate 0.0021 < 0.005 -> flat
    expect(trend([95, 95.2, 95.4], 'higher')?.direction).toBe('flat');
    // 2.0, 2.2, 2.4: the same 0.2 slope on a level of 2.2 is 9 % a period -> a trend
    expect(trend([2, 2.2, 2.4], 'higher')?.direction).toBe('improving');
  });

  it('fits only the last window of periods', () => {
    // Rising for years then falling for the last 3: the window of 3 sees only the fall.
    expect(trend([1, 2, 3, 4, 5, 6, 5, 4, 3], 'higher', { window: 3 })?.direction).toBe('worsening');
  });

  it('judges a range KPI by the distance outside its band', () => {
    // Band 30-40: 50, 46, 42 moves back towards it (distance 10, 6, 2) -> improving though the values fall
    expect(trend([50, 46, 42], 'range', { low: 30, high: 40 })?.direction).toBe('improving');
    expect(trend([20, 24, 28], 'range', { low: 30, high: 40 })?.direction).toBe('improving');
    expect(trend([32, 35, 38], 'range', { low: 30, high: 40 })?.direction).toBe('flat');
  });

  it('gives no trend on fewer than 3 points', () => {
    expect(trend([1, 2], 'higher')).toBeNull();
  });
});
