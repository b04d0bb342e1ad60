import { projection, type ProjectionForecaster } from '../../../src/engine/kpi/projection';

describe('projection', () => {
  const calls: { y: readonly (number | null)[]; period: number; h: number }[] = [];
  // Records what the forecast engine is asked and answers a straight line continuing the last step.
  const linear: ProjectionForecaster = (y, { period, h }) => {
    calls.push({ y, period, h });
    const known = y.filter((v): v is number => v !== null);
    const step = known[known.length - 1] - known[known.length - 2];
    return { ok: true, mean: Array.from({ length: h }, (_, i) => known[known.length - 1] + step * (i + 1)) };
  };
  const base = { name: 'Gross margin', unit: '%', percentAsFraction: true, targetAt: () => 0.35, until: '2026-12' };

  beforeEach(() => (calls.length = 0));

  it('forecasts a monthly KPI month by month to the year end, with gaps left to the engine', () => {
    const history = [
      { period: '2026-01', value: 0.3 },
      { period: '2026-02', value: 0.31 },
      { period: '2026-04', value: 0.33 },
    ];
    const result = projection({ ...base, history }, linear);
    expect(calls).toEqual([{ y: [0.3, 0.31, null, 0.33], period: 12, h: 8 }]); // May..December = 8 months
    // last step 0.02 over 8 months: 0.33 + 0.16 = 0.49
    expect(result?.value).toBeCloseTo(0.49, 12);
    expect(result?.text).toBe('At this trend, gross margin reaches 49 % by December against 35 %.');
  });

  it('forecasts a quarterly KPI quarter by quarter', () => {
    const history = [
      { period: '2025-12', value: 0.3 },
      { period: '2026-03', value: 0.31 },
      { period: '2026-06', value: 0.32 },
    ];
    projection({ ...base, history }, linear);
    expect(calls).toEqual([{ y: [0.3, 0.31, 0.32], period: 4, h: 2 }]); // September and December
  });

  it('gives nothing to project at or after the year end, or when the engine declines', () => {
    expect(projection({ ...base, history: [{ period: '2026-12', value: 0.3 }] }, linear)).toBeNull();
    expect(projection({ ...base, history: [] }, linear)).toBeNull();
    const declines: ProjectionForecaster = () => ({ ok: false, reason: 'Only 1 period of history' });
    expect(projection({ ...base, history: [{ period: '2026-01', value: 0.3 }] }, declines)).toBeNull();
  });

  it('keeps acronyms as written and leaves out the target when there is none', () => {
    const history = [
      { period: '2026-01', value: 40 },
      { period: '2026-02', value: 41 },
    ];
    const result = projection(
      { ...base, name: 'DSO', unit: 'days', percentAsFraction: false, targetAt: () => null, history },
      linear,
    );
    expect(result?.text).toBe('At this trend, DSO reaches 51 days by December.');
  });
});
