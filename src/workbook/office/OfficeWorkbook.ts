/**
 * The workbook port on Office.js: reads grids, writes packs and keeps settings in the open workbook.
 *
 * It takes a function with the shape of `Excel.run`, so the pane passes `Excel.run` and tests pass the strict fake
 * (`FakeExcel.run`). Everything it calls is within ExcelApi 1.9, the manifest's minimum, so no feature needs an
 * `isSetSupported` guard. Excel's own failures are rethrown as {@link OfficeWorkbookError} with a sentence for the
 * user; problems in the user's data never throw (the engine turns them into diagnostics).
 */
import type { Grid, Pack } from '../../engine';
import type { WorkbookPort, WriteReport } from '../WorkbookPort';
import type { ExcelRun } from './ExcelApi';
import { hostMessage, OfficeWorkbookError, type OfficeWorkbookErrorCode } from './OfficeWorkbookError';
import { readGrids } from './readGrids';
import { loadSettingsText, saveSettingsText } from './settingsSheet';
import { writePackSheets } from './writePack';

/** {@link WorkbookPort} on the open workbook, through `Excel.run` (or the fake's `run` in tests). */
export class OfficeWorkbook implements WorkbookPort {
  /** Estimated request bytes of each write sync of the last `writePack`, for the benchmark. */
  lastChunkBytes: readonly number[] = [];

  constructor(private readonly run: ExcelRun) {}

  /** The workbook open in Excel (call once Office is ready); `Excel.run` fits {@link ExcelRun} with no cast. */
  static inExcel(): OfficeWorkbook {
    return new OfficeWorkbook((batch) => Excel.run(batch));
  }

  readGrids(): Promise<Grid[]> {
    return this.guard('read-failed', 'Excel could not read the workbook', () => this.run(readGrids));
  }

  writePack(pack: Pack): Promise<WriteReport> {
    return this.guard('write-failed', 'Excel could not write the review pack', async () => {
      const result = await this.run((context) => writePackSheets(context, pack));
      this.lastChunkBytes = result.chunkBytes;
      return result.report;
    });
  }

  loadSettings(): Promise<unknown> {
    return this.guard('settings-failed', 'Excel could not read the saved settings', () => this.run(loadSettingsText));
  }

  saveSettings(settings: unknown): Promise<void> {
    const json = JSON.stringify(settings);
    return this.guard('settings-failed', 'Excel could not save the settings', () =>
      this.run((context) => saveSettingsText(context, json)),
    );
  }

  /**
   * Selects `address` on `sheet` (clicking a diagnostic in the pane). Returns false, rather than failing, when the
   * sheet or cell is no longer there: the user may have deleted it since the analysis.
   */
  async selectCell(sheet: string, address: string): Promise<boolean> {
    try {
      await this.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(address).select();
        await context.sync();
      });
      return true;
    } catch {
      return false;
    }
  }

  private async guard<T>(code: OfficeWorkbookErrorCode, what: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      if (error instanceof OfficeWorkbookError) throw error;
      throw new OfficeWorkbookError(code, `${what}: ${hostMessage(error)}`, { cause: error });
    }
  }
}
