import type { Grid, Pack, WriteReport } from '../engine';

export type { WriteReport, WrittenSheet } from '../engine';

/**
 * The one narrow port between the engine and a workbook: what a host really does. Office.js (real Excel), the
 * in-browser emulation and .xlsx files each implement it; the review (`reviewGrids`), the pack (`packFor`) and the
 * plan of its write (`planPackWrite`) are the engine's, so the pane and the command line write the same pack.
 */
export interface WorkbookPort {
  /** Every used range and every Excel Table of the user's sheets as grids (pack sheets this add-in wrote are skipped). */
  readGrids(): Promise<Grid[]>;
  /**
   * Reads the previous pack's state (sheets, register, marks, the cells of the sheets they point at), applies the
   * engine's `planPackWrite` to it and turns the plan into the host's writes. Touches only sheets the plan proved the
   * add-in's own.
   */
  writePack(pack: Pack): Promise<WriteReport>;
  /** The settings JSON saved in the workbook, unvalidated (callers use the engine's `storedSettings`), or null. */
  loadSettings(): Promise<unknown>;
  saveSettings(settings: unknown): Promise<void>;
}
