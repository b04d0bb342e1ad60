import fc from 'fast-check';
import { phaseObjectives } from '../../../src/engine/goals/phaseObjectives';
import type { ObjectiveRecord } from '../../../src/engine/read/datasets';
import { GoalResultSchema } from '../../../src/engine/results/AnalysisResult';
import type { FiscalYear } from '../../../src/engine/read/WorkbookRead';

/** A fiscal year starting in April, named after the calendar year it ends in. */
const FY2027: FiscalYear = {
  startMonth: 4,
  label: 'FY2027',
  periods: [
    '2026-04',
    '2026-05',
    '2026-06',
    '2026-07',
    '2026-08',
    '2026-09',
    '2026-10',
    '2026-11',
    '2026-12',
    '2027-01',
    '2027-02',
    '2027-03',
  ],
};

const noSeries = (): null => null;

function objective(
  overrides: Partial<ObjectiveRecord> & Pick<ObjectiveRecord, 'name' | 'annualTarget'>,
): ObjectiveRecord {
  return {
    unit: null,
    owner: null,
    phasing: null,
    reference: null,
    profile: null,
    actuals: [],
    source: { sheet: 'Objectives', cell: 'A2' },
    ...overrides,
  };
}

const actual = (period: string, value: number, row = 2) => ({
  period,
  value,
  source: { sheet: 'Objectives', cell: `F${row}` },
});

