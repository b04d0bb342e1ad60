import fc from 'fast-check';
import { seasonalIndices } from '../../src/engine/forecast';
import { phase } from '../../src/engine/goals/phase';
import { phaseFunction } from '../../src/functions/phaseFunction';
import { call, column, errorOf, row } from './ranges';

const flat = (spill: unknown): number[] => (spill as number[][]).flat();
/** Sums in cents as integers, so the check itself carries no floating-point error. */
const cents = (values: readonly number[]): number => values.reduce((s, v) => s + Math.round(v * 100), 0);

describe('OPSREVIEW.PHASE', () => {
  it('phases 1,000 evenly as 83.34 x 4 and 83.33 x 8 (largest remainder, ties to the earlier month), summing to 1,000', () => {
    const months = flat(call(() => phaseFunction(1000, [['even']], null)));
    expect(months).toEqual([83.34, 83.34, 83.34, 83.34, ...Array(8).fill(83.33)]);
    expect(cents(months)).toBe(100000);
  });

  it('phases by custom weights, monthly or quarterly, in the orientation of the profile', () => {
    expect(call(() => phaseFunction(1000, column([1, 2, 3, 4]), null))).toEqual([[100], [200], [300], [400]]);
    expect(call(() => phaseFunction(250000, row([1, 1, 1, 1]), null))).toEqual([[62500, 62500, 62500, 62500]]);
  });

  it("phases seasonally by the engine's seasonal indices of a two-year reference, or like a single year", () => {
    const year = [80, 85, 100, 105, 110, 120, 130, 125, 105, 95, 85, 60];
    const twoYears = [...year, ...year.map((v) => v * 1.1)];
    const indices = seasonalIndices(twoYears, 12);
    if (indices === null) throw new Error('two positive years give indices');
    const expected = phase(1200000, indices, 2).map((p) => p.target);
    expect(flat(call(() => phaseFunction(1200000, [['seasonal']], column(twoYears))))).toEqual(expected);
    // One full year: last year's shape, i.e. in proportion to its months.
    const likeLastYear = flat(call(() => phaseFunction(1200, [['seasonal']], column(year))));
    expect(likeLastYear).toEqual(year);
  });

  it('always sums exactly to the target, for any target and weights (property, fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100),
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 12, maxLength: 12 })
          .filter((w) => w.some((x) => x > 0)),
        (target, weights) => {
          const months = flat(call(() => phaseFunction(target, column(weights), null)));
          return cents(months) === Math.round(target * 100);
        },
      ),
      { seed: 18, numRuns: 300 },
    );
  });

  it('says why a profile cannot be used instead of silently phasing evenly', () => {
    expect(errorOf(() => phaseFunction(1000, column([1, 2, 3, 4, 5]), null))).toEqual({
      error: '#VALUE!',
      message:
        'OPSREVIEW.PHASE: cannot phase as asked: its custom profile has 5 weights; give 12 (one a month) or 4 (one a quarter).',
    });
    expect(errorOf(() => phaseFunction(1000, column([1, -2, 3, 4]), null)).message).toBe(
      'OPSREVIEW.PHASE: cannot phase as asked: its custom profile has negative or no positive weights.',
    );
    expect(errorOf(() => phaseFunction(1000, [['seasonal']], null)).message).toBe(
      'OPSREVIEW.PHASE: seasonal phasing needs a reference range of monthly history.',
    );
    expect(errorOf(() => phaseFunction(1000, [['seasonal']], column([1, 2, 3]))).message).toMatch(
      /^OPSREVIEW.PHASE: cannot phase as asked: "reference" does not have a full fiscal year/,
    );
    expect(errorOf(() => phaseFunction(1000, [['monthly']], null)).message).toBe(
      'OPSREVIEW.PHASE: profile must be "even", "seasonal" or a range of 12 or 4 weights, got "monthly".',
    );
    expect(errorOf(() => phaseFunction('lots', [['even']], null)).error).toBe('#VALUE!');
  });
});
