/**
 * Cuts a worksheet's cells into the grids the engine reads: the used range (cells holding a value or a formula;
 * formatting alone does not count) and any range, such as a Table's. Cells covered by a merge are emptied first,
 * as Office.js shows them.
 */
import { type CellValue, columnLetters, type Grid } from '../../../engine';
import type { ReadBudget } from './readBudget';
import type { CellRange, RowCells, SheetCells } from './worksheetPart';

/** Empties every cell a merge covers (all but its top-left one), within the rows the sheet has. */
export function clearMerged(cells: SheetCells, budget: ReadBudget): void {
  for (const merge of cells.merges) {
    const bottom = Math.min(merge.bottom, cells.rows.length);
    for (let r = merge.top; r <= bottom; r += 1) {
      const row = cells.rows[r - 1];
      if (row === undefined) continue;
      const right = Math.min(merge.right, row.values.length);
      for (let c = r === merge.top ? merge.left + 1 : merge.left; c <= right; c += 1) {
        if (row.values[c - 1] !== undefined) row.values[c - 1] = null;
        if (row.formulas?.[c - 1] != null) row.formulas[c - 1] = null;
      }
    }
    budget.checkTime();
  }
}

/** The bounds of the cells holding a value or a formula, or null for an empty sheet. */
export function usedRange(rows: readonly (RowCells | undefined)[]): CellRange | null {
  let top = 0;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  rows.forEach((row, index) => {
    if (row === undefined) return;
    let first = -1;
    let last = -1;
    for (let c = 0; c < row.values.length; c += 1) {
      if (row.values[c] == null && row.formulas?.[c] == null) continue;
      if (first < 0) first = c;
      last = c;
    }
    if (first < 0) return;
    if (top === 0) top = index + 1;
    bottom = index + 1;
    left = Math.min(left, first + 1);
    right = Math.max(right, last + 1);
  });
  return top === 0 ? null : { top, left, bottom, right };
}

/**
 * The grid of `range` on sheet `name`. With `reuse`, rows that start at column A are handed over rather than copied
 * (the sheet's cells must not be read again afterwards): the large sheets' rows are then never held twice.
 */
export function rangeGrid(name: string, cells: SheetCells, range: CellRange, reuse = false): Grid {
  const width = range.right - range.left + 1;
  const noFormulas: null[] = new Array<null>(width).fill(null);
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = range.top; r <= range.bottom; r += 1) {
    const row = cells.rows[r - 1];
    if (row === undefined) {
      values.push(new Array<CellValue>(width).fill(null));
      numberFormats.push(new Array<string>(width).fill('General'));
      formulas.push(noFormulas);
      continue;
    }
    values.push(cut(row.values, range.left, width, null, reuse));
    numberFormats.push(cut(row.formats, range.left, width, 'General', reuse));
    formulas.push(row.formulas ? cut(row.formulas, range.left, width, null, reuse) : noFormulas);
  }
  return { sheet: name, address: `${columnLetters(range.left - 1)}${range.top}`, values, numberFormats, formulas };
}

/** Columns `left`..`left + width - 1` (1-based) of `cells`, holes and missing cells as `empty`. */
function cut<T>(cells: T[], left: number, width: number, empty: T, reuse: boolean): T[] {
  if (reuse && left === 1) {
    cells.length = width;
    for (let c = 0; c < width; c += 1) if (cells[c] === undefined) cells[c] = empty;
    return cells;
  }
  const out = new Array<T>(width);
  for (let c = 0; c < width; c += 1) out[c] = cells[left - 1 + c] ?? empty;
  return out;
}
