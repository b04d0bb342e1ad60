/** Fills a fake book from grids (the test and preview fixture format): values, number formats, formulas, tables. */
import { type Grid, isCellError, parseA1 } from '../../engine';
import { findSheetByName, newSheet, type BookState } from './BookState';
import { ensureCell } from './cellAccess';

/**
 * Grids with the same sheet name land on one sheet (a used range and the Excel Table inside it, say); a grid with a
 * `tableName` also becomes an Excel Table over its rectangle. Cell values are stored as they are: no typed-input
 * conversion, because grids already hold what Excel would hold.
 */
export function loadGrids(book: BookState, grids: readonly Grid[]): void {
  for (const grid of grids) {
    const sheet = findSheetByName(book, grid.sheet) ?? newSheet(book, grid.sheet);
    const origin = parseA1(grid.address) ?? { row: 0, column: 0 };
    let width = 0;
    grid.values.forEach((row, r) => {
      width = Math.max(width, row.length);
      row.forEach((value, c) => {
        const formula = grid.formulas?.[r]?.[c] ?? null;
        const format = grid.numberFormats?.[r]?.[c];
        if (value === null && formula === null && format === undefined) return;
        const cell = ensureCell(sheet, origin.row + r, origin.column + c);
        if (format !== undefined) cell.numberFormat = format;
        if (isCellError(value)) {
          cell.error = value.error;
          cell.formula = formula;
        } else {
          cell.value = value;
          cell.formula = formula;
        }
      });
    });
    if (grid.tableName !== undefined && !book.tables.some((t) => t.name === grid.tableName)) {
      book.tables.push({
        name: grid.tableName,
        sheetId: sheet.id,
        rect: { row: origin.row, column: origin.column, rows: grid.values.length, columns: width },
      });
    }
  }
}
