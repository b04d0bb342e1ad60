import { mase, maseScale, smape } from '../../../src/engine/forecast/accuracy';

describe('accuracy measures', () => {
  it('computes sMAPE as in the M3 competition', () => {
    // Worked example: 200·|100 − 110| / 210 = 9.5238, 200·|50 − 40| / 90 = 22.2222; mean 15.8730.
    expect(smape([100, 50], [110, 40])).toBeCloseTo(15.873, 3);
    expect(smape([0, 0], [0, 0])).toBe(0);
  });

  it('scales MASE by the mean absolute seasonal difference', () => {
    // Worked example, period 2: history 10, 20, 12, 24; seasonal differences |12 − 10| = 2, |24 − 20| = 4 → 3.
    expect(maseScale([10, 20, 12, 24], 2)).toBe(3);
    // Errors 3 and 6, mean 4.5, over scale 3 = 1.5.
    expect(mase([13, 30], [10, 24], 3)).toBe(1.5);
    // Period 1 (yearly) uses lag 1: |20 − 10| = 10, |12 − 20| = 8 → 9.
    expect(maseScale([10, 20, 12], 1)).toBe(9);
    expect(mase([1], [2], 0)).toBeNull();
  });
});
