import ExcelJS from 'exceljs';
import type { CellValue } from '../../engine';

/** Excel's day 0 (1899-12-30), so that date serials agree with Excel's 1900 system after February 1900. */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * An ExcelJS cell value as Office.js would return it: dates as serial numbers, formulas as their cached result,
 * rich text as its plain text, errors as `{ error }`. Shared by the user-sheet reader and the add-in's own sheets,
 * so both hosts give the same grids.
 */
export function officeValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return (value.getTime() - EPOCH_MS) / DAY_MS;
  if (typeof value !== 'object') return null;
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return officeValue((value as { result?: ExcelJS.CellValue }).result);
  // A hyperlink's text may itself be rich text.
  if ('text' in value)
    return typeof value.text === 'string' ? value.text : officeValue(value.text as ExcelJS.CellValue);
  return null;
}
