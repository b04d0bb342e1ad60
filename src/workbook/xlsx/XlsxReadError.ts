/** Why an .xlsx file could not be read at all (cell-level problems are diagnostics, not errors). */
export type XlsxReadErrorCode = 'file-not-found' | 'not-xlsx';

/** A workbook file failure, with a `code` callers can branch on and a message for the user. */
export class XlsxReadError extends Error {
  constructor(
    readonly code: XlsxReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'XlsxReadError';
  }
}
