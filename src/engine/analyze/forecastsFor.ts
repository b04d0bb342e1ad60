import type { Period } from '../read/datasets';
import type { ForecastSeries, VarianceLine } from '../results/AnalysisResult';
import type { LineFacts } from '../variance/groupLines';
import { lineLabel } from '../variance/lineLabel';
import { actualHistory, budgetProfile } from '../variance/outlook';
import { addMonths } from '../period/months';
import type { Windows } from '../variance/windows';
import { forecastSeries } from './forecastSeries';

/** Monthly history of one line, oldest first. */
export interface LineHistory {
  readonly periods: Period[];
  readonly values: number[];
  /** The line's budget of each history month, then of each month of the forecast horizon; null where none. */
  readonly budget?: (number | null)[];
}

/** The monthly actuals of each line up to the period, worked out once for the forecasts and the bottlenecks. */
export function lineHistories(lineFacts: readonly LineFacts[], windows: Windows): LineHistory[] {
  const h = horizon(windows);
  const future = Array.from({ length: h }, (_, i) => addMonths(windows.period, i + 1));
  return lineFacts.map((line) => {
    const history = actualHistory(line, windows);
    return { ...history, budget: budgetProfile(line, [...history.periods, ...future]) };
  });
}

/**
 * Adds histories month by month; a line with no figure for a month counts 0 there. Budgets are added the same
 * way; a month no line budgets stays null.
 */
function sumHistories(histories: readonly LineHistory[], h: number): Required<LineHistory> {
  const totals = new Map<Period, number>();
  for (const history of histories)
    history.periods.forEach((period, i) => totals.set(period, (totals.get(period) ?? 0) + history.values[i]));
  const periods = [...totals.keys()].sort();
  const budget = new Array<number | null>(periods.length + h).fill(null);
  const at = new Map(periods.map((period, i) => [period, i]));
  for (const history of histories) {
    const offset = history.periods.length > 0 ? (at.get(history.periods[0]) ?? 0) : periods.length;
    history.budget?.forEach((value, i) => {
      if (value !== null) budget[offset + i] = (budget[offset + i] ?? 0) + value;
    });
  }
  return { periods, values: periods.map((period) => totals.get(period) ?? 0), budget };
}

/** The months the forecasts cover: the rest of the fiscal year, or the next year once it is complete. */
function horizon(windows: Windows): number {
  return windows.remaining.length > 0 ? windows.remaining.length : 12;
}

/**
 * At most this many line forecasts (the largest material YTD variances): each costs a forecast and a backtest, and
 * a pack charts a handful, so a workbook with thousands of material lines still analyses in seconds.
 */
export const MAX_LINE_FORECASTS = 50;

/**
 * Forecast charts of the review: total revenue, total expenses and each expense line whose YTD variance is
 * material (up to {@link MAX_LINE_FORECASTS}), each from the monthly actuals up to the period (`histories`, one per
 * line in the same order, from {@link lineHistories}).
 * `leftOut` counts the material expense lines beyond the limit.
 */
export function forecastsFor(
  lines: readonly VarianceLine[],
  histories: readonly LineHistory[],
  windows: Windows,
): { series: ForecastSeries[]; leftOut: number } {
  const h = horizon(windows);
  const series: ForecastSeries[] = [];

  const totals = [
    { type: 'revenue', key: 'total:revenue', label: 'Total revenue' },
    { type: 'expense', key: 'total:expense', label: 'Total expenses' },
  ] as const;
  for (const total of totals) {
    const members = histories.filter((_, i) => lines[i].type === total.type);
    if (members.length === 0) continue;
    series.push(forecastSeries({ key: total.key, label: total.label, ...sumHistories(members, h), h }));
  }
  const material = lines
    .map((line, i) => ({ line, history: histories[i] }))
    .filter(({ line }) => line.type === 'expense' && line.ytd.material);
  const chosen = [...material]
    .sort((a, b) => Math.abs(b.line.ytd.variance) - Math.abs(a.line.ytd.variance))
    .slice(0, MAX_LINE_FORECASTS);
  // Charts keep the order of the lines in the workbook, whichever were chosen.
  for (const { line, history } of material) {
    if (chosen.some((c) => c.line === line)) {
      series.push(forecastSeries({ key: line.key, label: lineLabel(line), ...history, h }));
    }
  }
  return { series, leftOut: material.length - chosen.length };
}
