/**
 * The engine's public surface: the only module the workbook adapters, the pane, the ribbon commands, the custom
 * functions and the command line import (lint-enforced; test/engine/engineIndex.test.ts snapshots the names).
 * Kept by `node scripts/engineIndex.mjs`, which adds what another layer starts to use.
 */
export { choosePeriod } from './analyze/choosePeriod';
export type { Diagnostic } from './diagnostics';
export { backtest, forecast } from './forecast';
export { normalQuantile } from './forecast/normalQuantile';
export { phase, phasingDecimals } from './goals/phase';
export { phasingProfile } from './goals/phasingProfile';
export { isCellError } from './grid/Grid';
export type { CellValue, Grid } from './grid/Grid';
export { columnIndex, columnLetters, offsetA1, parseA1, toA1 } from './grid/address';
export { PACK_SHEET_KEYS } from './pack/Pack';
export type { ChartType, Pack, PackSheetKey, PlotAs } from './pack/Pack';
export type {
  CellStyle,
  ColumnFormat,
  ConditionalFormatRule,
  LayoutCells,
  LayoutChart,
  LayoutChartSeries,
  LayoutValue,
  PageSetup,
  SeriesLook,
  SheetLayout,
} from './pack/SheetLayout';
export { goalProgress } from './pack/goalProgress';
export type { GoalProgress } from './pack/goalProgress';
export { COLOURS } from './pack/ibcsColours';
export { layoutRangeValues, layoutValueAt } from './pack/layoutRangeValues';
export { carriesSheetMark, PACK_MARK_CELL, packMarkName, packMarkReference, packMarkTarget } from './pack/packMarks';
export { readPackRegister, RUN_LOG_SHEET } from './pack/runLogSheet';
export type { RegisteredSheet } from './pack/runLogSheet';
export { cleanText, officeCellValue, xlsxCellValue } from './pack/safeText';
export { periodSchema } from './period/PeriodSchema';
export { isPeriod, PERIOD_PATTERN } from './period/months';
export { MONTH_NAMES, periodLabel, shortPeriodLabel } from './period/periodLabel';
export type { DetectedTable, FiscalYear, TableRole, WorkbookRead } from './read/WorkbookRead';
export { parseNumber } from './read/cells/parseNumber';
export type {
  AccountType,
  FinanceFact,
  ObjectiveRecord,
  Period,
  SourceRef,
  SwotCategory,
  SwotRecord,
} from './read/datasets';
export { mappingFromRead } from './read/mapping';
export type { COLUMN_ROLES, Mapping } from './read/mapping';
export { readWorkbook } from './read/readWorkbook';
export { AnalysisResultSchema } from './results/AnalysisResult';
export type {
  AnalysisResult,
  ForecastSeries,
  GoalResult,
  KpiResult,
  Rollup,
  SwotResult,
  VarianceCell,
  VarianceLine,
} from './results/AnalysisResult';
export type { Review, ReviewFigures } from './review/Review';
export type { ReviewRequest } from './review/ReviewRequest';
export { packFor } from './review/packFor';
export { packSheetCandidates, planPackWrite } from './review/planPackWrite';
export type { PreviousPackState, WriteReport, WrittenSheet } from './review/planPackWrite';
export { reviewGrids } from './review/reviewGrids';
export type { ReviewProgress } from './review/reviewGrids';
export { defaultSettings, storedSettings, ThresholdsSchema } from './settings/Settings';
export type { ParsedSettings, Settings } from './settings/Settings';
export { swotSetting } from './settings/savedSwot';
export { SETTINGS_SHEET, settingsChunks } from './settings/settingsCells';
export { IE_CELLS, strategyFor } from './swot/ieMatrix';
export type { IeCell, IeStrategy } from './swot/ieMatrix';
export { ifeEfe } from './swot/ifeEfe';
export type { SwotItem } from './swot/ifeEfe';
export { categoryName, ratingRange } from './swot/ratingRange';
export { ieCell } from './swot/scoreSwot';
export { applySwotEdits, suggestionKey } from './swot/swotEdits';
export type { EditableFactor, SwotEdits } from './swot/swotEdits';
export { lineKey, lineKeyOfRun } from './variance/groupLines';
export { lineLabel } from './variance/lineLabel';
export { varianceCell } from './variance/varianceCell';
export type { Polarity } from './variance/varianceCell';
