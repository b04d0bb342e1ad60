/**
 * What a cell shows. The fake is not a calculation engine: it computes only `=SUM(range)`, a reference to one cell
 * of the same sheet and a number literal; any other formula shows the result cached in the file it was loaded from
 * (as Excel shows a saved workbook), else its own text (so a test sees at once that a formula, not a value, was
 * written). Text that became a formula by accident shows the `#NAME?` Excel shows.
 */
import { parseA1 } from '../../engine';
import { cellKey, type CellState, type SheetState } from './BookState';
import { parseRect } from './rangeAddress';

/** What a cell shows: a value, or an error such as "#NAME?". */
export type Shown = { readonly value: string | number | boolean | null } | { readonly error: string };

const MAX_DEPTH = 64;

/** What `cell` shows on `sheet` (see the module comment for the formulas computed). */
export function shownValue(sheet: SheetState, cell: CellState, depth = 0): Shown {
  if (cell.error !== null) return { error: cell.error };
  if (cell.formula === null) return { value: cell.value };
  if (depth > MAX_DEPTH) return { error: '#REF!' };
  return evaluate(sheet, cell.formula.slice(1).trim(), depth) ?? { value: cell.value ?? cell.formula };
}

function evaluate(sheet: SheetState, body: string, depth: number): Shown | null {
  if (/^[+-]?\d+(\.\d+)?$/.test(body)) return { value: Number(body) };
  const single = parseA1(body);
  if (single) {
    const target = sheet.cells.get(cellKey(single.row, single.column));
    return target ? shownValue(sheet, target, depth + 1) : { value: 0 };
  }
  const sum = /^SUM\(([^)]+)\)$/i.exec(body);
  const rect = sum ? parseRect(sum[1].trim()) : null;
  if (!rect) return null;
  let total = 0;
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.column; c < rect.column + rect.columns; c++) {
      const target = sheet.cells.get(cellKey(r, c));
      if (!target) continue;
      const shown = shownValue(sheet, target, depth + 1);
      if ('error' in shown) return shown;
      // SUM ignores text and booleans in a range, as Excel does.
      if (typeof shown.value === 'number') total += shown.value;
    }
  }
  return { value: total };
}
