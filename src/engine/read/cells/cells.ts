import type { CellValue, Grid } from '../../grid/Grid';
import { isCellError } from '../../grid/Grid';
import type { CellPosition } from '../../grid/address';
import { columnLetters, parseA1, toA1 } from '../../grid/address';
import { cleanLabel } from './text';

/** The cell at (row, column) of a grid, `null` beyond ragged row ends. */
export function cellAt(grid: Grid, row: number, column: number): CellValue {
  const value = grid.values[row]?.[column];
  return value === undefined ? null : value;
}

/** The number format of a cell, "General" when the adapter did not supply one. */
export function formatAt(grid: Grid, row: number, column: number): string {
  return grid.numberFormats?.[row]?.[column] ?? 'General';
}

/** The formula of a cell ("=SUM(C4:C9)"), or null for constants and when the adapter gives no formulas. */
export function formulaAt(grid: Grid, row: number, column: number): string | null {
  return grid.formulas?.[row]?.[column] ?? null;
}

const origins = new WeakMap<Grid, CellPosition>();

/** The sheet position of the grid's top-left cell, parsed once per grid: addresses are made for every amount read. */
function originOf(grid: Grid): CellPosition {
  let origin = origins.get(grid);
  if (!origin) {
    origin = parseA1(grid.address) ?? { row: 0, column: 0 };
    origins.set(grid, origin);
  }
  return origin;
}

/** The A1 address on the sheet of a cell given by its offsets in the grid. */
export function addressAt(grid: Grid, row: number, column: number): string {
  const origin = originOf(grid);
  return toA1({ row: origin.row + row, column: origin.column + column });
}

/**
 * Column letters of a grid's columns on the sheet, each worked out once: a table of 5,000 lines makes 60,000
 * addresses from the same dozen columns.
 */
export class ColumnLetters {
  private readonly known: string[] = [];
  private readonly origin: CellPosition;

  constructor(grid: Grid) {
    this.origin = originOf(grid);
  }

  /** The letters ("C") of the grid column at offset `column`. */
  of(column: number): string {
    let letters = this.known[column];
    if (letters === undefined) {
      letters = columnLetters(this.origin.column + column);
      this.known[column] = letters;
    }
    return letters;
  }
}

/** The row number Excel shows (1-based) for a row offset inside the grid. */
export function excelRow(grid: Grid, row: number): number {
  return originOf(grid).row + row + 1;
}

/** Width of the widest row: grids may be ragged. */
export function gridWidth(grid: Grid): number {
  let width = 0;
  for (const row of grid.values) width = Math.max(width, row.length);
  return width;
}

/** True for null, empty strings and whitespace-only strings (Office.js reports empty cells as ""). */
export function isBlank(value: CellValue): boolean {
  // trim() removes exactly the characters cleanLabel collapses, so this is cleanLabel(value) === '' without its copies.
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** True when every cell of the row is blank. */
export function isBlankRow(grid: Grid, row: number): boolean {
  return (grid.values[row] ?? []).every(isBlank);
}

/** A cell as display text for labels and headers: strings cleaned, numbers as written, errors as their code. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return cleanLabel(value);
  if (isCellError(value)) return value.error;
  return String(value);
}
