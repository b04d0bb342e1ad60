/**
 * How Excel turns what is assigned to `Range.values` into cell contents: like typing it into the cell.
 *
 * Modelled: `null` leaves the cell unchanged (Office.js semantics); "" empties it; a leading apostrophe makes the
 * rest text (the apostrophe is Excel's hidden prefix character); on a cell formatted "@" (Text) every string stays
 * text; "=..." becomes a formula; numeric text ("42", "-3.5", "1e3") becomes a number and "TRUE"/"FALSE" a
 * boolean; text beginning with "+", "-" or "@" becomes a formula, as typing it does (so "-5 net" turns into the
 * formula "=-5 net" and shows #NAME?). Not modelled: dates, times, percentages, currency and thousands separators in
 * text, which Excel would also convert; the fake keeps those as text.
 */
import type { ExcelCellInput } from '../office/ExcelApi';
import type { CellState } from './BookState';

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Applies one assigned value to a cell (mutates it), per the rules above. */
export function assignCellInput(cell: CellState, input: ExcelCellInput): void {
  if (input === null) return;
  cell.formula = null;
  cell.error = null;
  if (typeof input !== 'string') {
    cell.value = input;
    return;
  }
  if (input === '') {
    cell.value = null;
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = input;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    return;
  }
  if (input.startsWith('=') && input.length > 1) {
    cell.formula = input;
    cell.value = null;
    return;
  }
  if (NUMERIC.test(input)) {
    cell.value = Number(input);
    return;
  }
  if (/^(true|false)$/i.test(input)) {
    cell.value = input.toLowerCase() === 'true';
    return;
  }
  if (/^[+\-@]/.test(input)) {
    // Typing "+44 20" or "@risk" starts a formula that Excel cannot evaluate.
    cell.formula = `=${input}`;
    cell.value = null;
    cell.error = '#NAME?';
    return;
  }
  cell.value = input;
}
