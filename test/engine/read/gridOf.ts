import type { CellValue, Grid } from '../../../src/engine/grid/Grid';

/** Optional parts of a test grid: where it sits, number formats, formulas, an Excel Table name. */
export interface GridOfOptions {
  readonly address?: string;
  readonly numberFormats?: readonly (readonly string[])[];
  readonly formulas?: readonly (readonly (string | null)[])[];
  readonly tableName?: string;
}

/** Turns a 2-D array literal into a Grid, so fixtures read like the sheet they stand for. */
export function gridOf(sheet: string, values: readonly (readonly CellValue[])[], options: GridOfOptions = {}): Grid {
  return { sheet, address: options.address ?? 'A1', values, ...options };
}

/** Excel's #N/A and friends as cell values. */
export const NA: CellValue = { error: '#N/A' };
export const DIV0: CellValue = { error: '#DIV/0!' };
export const REF: CellValue = { error: '#REF!' };
