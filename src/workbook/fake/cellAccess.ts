/** Reading and writing the cells of a rectangle of a fake sheet. */
import { cellKey, COLUMN_LIMIT, emptyCell, type CellState, type Rect, type SheetState } from './BookState';
import { invalidArgument } from './FakeExcelError';

/** Where a range proxy points on the host, once resolved. */
export interface RangeTarget {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

/** Memoises a host lookup once it succeeds: Excel binds a proxy to its object on first use, not on every call. */
export function bindOnce<T>(lookup: () => T | null): () => T | null {
  let bound: T | null = null;
  return () => (bound ??= lookup());
}

/** The cell at (row, column), if anything was ever put there. */
export function getCell(sheet: SheetState, row: number, column: number): CellState | undefined {
  return sheet.cells.get(cellKey(row, column));
}

/** The cell at (row, column), created empty when missing. */
export function ensureCell(sheet: SheetState, row: number, column: number): CellState {
  const key = cellKey(row, column);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = emptyCell();
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** Calls `visit` for every existing cell inside the rectangle (cheap for huge rectangles on sparse sheets). */
export function forExistingCells(target: RangeTarget, visit: (cell: CellState, key: number) => void): void {
  const { sheet, rect } = target;
  if (rect.rows * rect.columns > sheet.cells.size) {
    for (const [key, cell] of sheet.cells) {
      const row = Math.floor(key / COLUMN_LIMIT);
      const column = key % COLUMN_LIMIT;
      if (
        row >= rect.row &&
        row < rect.row + rect.rows &&
        column >= rect.column &&
        column < rect.column + rect.columns
      ) {
        visit(cell, key);
      }
    }
    return;
  }
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.column; c < rect.column + rect.columns; c++) {
      const key = cellKey(r, c);
      const cell = sheet.cells.get(key);
      if (cell) visit(cell, key);
    }
  }
}

/** Every cell of the rectangle, created when missing (for writes). */
export function forEveryCell(target: RangeTarget, visit: (cell: CellState, r: number, c: number) => void): void {
  const { sheet, rect } = target;
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.columns; c++) visit(ensureCell(sheet, rect.row + r, rect.column + c), r, c);
  }
}

/** A row-major matrix of the rectangle, one entry per cell (missing cells read as `empty`). */
export function matrix<T>(target: RangeTarget, read: (cell: CellState | undefined) => T): T[][] {
  const { sheet, rect } = target;
  const rows: T[][] = [];
  for (let r = 0; r < rect.rows; r++) {
    const row: T[] = [];
    for (let c = 0; c < rect.columns; c++) row.push(read(getCell(sheet, rect.row + r, rect.column + c)));
    rows.push(row);
  }
  return rows;
}

/** Excel refuses a 2-D array whose size differs from the range's, with this message. */
export function assertShape(rect: Rect, input: readonly (readonly unknown[])[], property: string): void {
  const fits = input.length === rect.rows && input.every((row) => row.length === rect.columns);
  if (!fits) {
    throw invalidArgument(
      `${property}: the number of rows or columns in the input array doesn't match the size or dimensions of the range (${input.length} rows given for ${rect.rows} x ${rect.columns}).`,
    );
  }
}

/** The one value shared by every cell of the rectangle, or null when cells differ (Office.js's rule for formats). */
export function uniform<T>(target: RangeTarget, read: (cell: CellState | undefined) => T): T | null {
  const values = matrix(target, read).flat();
  return values.every((v) => v === values[0]) ? (values[0] ?? null) : null;
}
