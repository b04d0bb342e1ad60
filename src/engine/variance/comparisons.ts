import type { AnalysisResult } from '../results/AnalysisResult';
import type { Period, Scenario } from '../read/datasets';
import type { LineFacts } from './groupLines';
import { hasPriorYear, priorYearAmount } from './priorYear';
import { roundAmount } from './roundAmount';
import { sumWindow } from './sumWindow';
import { fractionOf, isFavourable, type Polarity } from './varianceCell';
import type { Windows } from './windows';

type VarianceLine = AnalysisResult['variance']['lines'][number];
export type Comparison = NonNullable<NonNullable<VarianceLine['priorYear']>['month']>;
export type WindowComparisons = NonNullable<VarianceLine['priorYear']>;

/** Actual against a comparison figure (IBCS ΔPY or ΔFC): delta = actual - value. */
export function comparison(actual: number, value: number, polarity: Polarity): Comparison {
  const v = roundAmount(value);
  const delta = roundAmount(roundAmount(actual) - v);
  return { value: v, delta, deltaPct: fractionOf(delta, v), favourable: isFavourable(delta, polarity) };
}

function priorYearOver(line: LineFacts, periods: readonly Period[]): number | null {
  let total = 0;
  let found = false;
  for (const period of periods) {
    const amount = priorYearAmount(line, period);
    if (amount !== null) {
      total += amount.value;
      found = true;
    }
  }
  return found ? total : null;
}

function scenarioOver(line: LineFacts, scenario: Scenario, periods: readonly Period[]): number | null {
  const sum = sumWindow(line, scenario, periods);
  return sum.found ? sum.value : null;
}

function compareWindows(
  line: LineFacts,
  windows: Windows,
  valueOver: (periods: readonly Period[]) => number | null,
): WindowComparisons | null {
  const month = valueOver(windows.month);
  const ytd = valueOver(windows.ytd);
  if (month === null && ytd === null) return null;
  const actualOver = (periods: readonly Period[]): number => sumWindow(line, 'actual', periods).value;
  return {
    month: month === null ? null : comparison(actualOver(windows.month), month, line.type),
    ytd: ytd === null ? null : comparison(actualOver(windows.ytd), ytd, line.type),
  };
}

/** ΔPY for the month and YTD, or null when the workbook has no prior-year figures for the line in those months. */
export function priorYearComparisons(line: LineFacts, windows: Windows): WindowComparisons | null {
  if (!hasPriorYear(line, windows.fullYear[0])) return null;
  return compareWindows(line, windows, (periods) => priorYearOver(line, periods));
}

/** ΔFC for the month and YTD, or null when the line has no forecast scenario in those months. */
export function forecastComparisons(line: LineFacts, windows: Windows): WindowComparisons | null {
  if (line.scenarios.forecast === undefined) return null;
  return compareWindows(line, windows, (periods) => scenarioOver(line, 'forecast', periods));
}
