/** Why an .xlsx file could not be read at all (cell-level problems are diagnostics, not errors). */
export type XlsxReadErrorCode = 'file-not-found' | 'not-xlsx' | 'encrypted' | 'legacy-xls' | 'damaged' | 'too-large';

/** A workbook file failure, with a `code` callers can branch on and a one-sentence message for the user. */
export class XlsxReadError extends Error {
  constructor(
    readonly code: XlsxReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'XlsxReadError';
  }
}

/** "budget.xlsx does not exist." — the same words whichever reader opened the file. */
export function fileNotFound(name: string): XlsxReadError {
  return new XlsxReadError('file-not-found', `${name} does not exist.`);
}

/** The file opened but is not a workbook ExcelJS can read; the library's reason is kept, shortened, for support. */
export function notXlsx(name: string, error: unknown): XlsxReadError {
  const reason = error instanceof Error ? error.message : String(error);
  return new XlsxReadError(
    'not-xlsx',
    `${name} is not an Excel workbook (.xlsx) that can be opened (${reason.split('\n')[0].slice(0, 120)}).`,
  );
}
