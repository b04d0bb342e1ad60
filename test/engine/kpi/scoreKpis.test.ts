import type { ProjectionForecaster } from '../../../src/engine/kpi/projection';
import { scoreKpis } from '../../../src/engine/kpi/scoreKpis';
import { KpiResultSchema, ScorecardSchema } from '../../../src/engine/results/AnalysisResult';
import { FY2026, kpi, monthly } from './kpiFixtures';

// A forecaster that carries the last value forward, so projections here test our wiring, not the forecast engine.
const naive: ProjectionForecaster = (y, { h }) => {
  const last = [...y].reverse().find((v): v is number => v !== null);
  return last === undefined ? { ok: false, reason: 'empty' } : { ok: true, mean: new Array<number>(h).fill(last) };
};

describe('scoreKpis', () => {
  const onTime = kpi({
    name: 'On-time delivery',
    unit: '%',
    target: 95,
    perspective: 'Customer',
    weight: 2,
    values: monthly(2, [96, 95.5, 94, 93.5, 93, 92.5, 99]), // July is after the review period
    source: { sheet: 'KPIs', cell: 'A2' },
  });
  const dso = kpi({
    name: 'DSO',
    unit: 'days',
    direction: 'lower',
    target: 45,
    perspective: 'Financial',
    values: monthly(3, [44, 44, 43, 42, 41, 40]),
    source: { sheet: 'KPIs', cell: 'A3' },
  });

  it('scores each KPI at the review period and parses with the contract schema', () => {
    const { kpis, scorecard, diagnostics } = scoreKpis([onTime, dso], '2026-06', FY2026, { forecaster: naive });
    expect(diagnostics).toEqual([]);
    for (const result of kpis) expect(KpiResultSchema.safeParse(result).success).toBe(true);
    expect(ScorecardSchema.safeParse(scorecard).success).toBe(true);

    const [delivery, days] = kpis;
    expect(delivery.actual).toBe(92.5); // June, not the July value typed ahead
    expect(delivery.attainment).toBeCloseTo(92.5 / 95, 12); // 0.97368 -> amber
    expect(delivery.status).toBe('amber');
    expect(delivery.periodsOffTarget).toBe(4); // March-June below 95; February's 95.5 met it
    expect(delivery.trend?.direction).toBe('worsening');
    expect(delivery.history).toHaveLength(6);
    expect(delivery.projection).toEqual({
      period: '2026-12',
      value: 92.5,
      target: 95,
      text: 'At this trend, on-time delivery reaches 92.5 % by December against 95 %.',
    });

    expect(days.attainment).toBeCloseTo(45 / 40, 12); // lower-is-better: target / actual = 1.125
    expect(days.status).toBe('green');
    expect(days.periodsOffTarget).toBe(0);
    expect(days.trend?.direction).toBe('improving');
    expect(days.projection?.text).toBe('At this trend, DSO reaches 40 days by December against 45 days.');

    // Composite: weights 2 and 1; DSO's 1.125 is under the 1.2 cap.
    // (2 x 0.973684 + 1 x 1.125) / 3 = 1.024123
    expect(scorecard?.composite).toBeCloseTo((2 * (92.5 / 95) + 1.125) / 3, 12);
    expect(scorecard?.perspectives).toEqual([
      { name: 'Customer', score: expect.closeTo(92.5 / 95, 12), weight: expect.closeTo(2 / 3, 12) },
      { name: 'Financial', score: 1.125, weight: expect.closeTo(1 / 3, 12) },
    ]);
  });

  it('uses a per-period target over the single one', () => {
    const ramp = kpi({
      name: 'Units per hour',
      target: 100,
      targets: [{ period: '2026-03', value: 80 }],
      values: monthly(4, [70, 75, 82]),
    });
    const [result] = scoreKpis([ramp], '2026-03', FY2026, { forecaster: naive }).kpis;
    expect(result.target).toBe(80);
    expect(result.status).toBe('green');
    expect(result.history.map((h) => h.target)).toEqual([100, 100, 80]);
    expect(result.projection?.target).toBe(100); // December falls back to the single target
  });

  it('projects with the forecast engine by default', () => {
    // A steady 0.5-point monthly rise; the engine (Theta for a short trending series) projects a rise to December.
    const rising = kpi({
      name: 'First-pass yield',
      unit: '%',
      target: 95,
      values: monthly(5, [90, 90.5, 91, 91.5, 92, 92.5]),
    });
    const [result] = scoreKpis([rising], '2026-06', FY2026).kpis;
    expect(result.projection?.period).toBe('2026-12');
    expect(result.projection?.value).toBeGreaterThan(92.5);
    expect(result.projection?.text).toMatch(
      /^At this trend, first-pass yield reaches 9\d(\.\d)? % by December against 95 %\.$/,
    );
  });

  it('turns bad settings into diagnostics on the KPI row and carries on', () => {
    const messy = kpi({
      name: 'Scrap rate',
      direction: 'lower',
      target: 0.02,
      unit: '%',
      thresholds: { green: 0.9, amber: 1.1, mode: 'pct' },
      weight: -1,
      values: [...monthly(6, [0.03]), { period: '2026-01', value: 0.05, source: { sheet: 'KPIs', cell: 'Q6' } }],
      source: { sheet: 'KPIs', cell: 'A6' },
    });
    const { kpis, diagnostics } = scoreKpis([messy], '2026-06', FY2026, { forecaster: naive });
    expect(diagnostics.map((d) => [d.code, d.cell])).toEqual([
      ['kpi-thresholds', 'A6'],
      ['kpi-weight', 'A6'],
      ['duplicate-key', 'Q6'],
    ]);
    expect(diagnostics[2].message).toBe('"Scrap rate" has a second value for 2026-01; the one in C6 is used.');
    expect(kpis[0].actual).toBe(0.03);
    expect(kpis[0].weight).toBe(1);
    expect(kpis[0].status).toBe('red'); // 0.02 / 0.03 = 0.667 under the default thresholds
  });

  it('shows a KPI without a target with status none and leaves it out of the composite', () => {
    const { kpis, scorecard, diagnostics } = scoreKpis(
      [kpi({ name: 'Headcount', values: monthly(7, [10, 11, 12]) })],
      '2026-03',
      FY2026,
      { forecaster: naive },
    );
    expect(kpis[0].status).toBe('none');
    expect(kpis[0].attainment).toBeNull();
    expect(scorecard).toBeNull();
    expect(diagnostics[0].code).toBe('kpi-no-target');
  });

  it('scores a zero-target KPI as met or missed', () => {
    const incidents = kpi({
      name: 'Lost-time incidents',
      direction: 'lower',
      target: 0,
      values: monthly(8, [1, 0, 0]),
    });
    const [result] = scoreKpis([incidents], '2026-03', FY2026, { forecaster: naive }).kpis;
    expect(result.attainment).toBeNull(); // 0 / 0
    expect(result.status).toBe('green');
    expect(result.periodsOffTarget).toBe(0);
  });
});

describe('scoreKpis with a target range', () => {
  it('scores inside the band as on target and reads a band typed high-to-low the right way round', () => {
    const stock = kpi({
      name: 'Stock days',
      unit: 'days',
      direction: 'range',
      targetLow: 40,
      targetHigh: 30,
      target: 35,
      values: monthly(9, [50, 46, 42, 38]),
      source: { sheet: 'KPIs', cell: 'A9' },
    });
    const { kpis, diagnostics } = scoreKpis([stock], '2026-04', FY2026, { forecaster: naive });
    expect(diagnostics.map((d) => d.message)).toEqual([
      'The target range of "Stock days" runs from 40 down to 30, so it is read as 30 to 40.',
    ]);
    const [result] = kpis;
    expect(result.attainment).toBe(1);
    expect(result.status).toBe('green');
    // distance above the band 10, 6, 2, 0: closing in -> improving although the values fall
    expect(result.trend?.direction).toBe('improving');
    expect(result.periodsOffTarget).toBe(0);
    expect(result.target).toBe(35);
    // The band itself is kept, the right way round, so it can be shown as "30-40 days" rather than "35 days".
    expect(result.targetRange).toEqual({ low: 30, high: 40 });
  });
});
