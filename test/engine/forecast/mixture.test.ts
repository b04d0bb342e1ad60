import { intervals } from '../../../src/engine/forecast/intervals';
import { mixture } from '../../../src/engine/forecast/mixture';

describe('mixture', () => {
  it('averages means and adds the members’ disagreement to their variance', () => {
    // Worked example, equal weights: mean (100 + 120) / 2 = 110; variance (10² + 20²) / 2 + (10² + 10²) / 2
    // = 250 + 100 = 350, sd 18.7083. Step 2: members agree (mean 90), variance (12² + 18²) / 2 = 234, sd 15.2971.
    const c = mixture('combination(ETS(A,N,N), DOTM)', [
      { name: 'ETS(A,N,N)', mean: [100, 90], sd: [10, 12] },
      { name: 'DOTM', mean: [120, 90], sd: [20, 18] },
    ]);
    expect(c.name).toBe('combination(ETS(A,N,N), DOTM)');
    expect(c.mean).toEqual([110, 90]);
    expect(c.sd[0]).toBeCloseTo(Math.sqrt(350), 10);
    expect(c.sd[1]).toBeCloseTo(Math.sqrt(234), 10);
  });

  it('normalises weights: a member with weight 3 counts three times', () => {
    // Weights 3:1: mean (3·100 + 1·200) / 4 = 125; variance 0 + (3·25² + 1·75²) / 4 = 1875.
    const c = mixture(
      'x',
      [
        { name: 'a', mean: [100], sd: [0] },
        { name: 'b', mean: [200], sd: [0] },
      ],
      [3, 1],
    );
    expect(c.mean[0]).toBeCloseTo(125, 10);
    expect(c.sd[0]).toBeCloseTo(Math.sqrt(1875), 10);
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
