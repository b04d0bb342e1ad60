import type { Period } from '../read/datasets';
import { amountAt, type LineFacts } from './groupLines';
import { pastActual } from './priorYear';
import { sumWindow } from './sumWindow';
import type { Windows } from './windows';

/** What the outlook needs of the forecast engine (`forecast` in src/engine/forecast satisfies it). */
export type OutlookForecaster = (
  y: number[],
  options: {
    period: number;
    h: number;
    /** monthly shapes for short histories: the budget of each history month, then of each month forecast */
    references?: readonly { name: string; values: readonly (number | null)[] }[];
  },
) => { ok: true; mean: readonly number[]; method?: string; basis?: string } | { ok: false; reason: string };

/** A line's estimate of the months after the period. */
export interface Outlook {
  /** actual YTD + estimate of the remaining months */
  readonly outlook: number;
  /** "forecast:<method>" or "remaining budget" */
  readonly method: string;
}

/** The line's budget of each month, null where it has none: the seasonal reference of short histories. */
export function budgetProfile(line: LineFacts, periods: readonly Period[]): (number | null)[] {
  return periods.map((period) => amountAt(line, 'budget', period) ?? null);
}

/** Seasonal forecasting needs one full year of history to see each month once. */
export const MIN_FORECAST_HISTORY = 12;

/**
 * The line's monthly actuals up to the period: the fiscal year's months (missing months count 0, as unbudgeted
 * spend does), preceded by the unbroken run of earlier months found in actuals or prior-year figures.
 */
export function actualHistory(line: LineFacts, windows: Windows): { periods: Period[]; values: number[] } {
  const fiscalStart = windows.fullYear[0];
  const periods: Period[] = [];
  const values: number[] = [];
  for (const month of windows.earlier) {
    const value = pastActual(line, month, fiscalStart);
    if (value === null) break;
    periods.push(month);
    values.push(value);
  }
  periods.reverse();
  values.reverse();
  for (const period of windows.ytd) {
    periods.push(period);
    values.push(amountAt(line, 'actual', period) ?? 0);
  }
  return { periods, values };
}

/**
 * `values` (the history of `periods`) with each month of `unreadable` estimated rather than read as 0: the mean of
 * the nearest readable months before and after it, else the one there is, else its budget. One `#N/A` in May would
 * otherwise pull the whole forecast and the full-year outlook down (issue #11: like for like).
 */
function fillUnreadable(
  line: LineFacts,
  periods: readonly Period[],
  values: readonly number[],
  unreadable: ReadonlySet<Period>,
): number[] {
  const readable = (i: number) => !unreadable.has(periods[i] as Period);
  return values.map((value, i) => {
    if (readable(i)) return value;
    let before = i - 1;
    while (before >= 0 && !readable(before)) before--;
    let after = i + 1;
    while (after < values.length && !readable(after)) after++;
    const near = [before >= 0 ? values[before] : undefined, after < values.length ? values[after] : undefined].filter(
      (v): v is number => v !== undefined,
    );
    if (near.length > 0) return near.reduce((sum, v) => sum + v, 0) / near.length;
    return amountAt(line, 'budget', periods[i] as Period) ?? 0;
  });
}

/**
 * Full-year outlook = actual YTD + the remaining months, forecast from the line's history when it has at least
 * {@link MIN_FORECAST_HISTORY} months and the forecaster succeeds, otherwise the remaining budget. The line's
 * budget is offered as a seasonal reference: a history shorter than two years cannot show its own seasonality, and
 * the forecaster follows the budget's shape at the run rate when that backtests better. Months of the year whose
 * actual could not be read (`unreadableActuals`, when comparing like for like) are estimated, in the history and in
 * the year to date, instead of counting as 0.
 */
export function lineOutlook(
  line: LineFacts,
  windows: Windows,
  forecaster: OutlookForecaster | null,
  unreadableActuals: ReadonlySet<Period> = new Set(),
): Outlook {
  const read = actualHistory(line, windows);
  const values =
    unreadableActuals.size === 0 ? read.values : fillUnreadable(line, read.periods, read.values, unreadableActuals);
  const ytdFrom = read.periods.length - windows.ytd.length;
  const actualYtd = values.slice(ytdFrom).reduce((sum, value) => sum + value, 0);
  const remainingBudget: Outlook = {
    outlook: actualYtd + sumWindow(line, 'budget', windows.remaining).value,
    method: 'remaining budget',
  };
  if (forecaster === null || windows.remaining.length === 0) return remainingBudget;
  const history = { periods: read.periods, values };
  if (history.values.length < MIN_FORECAST_HISTORY) return remainingBudget;
  const budget = budgetProfile(line, [...history.periods, ...windows.remaining]);
  const result = forecaster(history.values, {
    period: 12,
    h: windows.remaining.length,
    references: [{ name: 'the budget', values: budget }],
  });
  if (!result.ok || result.mean.length < windows.remaining.length) return remainingBudget;
  const estimate = result.mean.slice(0, windows.remaining.length);
  if (!estimate.every(Number.isFinite)) return remainingBudget;
  return {
    outlook: actualYtd + estimate.reduce((sum, value) => sum + value, 0),
    method: `forecast:${result.method ?? 'statistical'}`,
  };
}
