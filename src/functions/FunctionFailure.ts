/** The Excel errors the functions return. Only #VALUE! and #N/A show a message in Excel; the others show none. */
export type ExcelErrorCode = '#VALUE!' | '#NUM!' | '#N/A' | '#DIV/0!';

/** An error value for one cell: what Excel shows and why, in words. */
export interface ErrorCell {
  readonly error: ExcelErrorCode;
  readonly message: string;
}

/** What a function returns: one value, or rows of values (a spill), any of which may be an error cell. */
export type Cell = number | string | boolean | ErrorCell;
export type FunctionResult = Cell | Cell[][];

/**
 * Thrown by argument checks and caught by {@link toExcel}'s caller, so that a function body reads as its happy path
 * and every rejected argument still ends as an Excel error value, never as an exception in Excel.
 */
export class FunctionFailure extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FunctionFailure';
  }
}

/** Stops the function with an Excel error; `message` names the function and the argument at fault. */
export function fail(code: ExcelErrorCode, message: string): never {
  throw new FunctionFailure(code, message);
}

export function errorCell(code: ExcelErrorCode, message: string): ErrorCell {
  return { error: code, message };
}

export function isErrorCell(value: unknown): value is ErrorCell {
  return typeof value === 'object' && value !== null && 'error' in value && 'message' in value;
}
