import type { Diagnostic } from '../../diagnostics';
import type { NumberParse } from './parseNumber';

/**
 * The diagnostic for a cell in a numeric role that holds no number, in words a finance user understands.
 * `what` names the figure ("the Budget amount of Fuel for Mar 2026").
 */
export function numberDiagnostic(
  sheet: string,
  cell: string,
  parsed: Extract<NumberParse, { kind: 'error' }>,
  what: string,
): Diagnostic {
  if (parsed.code === 'error-value') {
    return {
      severity: 'error',
      sheet,
      cell,
      code: 'error-value',
      message: `${cell} shows the Excel error ${parsed.text} where ${what} should be; it was left out. Fix the formula or type the amount.`,
    };
  }
  if (parsed.code === 'out-of-range') {
    return {
      severity: 'error',
      sheet,
      cell,
      code: parsed.code,
      message: `${cell} holds ${parsed.text} where ${what} should be; that is beyond the 15 digits Excel adds up exactly, so it was left out. Check the cell for a typing or formula error.`,
    };
  }
  const shown = parsed.text.length > 40 ? `${parsed.text.slice(0, 37)}...` : parsed.text;
  return {
    severity: 'error',
    sheet,
    cell,
    code: parsed.code,
    message: `${cell} holds "${shown}" where ${what} should be a number; it was left out. Type the amount, or leave the cell empty if there is none.`,
  };
}

/** One note per table for numbers typed as text that were read anyway, pointing at the first such cell. */
export function textNumbersDiagnostic(sheet: string, cells: readonly string[]): Diagnostic | null {
  if (cells.length === 0) return null;
  const others = cells.length - 1;
  const subject =
    others === 0
      ? `${cells[0]} holds a number`
      : `${cells[0]} and ${others} other cell${others > 1 ? 's' : ''} hold numbers`;
  return {
    severity: 'info',
    sheet,
    cell: cells[0],
    code: 'number-as-text',
    message: `${subject} stored as text (such as "(1,200)" or "1 200"); read as ${others === 0 ? 'a number' : 'numbers'}.`,
  };
}
