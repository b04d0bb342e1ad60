import { type Polarity, varianceCell } from '../engine';
import { amountOf, asRows, describe, isOmitted, optionalNumber, scalarOf, type RuntimeCell } from './cells';
import { errorCell, fail, type Cell } from './FunctionFailure';
import { functionSettings } from './functionSettings';

const FN = 'OPSREVIEW.VARIANCE';
const TYPES: Readonly<Record<string, Polarity>> = { revenue: 'revenue', expense: 'expense' };

/** One polarity per cell of `type`, or one for all. */
function polarities(arg: unknown, shape: readonly [number, number]): (row: number, col: number) => Polarity {
  if (isOmitted(arg)) return () => 'revenue';
  const rows = asRows(arg, FN, 'type');
  const read = (cell: RuntimeCell): Polarity => {
    const found = typeof cell === 'string' ? TYPES[cell.trim().toLowerCase()] : undefined;
    if (found === undefined) fail('#VALUE!', `${FN}: type must be "revenue" or "expense", got ${describe(cell)}.`);
    return found;
  };
  if (rows.length === 1 && rows[0].length === 1) {
    const one = read(scalarOf(arg, FN, 'type'));
    return () => one;
  }
  if (rows.length !== shape[0] || rows[0].length !== shape[1]) {
    fail('#VALUE!', `${FN}: type must be one value or a range the size of actual.`);
  }
  const all = rows.map((row) => row.map(read));
  return (r, c) => all[r][c];
}

/**
 * OPSREVIEW.VARIANCE: budget against actual by the engine's rules (the same function the pane and the pack use):
 * variance = actual - budget, variance % = variance / |budget| (#DIV/0! for a zero budget), favourable (revenue
 * when the variance is >= 0, expense when it is <= 0) and material (|variance %| >= threshold and |variance| >=
 * absoluteThreshold; with a zero budget, any non-zero actual). Figures are rounded to 12 significant digits as the
 * engine rounds them. One pair gives one row of four; ranges give one row per pair (a single row of pairs spills
 * four rows down instead). An empty cell counts as 0, as in Excel arithmetic; text or an error gives that pair
 * #VALUE! and leaves the others. Omitted thresholds are the ones saved in the workbook's settings, once the pane has
 * loaded them; the engine's defaults (10 % and 0) before.
 */
export function varianceFunction(
  actual: unknown,
  budget: unknown,
  type: unknown,
  threshold: unknown,
  absoluteThreshold: unknown,
): Cell[][] {
  const actuals = asRows(actual, FN, 'actual');
  const budgets = asRows(budget, FN, 'budget');
  const shape = [actuals.length, actuals[0].length] as const;
  if (budgets.length !== shape[0] || budgets[0].length !== shape[1]) {
    fail(
      '#VALUE!',
      `${FN}: actual and budget must be the same size (${shape[0]}x${shape[1]} and ${budgets.length}x${budgets[0].length}).`,
    );
  }
  if (shape[0] > 1 && shape[1] > 1) fail('#VALUE!', `${FN}: actual must be one row or one column.`);
  // An omitted threshold is the workbook's saved one (see functionSettings), as the pane uses it.
  const defaults = functionSettings().thresholds;
  const limits = {
    threshold: optionalNumber(threshold, FN, 'threshold', defaults.threshold, { min: 0 }),
    absoluteThreshold: optionalNumber(absoluteThreshold, FN, 'absoluteThreshold', defaults.absoluteThreshold, {
      min: 0,
    }),
  };
  const polarityAt = polarities(type, shape);
  const rows: Cell[][] = [];
  actuals.forEach((row, r) =>
    row.forEach((cell, c) => {
      const a = amountOf(cell);
      const b = amountOf(budgets[r][c]);
      if (a === 'invalid' || b === 'invalid') {
        const bad = a === 'invalid' ? `actual is ${describe(cell)}` : `budget is ${describe(budgets[r][c])}`;
        const error = errorCell('#VALUE!', `${FN}: ${bad}, not a number.`);
        rows.push([error, error, error, error]);
        return;
      }
      const v = varianceCell(b ?? 0, a ?? 0, polarityAt(r, c), limits);
      const pct = v.variancePct ?? errorCell('#DIV/0!', `${FN}: the budget is 0, so there is no variance %.`);
      rows.push([v.variance, pct, v.favourable, v.material]);
    }),
  );
  const across = shape[0] === 1 && shape[1] > 1;
  return across ? rows[0].map((_, k) => rows.map((row) => row[k])) : rows;
}
