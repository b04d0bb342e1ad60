import fc from 'fast-check';
import { allocate } from '../../../src/engine/goals/allocate';

const SEED = 20260601;

describe('allocate', () => {
  it('splits totals too large to count in units in proportion, without hanging', () => {
    // 1.18e213 x 10^2 units is far past 2^53: shares 1:3 of the total, the last taking the rest.
    const parts = allocate(1.18e213, [1, 3], 2);
    expect(parts[0]).toBeCloseTo(0.295e213, -200);
    expect(parts[0] + parts[1]).toBe(1.18e213);
  });

  it('splits by largest remainder: 100 over three equal weights is 34, 33, 33', () => {
    // quotas 33.33 each; floors 33 x 3 = 99; the one unit left goes to the first of the equal remainders
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
  });

  it("spreads an R&D budget over departments by last year's amounts, to the cent", () => {
    // 250,000.00 by 120k / 80k / 40k (sum 240k): quotas 125,000.00 / 83,333.333 / 41,666.667 in cents
    // 12,500,000 / 8,333,333.33 / 4,166,666.67 -> floors 12,500,000 / 8,333,333 / 4,166,666 leave 1 cent,
    // which goes to the largest remainder (0.667, the third).
    expect(allocate(250_000, [120_000, 80_000, 40_000], 2)).toEqual([125_000, 83_333.33, 41_666.67]);
  });

  it('gives the leftover unit to the larger weight when remainders tie, and nothing to a zero weight', () => {
    // 10 over weights 1, 3, 0, 1 (sum 5): quotas 2, 6, 0, 2 exactly, nothing left over
    expect(allocate(10, [1, 3, 0, 1])).toEqual([2, 6, 0, 2]);
    // 1 over 1, 2: quotas 0.333, 0.667 -> the unit goes to the larger remainder
    expect(allocate(1, [1, 2])).toEqual([0, 1]);
    // 1 over 2, 2, 0: remainders 0.5 and 0.5 tie on weight too -> the earlier one
    expect(allocate(1, [2, 2, 0])).toEqual([1, 0, 0]);
  });

  it('spreads a negative total as its absolute value, negated', () => {
    expect(allocate(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
  });

  it('refuses weights it cannot use (a caller bug)', () => {
    expect(() => allocate(10, [1, -1])).toThrow('allocate requires weights that are finite and not negative');
    expect(() => allocate(10, [0, 0])).toThrow('allocate requires at least one positive weight');
    expect(() => allocate(10, [1], 11)).toThrow('allocate requires decimals between 0 and 10, got 11');
  });

  it('always sums exactly to the total rounded to the decimals, and keeps each part within one unit of its quota', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 24 }),
        fc.integer({ min: 0, max: 4 }),
        (totalUnits, rawWeights, decimals) => {
          const weights = rawWeights.some((w) => w > 0) ? rawWeights : [...rawWeights.slice(1), 1];
          const scale = 10 ** decimals;
          const total = totalUnits / scale;
          const parts = allocate(total, weights, decimals);
          const units = parts.map((p) => Math.round(p * scale));
          // exact in whole units of 10^-decimals
          expect(units.reduce((a, b) => a + b, 0)).toBe(totalUnits);
          expect(parts.map((p, i) => p * scale - units[i]).every((d) => Math.abs(d) < 1e-6)).toBe(true);
          const weightSum = weights.reduce((a, b) => a + b, 0);
          units.forEach((u, i) => {
            expect(Math.abs(u - (totalUnits * weights[i]) / weightSum)).toBeLessThan(1 + 1e-6);
            if (weights[i] === 0) expect(u).toBe(0);
          });
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});
