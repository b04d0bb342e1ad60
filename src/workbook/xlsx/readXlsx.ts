import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../../engine/grid/Grid';
import { columnLetters, parseA1 } from '../../engine/grid/address';
import { officeValue } from './officeValue';
import { fileNotFound, notXlsx } from './XlsxReadError';

/**
 * Reads an .xlsx file (a path, or its bytes) into the grids the engine reads: one per worksheet's used range and one
 * per Excel Table (ListObject). Cells follow Office.js conventions so both hosts give the same grids: dates become
 * Excel serial numbers with their number format, errors become `{ error }`, formulas give their text ("=SUM(C4:C9)")
 * and their cached result as the value, and the covered cells of a merged range are empty as in Excel.
 * @throws XlsxReadError when the file cannot be opened or is not an .xlsx workbook.
 */
export async function readXlsxGrids(input: string | Buffer | ArrayBuffer): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    if (typeof input === 'string') await workbook.xlsx.readFile(input);
    else await workbook.xlsx.load(input instanceof ArrayBuffer ? input : toArrayBuffer(input));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (typeof input === 'string' && /ENOENT|File not found/i.test(reason)) throw fileNotFound(input);
    throw notXlsx(typeof input === 'string' ? input : 'The file', error);
  }
  return workbookGrids(workbook);
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
 * @throws XlsxReadError when the bytes are not an .xlsx workbook.
 */
export async function readXlsxSheets(bytes: Uint8Array): Promise<XlsxSheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(toArrayBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
  } catch (error) {
    throw notXlsx('The file', error);
  }
  return workbookSheets(workbook);
}

/** The sheets of a workbook ExcelJS has already loaded; see {@link readXlsxSheets}. */
export function workbookSheets(workbook: ExcelJS.Workbook): XlsxSheet[] {
  const sheets: XlsxSheet[] = [];
  workbook.eachSheet((sheet) => {
    const used = usedRange(sheet);
    const tables: Grid[] = [];
    for (const table of sheet.getTables()) {
      // A loaded table keeps its range as `tableRef`; one built in code has `ref` (its top-left cell or range).
      const model = (table as unknown as { model?: TableModel }).model;
      const ref = model?.tableRef ?? model?.ref;
      const range = ref ? parseRange(ref) : null;
      if (range) tables.push({ ...gridOf(sheet, range), tableName: model?.displayName ?? model?.name ?? 'Table' });
    }
    sheets.push({ name: sheet.name, state: sheet.state ?? 'visible', grid: used ? gridOf(sheet, used) : null, tables });
  });
  return sheets;
}

/**
 * The grids of a workbook ExcelJS has already loaded, as {@link readXlsxGrids} describes them; very hidden sheets
 * (the add-in's own) are skipped.
 */
export function workbookGrids(workbook: ExcelJS.Workbook): Grid[] {
  return userGrids(workbookSheets(workbook));
}

/** The user's grids among `sheets`: each visible or hidden sheet's used range, then its Tables. */
export function userGrids(sheets: readonly XlsxSheet[]): Grid[] {
  return sheets
    .filter((s) => s.state !== 'veryHidden')
    .flatMap((s) => (s.grid ? [s.grid, ...s.tables] : [...s.tables]));
}

interface TableModel {
  readonly ref?: string;
  readonly tableRef?: string;
  readonly name?: string;
  readonly displayName?: string;
}

interface Range {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function toArrayBuffer(buffer: Buffer): ArrayBuffer {
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

/** 1-based bounds of the cells holding a value (formatting alone does not count, as in Excel's used range trimmed). */
function usedRange(sheet: ExcelJS.Worksheet): Range | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Null || cell.type === ExcelJS.ValueType.Merge) return;
      top = Math.min(top, rowNumber);
      bottom = Math.max(bottom, rowNumber);
      left = Math.min(left, colNumber);
      right = Math.max(right, colNumber);
    });
  });
  return bottom === 0 ? null : { top, left, bottom, right };
}

function parseRange(ref: string): Range | null {
  const [a, b] = ref.split(':');
  const start = parseA1(a ?? '');
  const end = parseA1(b ?? a ?? '');
  if (!start || !end) return null;
  return { top: start.row + 1, left: start.column + 1, bottom: end.row + 1, right: end.column + 1 };
}

function gridOf(sheet: ExcelJS.Worksheet, range: Range): Grid {
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const row = sheet.getRow(r);
    const v: CellValue[] = [];
    const f: string[] = [];
    const fx: (string | null)[] = [];
    for (let c = range.left; c <= range.right; c++) {
      const read = readCell(row.findCell(c));
      v.push(read.value);
      f.push(read.format);
      fx.push(read.formula);
    }
    values.push(v);
    numberFormats.push(f);
    formulas.push(fx);
  }
  return {
    sheet: sheet.name,
    address: `${columnLetters(range.left - 1)}${range.top}`,
    values,
    numberFormats,
    formulas,
  };
}

/** One ExcelJS cell in Office.js terms; cells never written and cells covered by a merge read as empty. */
function readCell(cell: ExcelJS.Cell | undefined): { value: CellValue; format: string; formula: string | null } {
  if (cell === undefined) return { value: null, format: 'General', formula: null };
  const format = cell.numFmt || 'General';
  if (cell.type === ExcelJS.ValueType.Merge) return { value: null, format, formula: null };
  const formula = cell.type === ExcelJS.ValueType.Formula && cell.formula ? `=${cell.formula}` : null;
  return { value: officeValue(cell.value), format, formula };
}
