import type { Diagnostic } from '../diagnostics';
import type { ExcludedRow, FinanceFact, Period, Scenario, SourceRef } from '../read/datasets';
import type { FiscalYear } from '../read/WorkbookRead';
import type { AnalysisResult } from '../results/AnalysisResult';
import { groupLines, type LineFacts, pushCellsAt } from './groupLines';
import { lineLabel } from './lineLabel';
import { narrative } from './narrative';
import type { OutlookForecaster } from './outlook';
import { rollups } from './rollups';
import { topVariances } from './topVariances';
import { inFiscalYear, varianceLine } from './varianceLine';
import { type VarianceOptionsInput, VarianceOptionsSchema } from './VarianceOptions';
import { windowsFor, type Windows } from './windows';

export type VarianceSection = AnalysisResult['variance'];

/** Inputs of {@link analyzeVariance}. */
export interface VarianceInput {
  readonly facts: readonly FinanceFact[];
  /** Rows the reader left out (subtotals, headers...), passed through to the result. */
  readonly excludedRows: readonly ExcludedRow[];
  /** The chosen month, "YYYY-MM"; must be one of `fiscalYear.periods`. */
  readonly period: Period;
  readonly fiscalYear: FiscalYear;
  readonly options?: VarianceOptionsInput;
  /** Estimates the months after the period for the outlook; null to use the remaining budget. @default null */
  readonly forecaster?: OutlookForecaster | null;
}

/** The variance section of the result, the diagnostics found on the way, and the grouped facts for later steps. */
export interface VarianceAnalysis {
  readonly variance: VarianceSection;
  readonly diagnostics: Diagnostic[];
  /** Grouped facts of the lines in `variance.lines`, same order. */
  readonly lineFacts: readonly LineFacts[];
  readonly windows: Windows;
}

const CELL_SCENARIOS: readonly Scenario[] = ['budget', 'actual'];

function unbudgetedWarning(line: LineFacts): Diagnostic {
  const first = line.sources[0];
  return {
    severity: 'warning',
    sheet: first.sheet,
    cell: first.cell,
    message: `${lineLabel(line)} has actual amounts but no budget line; it is shown with a budget of 0.`,
    code: 'unbudgeted-actuals',
  };
}

/**
 * Budget against actual for every line and roll-up of the chosen period: month, QTD, YTD and full year with
 * outlook, ΔPY and ΔFC where those scenarios exist, top variances and a drafted narrative.
 * Lines are ordered as first read. Bad data never throws: it becomes diagnostics.
 * @throws when `period` is not a month of `fiscalYear` or options are invalid (caller bugs)
 */
export function analyzeVariance(input: VarianceInput): VarianceAnalysis {
  const options = VarianceOptionsSchema.parse(input.options ?? {});
  const windows = windowsFor(input.period, input.fiscalYear);
  const grouped = groupLines(input.facts);
  const diagnostics = [...grouped.diagnostics];
  const lineFacts = grouped.lines.filter((line) => inFiscalYear(line, windows));
  const lines = lineFacts.map((line) => varianceLine(line, windows, options, input.forecaster ?? null));
  lineFacts.forEach((line, i) => {
    if (lines[i].unbudgeted) diagnostics.push(unbudgetedWarning(line));
  });
  const byKey = new Map(lineFacts.map((line) => [line.key, line]));
  const cellsOf = (keys: readonly string[], periods: readonly Period[]): SourceRef[] => {
    const cells: SourceRef[] = [];
    for (const key of keys) {
      const line = byKey.get(key);
      if (!line) continue;
      for (const scenario of CELL_SCENARIOS) for (const period of periods) pushCellsAt(line, scenario, period, cells);
    }
    return cells;
  };
  const rolled = rollups(lines, options);
  return {
    variance: {
      lines,
      rollups: rolled,
      excludedRows: input.excludedRows.map((row) => ({ ...row })),
      top: topVariances(lines, options.topCount),
      narrative: narrative({ lines, rollups: rolled, windows, currency: options.currency, cellsOf }),
    },
    diagnostics,
    lineFacts,
    windows,
  };
}
