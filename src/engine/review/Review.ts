import type { PackContext } from '../pack/packContext';
import type { SourceFingerprint } from '../pack/Pack';
import type { WorkbookRead } from '../read/WorkbookRead';
import type { AnalysisResult, SwotResult } from '../results/AnalysisResult';
import type { SwotEdits } from '../swot/swotEdits';

/** Everything a pack is built from: the analysis, the SWOT before and after the user's edits, and the sources. */
export interface ReviewFigures {
  /** The analysis, with the SWOT edits in force applied. */
  readonly result: AnalysisResult;
  /** The SWOT as the workbook's table scores it, before any edit; the base every edit is applied to. */
  readonly analysedSwot: SwotResult | null;
  /** The edits in force: the saved ones when they fit this SWOT, else the analysed factors unchanged. */
  readonly swotEdits: SwotEdits;
  /** Fingerprints of every grid read, for the pack's run log. */
  readonly sources: readonly SourceFingerprint[];
  /** Company, currency, table count and revenue by month, read from the workbook for the pack's titles and chart. */
  readonly context: PackContext;
}

/** One review of a workbook: what was read from it and {@link ReviewFigures}. */
export interface Review extends ReviewFigures {
  readonly read: WorkbookRead;
}
