import { promises as fs } from 'fs';
import type { Grid } from '../../engine';
import { readPackage } from './read/readPackage';
import type { ReadLimits } from './read/readBudget';
import type { DefinedName } from './read/workbookPart';
import { ReadRefusal } from './read/ReadRefusal';
import { fileNotFound, XlsxReadError } from './XlsxReadError';

/**
 * Reads an .xlsx file (a path, or its bytes) into the grids the engine reads: one per worksheet's used range and one
 * per Excel Table (ListObject). Cells follow Office.js conventions so both hosts give the same grids: dates become
 * Excel serial numbers with their number format (in the 1900 date system, whichever the file uses), errors become
 * `{ error }`, formulas give their text ("=SUM(C4:C9)") and their cached result as the value, and the covered cells of
 * a merged range are empty as in Excel. Very hidden sheets (the add-in's own) are skipped.
 * @throws XlsxReadError when the file cannot be opened or is not an .xlsx workbook, in one sentence naming the reason
 */
export async function readXlsxGrids(input: string | Buffer | ArrayBuffer, limits?: ReadLimits): Promise<Grid[]> {
  const name = typeof input === 'string' ? input : 'The file';
  let bytes: Uint8Array;
  if (typeof input === 'string') {
    try {
      bytes = await fs.readFile(input);
    } catch {
      throw fileNotFound(input);
    }
  } else bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : input;
  return userGrids(await readSheets(bytes, name, limits));
}

/** One worksheet of an .xlsx file, hidden and very hidden ones included, as {@link readXlsxSheets} reads it. */
export interface XlsxSheet {
  readonly name: string;
  /** `veryHidden` sheets can only be made by code (the add-in's register and settings are), not from Excel's UI. */
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  /** The used range (cells holding a value), or null for an empty sheet. */
  readonly grid: Grid | null;
  /** One grid per Excel Table (ListObject) on the sheet, with its `tableName`. */
  readonly tables: readonly Grid[];
}

/**
 * Every worksheet of an .xlsx file in tab order, with its state, used range and Tables: what the pack writer needs
 * to read its own very hidden sheets and what {@link readXlsxGrids} filters for the user's.
 * @throws XlsxReadError when the bytes are not an .xlsx workbook
 */
export async function readXlsxSheets(bytes: Uint8Array, limits?: ReadLimits): Promise<XlsxSheet[]> {
  return readSheets(bytes, 'The file', limits);
}

/**
 * Every worksheet (as {@link readXlsxSheets}) and the workbook's defined names as written (`formula` is the reference
 * text, `localSheetId` the tab index of a sheet-scoped name): what the pack writer needs to find its sheet marks.
 * @throws XlsxReadError when the bytes are not an .xlsx workbook
 */
export async function readXlsxWorkbook(
  bytes: Uint8Array,
  limits?: ReadLimits,
): Promise<{ sheets: XlsxSheet[]; definedNames: readonly DefinedName[] }> {
  return refusalsAsErrors('The file', () => readPackage(bytes, limits));
}

/** The user's grids among `sheets`: each visible or hidden sheet's used range, then its Tables. */
export function userGrids(sheets: readonly XlsxSheet[]): Grid[] {
  return sheets
    .filter((s) => s.state !== 'veryHidden')
    .flatMap((s) => (s.grid ? [s.grid, ...s.tables] : [...s.tables]));
}

async function readSheets(bytes: Uint8Array, name: string, limits: ReadLimits | undefined): Promise<XlsxSheet[]> {
  return (await refusalsAsErrors(name, () => readPackage(bytes, limits))).sheets;
}

/** What `read` gives; its refusals (and any fault of its own) as an XlsxReadError naming the file `name`. */
async function refusalsAsErrors<T>(name: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ReadRefusal) throw new XlsxReadError(error.code, `${name} ${error.predicate}.`);
    // A fault of the reader itself on a file it should have read: said plainly, the detail kept for support.
    const reason = error instanceof Error ? error.message : String(error);
    throw new XlsxReadError(
      'damaged',
      `${name} could not be read as an Excel workbook; it may be damaged (detail: ${reason.slice(0, 120)}).`,
    );
  }
}