describe('phaseObjectives', () => {
  it('phases evenly with cumulative targets and progress to date', () => {
    // 1,000,000 over 12 months: 83,333.33 x 12 = 999,999.96, 4 cents left go to the first four months
    // (equal remainders, equal weights: earlier first) -> 83,333.34 x 4 + 83,333.33 x 8 = 1,000,000.00
    const { goals, diagnostics } = phaseObjectives(
      [
        objective({
          name: 'New-customer revenue',
          annualTarget: 1_000_000,
          actuals: [actual('2026-04', 80_000), actual('2026-05', 90_000), actual('2026-07', 70_000)],
        }),
      ],
      FY2027,
      '2026-06',
      noSeries,
    );
    expect(diagnostics).toEqual([]);
    const [goal] = goals;
    expect(GoalResultSchema.safeParse(goal).success).toBe(true);
    expect(goal.method).toBe('even');
    expect(goal.periods.map((p) => p.target)).toEqual([...Array(4).fill(83_333.34), ...Array(8).fill(83_333.33)]);
    expect(goal.periods[2]).toEqual({
      period: '2026-06',
      target: 83_333.34,
      cumulativeTarget: 250_000.02,
      actual: null, // nothing reported for June
      cumulativeActual: 170_000,
    });
    expect(goal.periods[3].actual).toBeNull(); // July is after the review period
    expect(goal.periods[3].cumulativeActual).toBeNull();
    expect(goal.periods[11].cumulativeTarget).toBe(1_000_000);
    // 170,000 / 250,000.02 = 0.679999...
    expect(goal.progress).toEqual({
      actualToDate: 170_000,
      targetToDate: 250_000.02,
      attainment: expect.closeTo(170_000 / 250_000.02, 12),
    });
  });

  it('phases by a custom quarterly profile onto the quarter-end months', () => {
    // 400 units by 1:2:3:4 -> 40, 80, 120, 160; a monthly actual in May counts towards Q1 (June)
    const { goals } = phaseObjectives(
      [
        objective({
          name: 'Units shipped',
          annualTarget: 400,
          profile: [1, 2, 3, 4],
          actuals: [actual('2026-05', 50)],
        }),
      ],
      FY2027,
      '2026-08',
      noSeries,
    );
    const [goal] = goals;
    expect(goal.method).toBe('custom');
    expect(goal.periods.map((p) => [p.period, p.target, p.cumulativeTarget])).toEqual([
      ['2026-06', 40, 40],
      ['2026-09', 80, 120],
      ['2026-12', 120, 240],
      ['2027-03', 160, 400],
    ]);
    expect(goal.periods[0].actual).toBe(50);
    // Q2 ends in September, after the August review: only Q1 is due
    expect(goal.progress).toEqual({ actualToDate: 50, targetToDate: 40, attainment: 1.25 });
  });

  it("phases by the reference series' seasonal profile from the forecast engine", () => {
    // Two fiscal years of a series whose third month of each quarter is double the other two:
    // multiplicative indices 0.75, 0.75, 1.5 repeating (mean 1), so 1,200 phases 75, 75, 150 per quarter.
    const series = Array.from({ length: 24 }, (_, i) => (i % 3 === 2 ? 200 : 100));
    const { goals, diagnostics } = phaseObjectives(
      [objective({ name: 'Service revenue', annualTarget: 1200, phasing: 'seasonal', reference: 'Service sales' })],
      FY2027,
      '2026-04',
      (name) => (name === 'Service sales' ? series : null),
    );
    expect(diagnostics).toEqual([]);
    expect(goals[0].method).toBe('seasonal');
    expect(goals[0].periods.map((p) => p.target)).toEqual([75, 75, 150, 75, 75, 150, 75, 75, 150, 75, 75, 150]);
    expect(goals[0].progress).toBeNull(); // no actuals given
  });

  it('falls back to even phasing with a warning saying why', () => {
    const { goals, diagnostics } = phaseObjectives(
      [
        objective({ name: 'A', annualTarget: 12, phasing: 'seasonal', reference: 'Nowhere' }),
        objective({ name: 'B', annualTarget: 12, phasing: 'custom', profile: [1, 2, 3] }),
        objective({ name: 'C', annualTarget: 12, phasing: 'seasonal', reference: 'Short' }),
      ],
      FY2027,
      '2026-04',
      (name) => (name === 'Short' ? [1, 2, 3] : null),
    );
    expect(goals.map((g) => g.method)).toEqual(['even', 'even', 'even']);
    expect(goals[0].periods.every((p) => p.target === 1)).toBe(true);
    expect(diagnostics.map((d) => d.message)).toEqual([
      '"A" is phased evenly because no KPI or account named "Nowhere" was found for its seasonal profile.',
      '"B" is phased evenly because its custom profile has 3 weights; give 12 (one a month) or 4 (one a quarter).',
      '"C" is phased evenly because "Short" does not have a full fiscal year of positive monthly figures to phase by.',
    ]);
  });

  it('phases like the one full year of history there is, and says so', () => {
    // 18 months: FY1 complete (100 a month, 200 in the fourth month of each quarter), then six months of FY2.
    const firstYear = [100, 100, 200, 100, 100, 200, 100, 100, 200, 100, 100, 200]; // sums to 1,600
    const { goals, diagnostics } = phaseObjectives(
      [objective({ name: 'Volume', annualTarget: 3200, phasing: 'seasonal', reference: 'Pallets' })],
      FY2027,
      '2026-04',
      () => [...firstYear, 110, 110, 220, 110, 110, 220],
    );
    // Target 3,200 in FY1's proportions: 100/1,600 x 3,200 = 200, 200/1,600 x 3,200 = 400.
    expect(goals[0].method).toBe('seasonal');
    expect(goals[0].periods.map((p) => p.target)).toEqual([200, 200, 400, 200, 200, 400, 200, 200, 400, 200, 200, 400]);
    expect(diagnostics.map((d) => [d.severity, d.message])).toEqual([
      [
        'info',
        '"Volume" is phased like the last full fiscal year of "Pallets" (one full year of history; two or more give a seasonal profile that also allows for trend).',
      ],
    ]);
  });

  it('leaves actuals from another fiscal year out, with a note', () => {
    const { goals, diagnostics } = phaseObjectives(
      [objective({ name: 'Savings', annualTarget: 120, actuals: [actual('2026-03', 99, 7), actual('2026-04', 10)] })],
      FY2027,
      '2026-04',
      noSeries,
    );
    expect(goals[0].progress).toEqual({ actualToDate: 10, targetToDate: 10, attainment: 1 });
    expect(diagnostics).toEqual([
      {
        severity: 'info',
        sheet: 'Objectives',
        cell: 'F7',
        message: '1 actual figure of "Savings" falls outside FY2027 and are not counted towards its target.',
        code: 'goal-actual-period',
      },
    ]);
  });

  it('always phases to exactly the annual target, whatever the profile', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.constantFrom(0, 1, 2),
        fc.oneof(
          fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 12, maxLength: 12 }),
          fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 4, maxLength: 4 }),
        ),
        (cents, decimals, profile) => {
          const annualTarget = cents / 10 ** decimals;
          const { goals } = phaseObjectives(
            [objective({ name: 'X', annualTarget, profile })],
            FY2027,
            '2026-04',
            noSeries,
          );
          const periods = goals[0].periods;
          const inCents = periods.map((p) => Math.round(p.target * 100));
          expect(inCents.reduce((a, b) => a + b, 0)).toBe(Math.round(annualTarget * 100));
          expect(periods[periods.length - 1].cumulativeTarget).toBe(annualTarget);
        },
      ),
      { seed: 20260401, numRuns: 200 },
    );
  });
});
