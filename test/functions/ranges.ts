import { isErrorCell, type Cell, type ErrorCell, type FunctionResult } from '../../src/functions/FunctionFailure';
import { toExcel } from '../../src/functions/toExcel';

/** A column range as Excel passes it to a matrix parameter: one row per cell. */
export const column = (values: readonly unknown[]): unknown[][] => values.map((v) => [v]);
/** A row range: one row of cells. */
export const row = (values: readonly unknown[]): unknown[][] => [[...values]];

/** Runs a function body as the functions layer does outside Excel: an argument failure comes back as an error cell. */
export function call(body: () => FunctionResult): Cell | Cell[][] {
  return toExcel(null, body) as Cell | Cell[][];
}

/** The error cell a call ended in; fails the test when it returned a value. */
export function errorOf(body: () => FunctionResult): ErrorCell {
  const result = call(body);
  if (!isErrorCell(result)) throw new Error(`expected an error, got ${JSON.stringify(result)}`);
  return result;
}
