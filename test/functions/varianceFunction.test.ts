import { varianceFunction } from '../../src/functions/varianceFunction';
import { call, column, errorOf, row } from './ranges';

const variance = (actual: unknown, budget: unknown, type?: unknown, threshold?: unknown, abs?: unknown): unknown =>
  call(() => varianceFunction(actual, budget, type ?? null, threshold ?? null, abs ?? null));

describe('OPSREVIEW.VARIANCE', () => {
  it("reproduces the sample workbook's June result: 186,822 against 197,002 is -10,180 (-5.2 %), adverse, not material", () => {
    // The figures the pane shows for Northwind Logistics, June 2026 (checked by hand at the first landing).
    const [[v, pct, favourable, material]] = variance(186822, 197002) as unknown[][];
    expect(v).toBe(-10180);
    expect(pct).toBeCloseTo(-0.0516746, 6);
    expect(favourable).toBe(false);
    expect(material).toBe(false);
  });

  it('applies the engine rules: expenses are favourable when under budget; material at the threshold itself', () => {
    expect(variance(1100, 1000, 'expense')).toEqual([[100, 0.1, false, true]]);
    expect(variance(900, 1000, 'Expense')).toEqual([[-100, -0.1, true, true]]);
    expect(variance(1000, 1000, 'revenue')).toEqual([[0, 0, true, false]]);
    // both limits must be reached: 10 % but under the 5,000 absolute threshold
    expect(variance(1100, 1000, 'expense', 0.1, 5000)).toEqual([[100, 0.1, false, false]]);
    expect(variance(1100, 1000, 'expense', 0.15)).toEqual([[100, 0.1, false, false]]);
  });

  it('gives #DIV/0! for the % of a zero budget, and calls any actual against it material', () => {
    expect(variance(50, 0)).toEqual([
      [
        50,
        { error: '#DIV/0!', message: 'OPSREVIEW.VARIANCE: the budget is 0, so there is no variance %.' },
        true,
        true,
      ],
    ]);
  });

  it('rounds floating-point noise away as the engine does (0.1 + 0.2 against 0.3)', () => {
    expect(variance(0.1 + 0.2, 0.3)).toEqual([[0, 0, true, false]]);
  });

  it('takes ranges: one row per pair down a column, four rows across a row; types one per pair', () => {
    const down = variance(column([110, 95, 200]), column([100, 100, 200]), column(['revenue', 'expense', 'expense']));
    expect(down).toEqual([
      [10, 0.1, true, true],
      [-5, -0.05, true, false],
      [0, 0, true, false],
    ]);
    const across = variance(row([110, 95]), row([100, 100]), 'expense');
    expect(across).toEqual([
      [10, -5],
      [0.1, -0.05],
      [false, true],
      [true, false],
    ]);
  });

  it('reads amounts as the engine does: text numbers and blanks (0); a word spoils only its own pair', () => {
    expect(variance(column(['1,200', '', 'tbd']), column([1000, 100, 100]))).toEqual([
      [200, 0.2, true, true],
      [-100, -1, false, true],
      Array(4).fill({ error: '#VALUE!', message: 'OPSREVIEW.VARIANCE: actual is "tbd", not a number.' }),
    ]);
  });

  it('rejects arguments that do not fit', () => {
    expect(errorOf(() => varianceFunction(column([1, 2]), column([1]), null, null, null)).message).toBe(
      'OPSREVIEW.VARIANCE: actual and budget must be the same size (2x1 and 1x1).',
    );
    expect(errorOf(() => varianceFunction(1, 1, 'cost', null, null))).toEqual({
      error: '#VALUE!',
      message: 'OPSREVIEW.VARIANCE: type must be "revenue" or "expense", got "cost".',
    });
    expect(errorOf(() => varianceFunction(1, 1, null, -0.1, null)).error).toBe('#NUM!');
    expect(
      errorOf(() =>
        varianceFunction(
          [
            [1, 2],
            [3, 4],
          ],
          [
            [1, 2],
            [3, 4],
          ],
          null,
          null,
          null,
        ),
      ).error,
    ).toBe('#VALUE!');
  });
});

describe('cells as Excel passes them to "any" parameters', () => {
  it('reads the basic value of a data type (a formatted number) and the code of an error value', () => {
    const formatted = { type: 'FormattedNumber', basicValue: 1100, numberFormat: '$#,##0' };
    expect(variance([[formatted]], [[1000]], 'expense')).toEqual([[100, 0.1, false, true]]);
    const error = { type: 'Error', basicValue: '#N/A', errorType: 'NotAvailable' };
    expect(variance([[error]], [[1000]])).toEqual([
      Array(4).fill({ error: '#VALUE!', message: 'OPSREVIEW.VARIANCE: actual is #N/A, not a number.' }),
    ]);
  });
});
