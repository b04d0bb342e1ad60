/** Why a pack could not be saved to an .xlsx file. */
export type XlsxWriteErrorCode =
  'write-failed' | 'settings-sheet-taken' | 'unsupported-workbook' | 'target-exists' | 'same-file' | 'signed';

/** A file failure while saving, with a `code` callers can branch on and a message for the user. */
export class XlsxWriteError extends Error {
  constructor(
    readonly code: XlsxWriteErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'XlsxWriteError';
  }
}
