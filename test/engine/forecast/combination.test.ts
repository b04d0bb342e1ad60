import { combination } from '../../../src/engine/forecast/combination';
import { intervals } from '../../../src/engine/forecast/intervals';

describe('combination', () => {
  it('averages means and standard errors with equal weights', () => {
    // Worked example: means (100 + 120) / 2 = 110, (90 + 130) / 2 = 110; sd (10 + 20) / 2 = 15, (12 + 18) / 2 = 15.
    const c = combination([
      { name: 'ETS(A,N,N)', mean: [100, 90], sd: [10, 12] },
      { name: 'Theta', mean: [120, 130], sd: [20, 18] },
    ]);
    expect(c).toEqual({ name: 'combination(ETS(A,N,N), Theta)', mean: [110, 110], sd: [15, 15] });
  });

  it('returns a single member unchanged', () => {
    const only = { name: 'Theta', mean: [1], sd: [0] };
    expect(combination([only])).toBe(only);
  });
});

describe('intervals', () => {
  it('draws mean ± z·sd and carries the last finite spread over a non-finite one', () => {
    // z(0.9) = 1.281551566 and z(0.975) = 1.959963985 (R qnorm); sd 10 gives ±12.8155 and ±19.5996.
    const pi = intervals({ name: 'x', mean: [100, 100], sd: [10, Number.POSITIVE_INFINITY] });
    expect(pi.lower80[0]).toBeCloseTo(87.18448434, 6);
    expect(pi.upper95[0]).toBeCloseTo(119.5996399, 6);
    expect(pi.upper95[1]).toBeCloseTo(119.5996399, 6);
  });
});
