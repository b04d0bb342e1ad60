/**
 * A worksheet of the add-in's own (a pack sheet, the register, the settings sheet) as a grid from A1, in Office.js
 * conventions. `readXlsxGrids` covers user sheets; this reads the sheets it skips (very hidden) from the loaded
 * workbook, without the file's bytes, converting values with the same `officeValue`.
 */
import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../../engine/grid/Grid';
import { officeValue } from './officeValue';

/** Every cell from A1 to the last row and column holding anything. */
export function worksheetGrid(sheet: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cell.type === ExcelJS.ValueType.Merge ? null : officeValue(cell.value);
    });
    values[rowNumber - 1] = Array.from(cells, (v) => v ?? null);
  });
  return { sheet: sheet.name, address: 'A1', values: Array.from(values, (r) => r ?? []) };
}
