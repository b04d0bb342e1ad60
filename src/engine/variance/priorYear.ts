import type { Period, Scenario, SourceRef } from '../read/datasets';
import { amountAt, cellsAt, type LineFacts } from './groupLines';
import { addMonths } from '../period/months';

/** A prior-year amount and the cells it was read from. */
export interface PriorYearAmount {
  readonly value: number;
  readonly cells: readonly SourceRef[];
}

/** True when the line has prior-year figures or actuals of a month before `fiscalStart`. */
export function hasPriorYear(line: LineFacts, fiscalStart: Period): boolean {
  if (line.scenarios.priorYear !== undefined) return true;
  const actuals = line.scenarios.actual?.amounts;
  if (actuals === undefined) return false;
  for (const period of actuals.keys()) if (period < fiscalStart) return true;
  return false;
}

/**
 * The prior-year amount to compare with month `period`. Readers label prior-year columns either with the month
 * they happened in ("Oct-25") or with the month they compare to ("PY Oct"), so the month a year earlier is tried
 * first, then the same month; failing both, the actuals of a year earlier stand in (multi-year actual tables).
 */
export function priorYearAmount(line: LineFacts, period: Period): PriorYearAmount | null {
  const yearBefore = addMonths(period, -12);
  const candidates: [Scenario, Period][] = [
    ['priorYear', yearBefore],
    ['priorYear', period],
    ['actual', yearBefore],
  ];
  for (const [scenario, at] of candidates) {
    const value = amountAt(line, scenario, at);
    if (value !== undefined) return { value, cells: cellsAt(line, scenario, at) };
  }
  return null;
}

/**
 * The actual amount of a month before the fiscal year starting `fiscalStart`, from actuals or prior-year figures
 * under either labelling of {@link priorYearAmount}; null when the workbook does not have it.
 */
export function pastActual(line: LineFacts, period: Period, fiscalStart: Period): number | null {
  const value = amountAt(line, 'actual', period) ?? amountAt(line, 'priorYear', period);
  if (value !== undefined) return value;
  if (line.scenarios.priorYear === undefined) return null;
  // A prior-year figure labelled with this year's month only makes sense for the year just before this one.
  const aligned = addMonths(period, 12);
  return aligned >= fiscalStart ? (amountAt(line, 'priorYear', aligned) ?? null) : null;
}
