/** Why a pack could not be saved to an .xlsx file. */
export type XlsxWriteErrorCode = 'write-failed' | 'would-lose-content' | 'settings-sheet-taken';

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
