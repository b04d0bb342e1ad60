/**
 * A problem found in the user's workbook, said in words a finance user understands, with the cell it came from.
 * Readers and analyses return diagnostics as values; they never throw on input data.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address of the cell, or null when the diagnostic concerns a whole table or sheet. */
  readonly cell: string | null;
  readonly message: string;
  /** Stable machine-readable kind, e.g. "text-in-number", "error-value", "duplicate-key". */
  readonly code?: string;
}
