import type { VarianceLine } from '../results/AnalysisResult';
import type { Period, Scenario, SourceRef } from '../read/datasets';
import { forecastComparisons, priorYearComparisons } from './comparisons';
import { fullYear } from './fullYear';
import type { LineFacts } from './groupLines';
import { lineIssues, type LineGaps } from './lineQuality';
import { lineOutlook, type OutlookForecaster } from './outlook';
import { sumWindow } from './sumWindow';
import { varianceCell } from './varianceCell';
import { materialityFor, type VarianceOptions } from './VarianceOptions';
import type { Windows } from './windows';

const YEAR_SCENARIOS: readonly Scenario[] = ['budget', 'actual', 'forecast'];
/** No month left out: most lines, which then share this one empty set. */
const NO_MONTHS: ReadonlySet<Period> = new Set();

/** True when the line has a budget, actual or forecast amount in one of the fiscal year's months. */
export function inFiscalYear(line: LineFacts, windows: Windows): boolean {
  for (const scenario of YEAR_SCENARIOS) {
    const amounts = line.scenarios[scenario]?.amounts;
    if (amounts !== undefined && windows.fullYear.some((period) => amounts.has(period))) return true;
  }
  return false;
}

/** The variance line of the result document for one grouped line. */
export function varianceLine(
  line: LineFacts,
  windows: Windows,
  options: VarianceOptions,
  forecaster: OutlookForecaster | null,
  gaps: LineGaps | null = null,
): VarianceLine {
  const limits = materialityFor(options, line);
  // Like for like: months with an unreadable budget or actual stay out of both sides of the comparison.
  const left = gaps === null || gaps.months.size === 0 ? null : gaps.months;
  const cell = (all: readonly string[]) => {
    const periods = left === null ? all : all.filter((p) => !left.has(p));
    return varianceCell(
      sumWindow(line, 'budget', periods).value,
      sumWindow(line, 'actual', periods).value,
      line.type,
      limits,
    );
  };
  const ytd = cell(windows.ytd);
  const budget = sumWindow(line, 'budget', windows.fullYear).value;
  // Like for like, an unreadable actual month is estimated in the outlook rather than counted as 0.
  const unreadableActuals =
    left === null
      ? NO_MONTHS
      : new Set(
          (gaps?.cells ?? [])
            .filter((c) => c.figure.kind === 'line' && c.figure.scenario === 'actual')
            .map((c) => c.period),
        );
  const outlook = lineOutlook(line, windows, forecaster, unreadableActuals);
  const isExpense = line.type === 'expense';
  return {
    key: line.key,
    account: line.account,
    accountCode: line.accountCode,
    department: line.department,
    dims: { ...line.dims },
    type: line.type,
    month: cell(windows.month),
    qtd: cell(windows.qtd),
    ytd,
    fullYear: fullYear({
      budget,
      outlook: outlook.outlook,
      actualYtd: ytd.actual,
      expenseYtd: isExpense ? ytd.actual : 0,
      expenseBudget: isExpense ? budget : 0,
      method: outlook.method,
    }),
    priorYear: priorYearComparisons(line, windows),
    forecast: forecastComparisons(line, windows),
    unbudgeted: line.scenarios.budget === undefined && line.scenarios.actual !== undefined,
    // Shared with the grouped facts rather than copied (120,000 references at 5,000 lines): neither is changed after
    // grouping.
    sources: line.sources as SourceRef[],
    ...(gaps === null || gaps.cells.length === 0
      ? {}
      : { quality: { issues: lineIssues(line, gaps, windows, options.currency) } }),
  };
}
