import type { AnalysisResult } from '../results/AnalysisResult';
import { roundAmount } from './roundAmount';
import { fractionOf } from './varianceCell';

export type FullYear = AnalysisResult['variance']['lines'][number]['fullYear'];

/** Inputs of {@link fullYear}: sums over the fiscal year and the YTD actual. */
export interface FullYearInput {
  readonly budget: number;
  readonly outlook: number;
  readonly actualYtd: number;
  /** Expense actually spent YTD and its full-year budget, for the overspend flag; both 0 for revenue. */
  readonly expenseYtd: number;
  readonly expenseBudget: number;
  readonly method: string;
}

/**
 * Full-year figures: outlook against budget, the share of the approved budget consumed so far, and whether
 * expenses have already gone past their full-year budget.
 */
export function fullYear(input: FullYearInput): FullYear {
  const budget = roundAmount(input.budget);
  const outlook = roundAmount(input.outlook);
  const variance = roundAmount(outlook - budget);
  return {
    budget,
    outlook,
    variance,
    variancePct: fractionOf(variance, budget),
    consumed: budget === 0 ? null : roundAmount(roundAmount(input.actualYtd) / budget),
    overspent: roundAmount(input.expenseYtd) > roundAmount(input.expenseBudget),
    outlookMethod: input.method,
  };
}
