/**
 * A worksheet of the add-in's own (a pack sheet, the register, the settings sheet) as a grid from A1, in Office.js
 * conventions. The reading engineer's `readXlsxGrids` covers user sheets; this small private twin reads the
 * sheets it skips (very hidden) and does not need the file's bytes.
 */
import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../../engine/grid/Grid';

const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** An ExcelJS value as Office.js would return it: dates as serials, formulas as their cached result. */
export function officeValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return (value.getTime() - EPOCH_MS) / DAY_MS;
  if (typeof value !== 'object') return null;
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return officeValue((value as { result?: ExcelJS.CellValue }).result);
  if ('text' in value) return typeof value.text === 'string' ? value.text : null;
  return null;
}

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
