import type { XlsxReadErrorCode } from '../XlsxReadError';

/**
 * Why the reader gave up on a file, as the end of a sentence whose subject is the file ("is password-protected: ...");
 * `readXlsx` puts the file's name in front and turns it into an `XlsxReadError`.
 */
export class ReadRefusal extends Error {
  constructor(
    readonly code: Exclude<XlsxReadErrorCode, 'file-not-found'>,
    readonly predicate: string,
  ) {
    super(predicate);
    this.name = 'ReadRefusal';
  }
}
