import { composite, kpiScore } from '../../../src/engine/kpi/composite';
import { kpiResult } from '../../fixtures/kpiResult';

describe('composite', () => {
  it('caps a runaway KPI at 120 % of target so it cannot hide the others', () => {
    // (min(3, 1.2) + 0.6) / 2 = 0.9, not (3 + 0.6) / 2 = 1.8
    const scorecard = composite([kpiResult({ attainment: 3 }), kpiResult({ attainment: 0.6, status: 'red' })]);
    expect(scorecard?.composite).toBeCloseTo(0.9, 12);
    expect(scorecard?.perspectives).toEqual([]);
  });

  it('scores zero-target KPIs 1 when met and 0 when missed, and skips KPIs with no status', () => {
    expect(kpiScore(kpiResult({ attainment: null, status: 'green' }))).toBe(1);
    expect(kpiScore(kpiResult({ attainment: null, status: 'red' }))).toBe(0);
    expect(kpiScore(kpiResult({ attainment: null, status: 'none' }))).toBeNull();
  });

  it('groups by perspective, with unassigned KPIs together, and agrees with the overall composite', () => {
    const kpis = [
      kpiResult({ perspective: 'Financial', attainment: 1.1, weight: 3 }),
      kpiResult({ perspective: 'Financial', attainment: 0.9, weight: 1 }),
      kpiResult({ perspective: 'Customer', attainment: 0.8, weight: 2 }),
      kpiResult({ perspective: null, attainment: 1, weight: 2 }),
    ];
    // Financial (3 x 1.1 + 1 x 0.9) / 4 = 1.05, weight 4/8; Customer 0.8, 2/8; Unassigned 1, 2/8
    // composite (3.3 + 0.9 + 1.6 + 2) / 8 = 0.975 = 0.5 x 1.05 + 0.25 x 0.8 + 0.25 x 1
    const scorecard = composite(kpis);
    expect(scorecard?.composite).toBeCloseTo(0.975, 12);
    expect(scorecard?.perspectives).toEqual([
      { name: 'Financial', score: expect.closeTo(1.05, 12), weight: 0.5 },
      { name: 'Customer', score: expect.closeTo(0.8, 12), weight: 0.25 },
      { name: 'Unassigned', score: 1, weight: 0.25 },
    ]);
  });

  it('is null when nothing can be scored or all weights are zero', () => {
    expect(composite([])).toBeNull();
    expect(composite([kpiResult({ weight: 0 })])).toBeNull();
  });
});
