/** Turns a loaded Office.js range into the engine's {@link Grid}. */
import type { CellValue, Grid } from '../../engine';
import type { ExcelCellInput, ExcelValueType } from './ExcelApi';

/** What `readGrids` loads of each range, already read from the proxy after `sync()`. */
export interface LoadedRange {
  readonly address: string;
  readonly values: readonly (readonly ExcelCellInput[])[];
  /** Without value types, error values read as their text ("#N/A"). */
  readonly valueTypes?: readonly (readonly ExcelValueType[])[];
  readonly numberFormat?: readonly (readonly string[])[];
  readonly formulas?: readonly (readonly ExcelCellInput[])[];
}

/** "'Q1 Budget'!B2:D9" → "B2": the top-left cell of an Office.js range address, without its sheet. */
export function topLeftCell(address: string): string {
  const local = address.slice(address.lastIndexOf('!') + 1);
  return local.split(':')[0].replace(/\$/g, '');
}

function cellValue(value: ExcelCellInput, type: ExcelValueType | undefined): CellValue {
  // Office.js gives an error cell's value as its text ("#N/A"); the type is what tells it from typed text.
  if (type === 'Error') return { error: String(value) };
  if (type === 'Empty' || value === null || value === '') return null;
  return value;
}

/** The grid of a loaded range on `sheet`; `tableName` when the range is an Excel Table. */
export function rangeToGrid(sheet: string, range: LoadedRange, tableName?: string): Grid {
  return {
    sheet,
    address: topLeftCell(range.address),
    values: range.values.map((row, r) => row.map((v, c) => cellValue(v, range.valueTypes?.[r]?.[c]))),
    ...(range.numberFormat ? { numberFormats: range.numberFormat.map((row) => [...row]) } : {}),
    ...(range.formulas
      ? {
          formulas: range.formulas.map((row) =>
            row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null)),
          ),
        }
      : {}),
    ...(tableName !== undefined ? { tableName } : {}),
  };
}
