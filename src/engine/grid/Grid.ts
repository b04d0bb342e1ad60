/**
 * A rectangular block of cells as the workbook adapters deliver it: the common input of every reader.
 *
 * Office.js ranges and ExcelJS worksheets both normalise to this shape, so the engine never knows which
 * host the cells came from. Values follow Office.js conventions: dates are Excel serial numbers (the
 * number format says it is a date), empty cells are `null`, and Excel error values are {@link CellError}
 * so that the text "#N/A" typed by a user stays distinguishable from a real error.
 */
export type CellValue = string | number | boolean | null | CellError;

/** An Excel error value such as `#N/A`, `#DIV/0!` or `#REF!`. */
export interface CellError {
  readonly error: string;
}

export interface Grid {
  /** Worksheet name as shown on its tab. */
  readonly sheet: string;
  /** A1 address of the top-left cell of `values`, e.g. "A1" or "B3". */
  readonly address: string;
  /** Row-major cell values. Rows may be ragged; a missing cell reads as `null`. */
  readonly values: readonly (readonly CellValue[])[];
  /** Number format of each cell (`"General"`, `"mmm-yy"`, `"#,##0;(#,##0)"`), same shape as `values` when known. */
  readonly numberFormats?: readonly (readonly string[])[];
  /** Formula of each cell (`"=SUM(C4:C9)"`) or `null` for constants, when the adapter can supply them. */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** Name of the Excel Table (ListObject) this grid is, when it is one; its first row is then the header. */
  readonly tableName?: string;
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}
