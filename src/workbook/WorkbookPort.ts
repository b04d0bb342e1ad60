import type { Grid } from '../engine/grid/Grid';
import type { Pack } from '../engine/pack/Pack';

/**
 * The one narrow port between the engine and a workbook. Office.js (real Excel), the in-browser emulation and .xlsx
 * files each implement it, so the pane and the command line run the same analysis and write the same pack.
 */
export interface WorkbookPort {
  /** Every used range and every Excel Table of the user's sheets as grids (pack sheets this add-in wrote are skipped). */
  readGrids(): Promise<Grid[]>;
  /**
   * Writes or refreshes the pack. Touches only sheets this add-in created; keeps the commentary users typed into a
   * previous pack (matched by line key) and never overwrites a user's sheet that happens to have a pack sheet's name.
   */
  writePack(pack: Pack): Promise<WriteReport>;
  /** The settings JSON saved in the workbook, unvalidated (callers parse it with the settings zod schema), or null. */
  loadSettings(): Promise<unknown>;
  saveSettings(settings: unknown): Promise<void>;
}

export interface WrittenSheet {
  readonly name: string;
  /** false when an existing pack sheet was refreshed */
  readonly created: boolean;
  /** the name the pack wanted, when a user's sheet already had it */
  readonly wanted?: string;
}

export interface WriteReport {
  readonly sheets: readonly WrittenSheet[];
  /** sentences for the user: renamed sheets, retired comments kept, fallbacks used */
  readonly messages: readonly string[];
}
