import type { Grid } from '../engine';
import { XlsxReadError } from '../workbook/xlsx/XlsxReadError';
import { openXlsxFile } from '../workbook/xlsx/xlsxFile';
import type { CliIO } from './CliIO';

/**
 * The grids of an .xlsx file, or null once the user has been told in one line why the file cannot be read (missing,
 * not a workbook). Other errors are bugs and propagate to `main`.
 */
export async function readGridsOrReport(command: string, file: string, io: CliIO): Promise<Grid[] | null> {
  try {
    // Through the pack-aware workbook, so a packed workbook's own sheets are not listed as the user's data.
    return await (await openXlsxFile(file)).readGrids();
  } catch (error) {
    if (!(error instanceof XlsxReadError)) throw error;
    io.stderr(`ops-review ${command}: ${error.message}\n`);
    return null;
  }
}
