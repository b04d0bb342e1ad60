import fc from 'fast-check';
import { varianceCell } from '../../../src/engine/variance/varianceCell';

const global = { threshold: 0.1, absoluteThreshold: 0 };

describe('varianceCell', () => {
  it('computes variance and percentage against |budget| (worked example)', () => {
    // Travel: budget 1,200, actual 1,500 -> variance 300, 300 / 1,200 = 0.25, expense over budget: unfavourable.
    expect(varianceCell(1200, 1500, 'expense', global)).toEqual({
      budget: 1200,
      actual: 1500,
      variance: 300,
      variancePct: 0.25,
      favourable: false,
      material: true,
    });
  });

  it('divides by the absolute budget so a negative budget keeps the sign of the variance', () => {
    // Credit line: budget -200, actual -150 -> variance 50, 50 / |-200| = 0.25.
    expect(varianceCell(-200, -150, 'expense', global).variancePct).toBe(0.25);
  });

  it('gives no percentage for a zero budget and calls any actual material', () => {
    const cell = varianceCell(0, 25, 'expense', { threshold: 0.1, absoluteThreshold: 1000 });
    expect(cell.variancePct).toBeNull();
    expect(cell.material).toBe(true);
    expect(varianceCell(0, 0, 'expense', global).material).toBe(false);
  });

  it('treats a variance of exactly the threshold as material despite binary fractions', () => {
    // 0.33 - 0.3 = 0.030000000000000027 in floating point; 0.03 / 0.3 must still count as 10 %.
    expect(varianceCell(0.3, 0.33, 'expense', global)).toMatchObject({
      variance: 0.03,
      variancePct: 0.1,
      material: true,
    });
    expect(varianceCell(100, 109.99, 'expense', global).material).toBe(false);
  });

  it('needs both the percentage and the absolute threshold', () => {
    const limits = { threshold: 0.1, absoluteThreshold: 500 };
    // 20 % over but only 200 in money.
    expect(varianceCell(1000, 1200, 'expense', limits).material).toBe(false);
    // 20 % and 2,000.
    expect(varianceCell(10000, 12000, 'expense', limits).material).toBe(true);
  });

  it('flips favourable with the type and keeps everything else (property, fixed seed)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: -1e7, max: 1e7 }), (budget, actual) => {
        const revenue = varianceCell(budget, actual, 'revenue', global);
        const expense = varianceCell(budget, actual, 'expense', global);
        const { favourable: r, ...restR } = revenue;
        const { favourable: e, ...restE } = expense;
        expect(restR).toEqual(restE);
        if (revenue.variance === 0) expect(r && e).toBe(true);
        else expect(r).toBe(!e);
        expect(revenue.variance).toBe(actual - budget);
      }),
      { seed: 20261125, numRuns: 300 },
    );
  });
});
