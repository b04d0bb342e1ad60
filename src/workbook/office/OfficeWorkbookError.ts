/** A failure of Excel itself while reading or writing (not a problem in the user's data, which becomes a Diagnostic). */
export type OfficeWorkbookErrorCode = 'read-failed' | 'write-failed' | 'settings-failed';

/** Excel failed (or refused) a read or write; `message` is a sentence for the user. */
export class OfficeWorkbookError extends Error {
  override readonly name = 'OfficeWorkbookError';
  constructor(
    readonly code: OfficeWorkbookErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The Excel error's own words, when it has some, for the sentence shown to the user. */
export function hostMessage(error: unknown): string {
  if (error instanceof Error && error.message !== '') return error.message;
  return 'Excel gave no reason';
}
