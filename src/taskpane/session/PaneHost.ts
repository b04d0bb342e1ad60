import type { WorkbookPort } from '../../workbook/WorkbookPort';
import type { AnalysisRunner } from '../worker/AnalysisRunner';

/** The workbook the pane works on: the port every adapter implements, plus selecting a cell for the user. */
export interface PaneWorkbook extends WorkbookPort {
  /** Selects the cell; false when the sheet or cell is no longer there. */
  selectCell(sheet: string, cell: string): Promise<boolean>;
}

/** Everything the pane's session needs from its surroundings, passed in so components never touch Office. */
export interface PaneHost {
  readonly workbook: PaneWorkbook;
  readonly runner: AnalysisRunner;
  /** The clock, for the pack's "generated at" (the engine never reads it). */
  readonly now: () => Date;
}
