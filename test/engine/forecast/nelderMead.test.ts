import { nelderMead } from '../../../src/engine/forecast/ets/nelderMead';

describe('nelderMead', () => {
  it('finds the minimum of the Rosenbrock function at (1, 1)', () => {
    // Rosenbrock (1960): f(x, y) = 100(y − x²)² + (1 − x)², minimum 0 at (1, 1); R optim(c(-1.2, 1), fr) finds it.
    const rosenbrock = ([x, y]: number[]): number => 100 * (y - x * x) ** 2 + (1 - x) ** 2;
    const r = nelderMead(rosenbrock, [-1.2, 1], { maxEvaluations: 2000, tolerance: 1e-14 });
    expect(r.x[0]).toBeCloseTo(1, 3);
    expect(r.x[1]).toBeCloseTo(1, 3);
    expect(r.value).toBeLessThan(1e-6);
  });

  it('treats NaN as a wall and stays on the admissible side', () => {
    // (x − 2)² restricted to x < 1: the constrained minimum is at the wall, value just above 1.
    const r = nelderMead(([x]) => (x < 1 ? (x - 2) ** 2 : NaN), [0], { maxEvaluations: 500 });
    expect(r.x[0]).toBeLessThan(1);
    expect(r.x[0]).toBeGreaterThan(0.99);
  });

  it('stops at its evaluation budget', () => {
    expect(nelderMead(([x, y]) => x * x + y * y, [5, 5], { maxEvaluations: 20 }).evaluations).toBeLessThanOrEqual(22);
  });
});
