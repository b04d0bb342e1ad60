import {
  errorCell,
  FunctionFailure,
  isErrorCell,
  type Cell,
  type ErrorCell,
  type ExcelErrorCode,
  type FunctionResult,
} from './FunctionFailure';

/** An error value of the runtime: its class is `CustomFunctions.Error`. */
export interface RuntimeError {
  readonly code: string;
  readonly message?: string;
}

/**
 * The runtime's error class and the codes it accepts, as Excel's custom-functions runtime provides them on
 * `CustomFunctions` (CustomFunctionsRuntime 1.2). Stated here because @types/office-js does not declare them.
 */
export interface ErrorRuntime {
  readonly Error: new (code: string, message?: string) => RuntimeError;
  readonly ErrorCode: {
    readonly invalidValue: string;
    readonly invalidNumber: string;
    readonly notAvailable: string;
    readonly divisionByZero: string;
  };
}

/** Excel shows a custom message only for #VALUE! and #N/A; passing one with another code is not allowed. */
const WITH_MESSAGE: ReadonlySet<ExcelErrorCode> = new Set(['#VALUE!', '#N/A']);

function excelError(runtime: ErrorRuntime, cell: ErrorCell): RuntimeError {
  const codes: Record<ExcelErrorCode, string> = {
    '#VALUE!': runtime.ErrorCode.invalidValue,
    '#NUM!': runtime.ErrorCode.invalidNumber,
    '#N/A': runtime.ErrorCode.notAvailable,
    '#DIV/0!': runtime.ErrorCode.divisionByZero,
  };
  const code = codes[cell.error];
  return WITH_MESSAGE.has(cell.error) ? new runtime.Error(code, cell.message) : new runtime.Error(code);
}

type ExcelCell = number | string | boolean | RuntimeError;

function convert(runtime: ErrorRuntime | null, cell: Cell): ExcelCell | ErrorCell {
  return isErrorCell(cell) && runtime !== null ? excelError(runtime, cell) : cell;
}

/**
 * Runs one function body and hands Excel its value (with no runtime, outside Excel, error cells stay plain objects): error cells become `CustomFunctions.Error`, an argument check
 * that failed becomes its error, and anything unexpected becomes #VALUE! with the reason, so no call ever throws
 * into Excel (a thrown exception shows as a bare #VALUE! with no message).
 */
export function toExcel(
  runtime: ErrorRuntime | null,
  body: () => FunctionResult,
): ExcelCell | ErrorCell | (ExcelCell | ErrorCell)[][] {
  try {
    const result = body();
    return Array.isArray(result)
      ? result.map((row) => row.map((cell) => convert(runtime, cell)))
      : convert(runtime, result);
  } catch (error) {
    if (error instanceof FunctionFailure) return convert(runtime, errorCell(error.code, error.message));
    const reason = error instanceof Error ? error.message : String(error);
    return convert(runtime, errorCell('#VALUE!', `Ops Review could not compute this: ${reason}`));
  }
}
