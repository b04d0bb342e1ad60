/** A1 range addresses as Excel writes them in `Range.address`: "Sheet1!A1:C3", "'Q1 Budget'!B2". */
import { parseA1, toA1 } from '../../engine';
import { COLUMN_LIMIT, ROW_LIMIT, type Rect } from './BookState';

/** Parses "B2", "B2:D9" or "$B$2:$D$9" (no sheet part) into a rectangle; null when it is not one. */
export function parseRect(address: string): Rect | null {
  const parts = address.split(':');
  if (parts.length > 2) return null;
  const from = parseA1(parts[0]);
  const to = parseA1(parts[1] ?? parts[0]);
  if (!from || !to) return null;
  const row = Math.min(from.row, to.row);
  const column = Math.min(from.column, to.column);
  const rect = { row, column, rows: Math.abs(to.row - from.row) + 1, columns: Math.abs(to.column - from.column) + 1 };
  return row + rect.rows <= ROW_LIMIT && column + rect.columns <= COLUMN_LIMIT ? rect : null;
}

/** "B2:D9" (or "B2" for one cell). */
export function rectA1(rect: Rect): string {
  const from = toA1({ row: rect.row, column: rect.column });
  if (rect.rows === 1 && rect.columns === 1) return from;
  return `${from}:${toA1({ row: rect.row + rect.rows - 1, column: rect.column + rect.columns - 1 })}`;
}

/** Excel quotes a sheet name in an address unless it is plain letters, digits and underscores (not starting with a digit). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'Q1 Budget'!B2:D9", as `Range.address` gives it. */
export function qualifiedAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${rectA1(rect)}`;
}

/** Splits "'Q1 Budget'!B2:C3" into the sheet name and the local address; sheet is null when there is none. */
export function splitQualified(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: address };
  const rawSheet = address.slice(0, bang);
  const sheet =
    rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, local: address.slice(bang + 1) };
}

/** Every cell of a sheet: what `worksheet.getRange()` with no address covers. */
export const WHOLE_SHEET: Rect = { row: 0, column: 0, rows: ROW_LIMIT, columns: COLUMN_LIMIT };
