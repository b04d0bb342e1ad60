/**
 * Each objective's progress at the review period, as the pack's Goals sheet and the pane's Goals page both show it.
 * Actuals come from the objectives table when it has them, else from the workbook's actuals of the goal's measure:
 * the P&L line the objective names ("Grow road freight revenue" is measured by "Road freight revenue").
 */
import type { AnalysisResult, GoalResult } from '../results/AnalysisResult';

/** The P&L account that measures a goal whose objectives table has no actuals. */
export interface GoalMeasure {
  readonly account: string;
  /** Its actual year to date over all departments. */
  readonly actual: number;
  /** A cost goal ("Cut subcontracted haulage spend") is met by staying under its phased target. */
  readonly lowerIsBetter: boolean;
}

/** One goal's target, actual, gap and attainment to the review period. */
export interface GoalProgress {
  readonly goal: GoalResult;
  /** The phased target due by the review period; null before the first phased period. */
  readonly target: number | null;
  /** null when neither the objectives table nor a P&L line has an actual. */
  readonly actual: number | null;
  /** actual - target. */
  readonly gap: number | null;
  /** actual / target, or target / actual for a cost goal; null when either is missing or would divide by zero. */
  readonly attainment: number | null;
  /** Where the actual comes from when not from the objectives table. */
  readonly measure: GoalMeasure | null;
}

const words = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The P&L account an objective names (the longest that does), and its actual year to date; null when none does. */
function measuredBy(goal: GoalResult, result: AnalysisResult): GoalMeasure | null {
  const name = ` ${words(goal.objective)} `;
  const accounts = [...new Set(result.variance.lines.map((l) => l.account))]
    .filter((account) => words(account) !== '' && name.includes(` ${words(account)} `))
    .sort((a, b) => b.length - a.length);
  const account = accounts[0];
  if (account === undefined) return null;
  const lines = result.variance.lines.filter((l) => l.account === account);
  const actual = lines.reduce((s, l) => s + l.ytd.actual, 0);
  return { account, actual, lowerIsBetter: lines.every((l) => l.type === 'expense') };
}

/** The phased target due by the review period (the last phased period that has ended). */
function targetToDate(goal: GoalResult, period: string): number | null {
  const due = goal.periods.filter((p) => p.period <= period);
  return due.length === 0 ? null : (due[due.length - 1]?.cumulativeTarget ?? null);
}

/** Every goal's progress to `result.period`, in the order of `result.goals`. */
export function goalProgress(result: AnalysisResult): GoalProgress[] {
  return result.goals.map((goal) => {
    const measure = goal.progress ? null : measuredBy(goal, result);
    const target = goal.progress?.targetToDate ?? targetToDate(goal, result.period);
    const actual = goal.progress?.actualToDate ?? measure?.actual ?? null;
    const lower = measure?.lowerIsBetter === true;
    const attainment =
      actual === null || target === null || target === 0 || (lower && actual === 0)
        ? null
        : lower
          ? target / actual
          : actual / target;
    return {
      goal,
      target,
      actual,
      gap: actual === null || target === null ? null : actual - target,
      attainment,
      measure,
    };
  });
}
