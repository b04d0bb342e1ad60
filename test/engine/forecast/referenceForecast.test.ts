import { chooseReference } from '../../../src/engine/forecast/chooseReference';
import { lastYearReference, referenceForecast } from '../../../src/engine/forecast/referenceForecast';

// A revenue line budgeted with a Q4 rise: twelve months of last year's actuals, then six of this year's, the
// budget known for this year only (Northwind's revenue pattern in examples/sample-ops-review.xlsx, rounded).
const budget2026 = [912, 953, 1034, 1024, 1054, 1054, 1003, 973, 1095, 1156, 1216, 1176];
const actual2025 = [856, 905, 988, 954, 993, 968, 932, 924, 1039, 1082, 1145, 1086];
const actual2026 = [931, 969, 1020, 1045, 994, 1029];
const history = [...actual2025, ...actual2026];
const budget = { name: 'the budget', values: [...new Array<null>(12).fill(null), ...budget2026] };

describe('referenceForecast', () => {
  it('follows the reference at the ratio of actual to reference over the months both have', () => {
    // Worked example: Jan–Jun actual 5,988 against budget 6,031: level 0.992870; July = 0.992870 × 1,003 = 995.85.
    const f = referenceForecast(history, budget, 6);
    expect(f?.level).toBeCloseTo(5988 / 6031, 10);
    expect(f?.months).toBe(6);
    expect(f?.mean[0]).toBeCloseTo((5988 / 6031) * 1003, 8);
    expect(f?.mean[4]).toBeCloseTo((5988 / 6031) * 1216, 8);
  });

  it('needs three months of overlap and a reference figure for every month forecast', () => {
    expect(referenceForecast(history.slice(0, 14), budget, 4)).toBeNull();
    expect(referenceForecast(history, budget, 7)).toBeNull();
  });
});

describe('lastYearReference', () => {
  it('is the value a year earlier, its last year repeated past the history', () => {
    const r = lastYearReference([1, 2, 3, 4, 5, 6], 4, 4);
    expect(r?.values).toEqual([null, null, null, null, 1, 2, 3, 4, 5, 6]);
    expect(lastYearReference([1, 2, 3, 4], 4, 2)).toBeNull();
  });
});

describe('chooseReference', () => {
  const flat = (train: number[], k: number): number[] => new Array<number>(k).fill(train[train.length - 1]);

  it('prefers the budget’s shape when it forecast last year’s second half better than the statistical forecast', () => {
    const choice = chooseReference(history, 12, 6, [budget], lastYearReference(history, 12, 6), flat);
    expect(choice?.method).toBe('Seasonal shape of the budget');
    expect(choice?.basis).toMatch(/^follows the budget's seasonal shape at 99 % of its level \(backtest: /);
    expect(choice?.mean[4]).toBeCloseTo((5988 / 6031) * 1216, 8);
    // Intervals from the backtest errors: positive and never narrowing.
    choice?.sd.forEach((s, i) => expect(s).toBeGreaterThanOrEqual(i === 0 ? 1 : choice.sd[i - 1]));
  });

  it('keeps the statistical forecast when a shape has nothing to do with the series', () => {
    const upsideDown = { name: 'the budget', values: budget.values.map((v) => (v === null ? null : 2300 - v)) };
    expect(chooseReference(history, 12, 6, [upsideDown], null, flat)).toBeNull();
  });
});
