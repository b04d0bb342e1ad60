import type { Diagnostic } from '../diagnostics';
import type { ExcludedRow, FinanceFact, Period, Scenario, SourceRef, UnreadableCell } from '../read/datasets';
import type { FiscalYear } from '../read/WorkbookRead';
import type { AnalysisResult, Rollup, VarianceLine } from '../results/AnalysisResult';
import { groupLines, type LineFacts, pushCellsAt } from './groupLines';
import { lineLabel } from './lineLabel';
import { gapsByLine } from './lineQuality';
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
  /** Cells the reader could not read, for the lines' data-quality marks and like-for-like months. @default [] */
  readonly unreadable?: readonly UnreadableCell[];
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

/**
 * The most cells a sentence lists: enough to select and check its figures in Excel, where a selection of a whole
 * ledger's cells is not possible anyway. Its `lineKeys` still name every line. Listing all of them made the sentences
 * of a 5,000-line workbook 850,000 references, more than half of `analyze --json`'s 53 MB.
 */
export const MAX_SENTENCE_CELLS = 1000;

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
  const gaps = gapsByLine(input.unreadable ?? [], windows, options.likeForLike);
  const lines = lineFacts.map((line) =>
    varianceLine(line, windows, options, input.forecaster ?? null, gaps.get(line.key) ?? null),
  );
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
      if (cells.length >= MAX_SENTENCE_CELLS) return cells.slice(0, MAX_SENTENCE_CELLS);
    }
    return cells;
  };
  const rolled = markRollups(rollups(lines, options), lines);
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

/** A roll-up is marked with the unreadable cells of its lines, so a headline resting on one says so. */
function markRollups(rolled: Rollup[], lines: readonly VarianceLine[]): Rollup[] {
  const byKey = new Map(lines.filter((l) => l.quality !== undefined).map((l) => [l.key, l]));
  if (byKey.size === 0) return rolled;
  return rolled.map((rollup) => {
    const issues = rollup.lineKeys.flatMap((key) => byKey.get(key)?.quality?.issues ?? []);
    return issues.length === 0 ? rollup : { ...rollup, quality: { issues } };
  });
}
