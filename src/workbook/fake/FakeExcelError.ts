/**
 * Errors the fake raises, with the codes and messages Excel's `OfficeExtension.Error` carries, so code under test
 * meets the same failures it would meet in Excel.
 */
export type FakeExcelErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'AccessDenied'
  | 'InvalidObjectPath'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded';

/** An error as Office.js raises it: `code` is Excel's error code. */
export class FakeExcelError extends Error {
  override readonly name = 'RichApi.Error';
  constructor(
    readonly code: FakeExcelErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Office.js's message, word for word, when a proxy property is read before `load()` and `sync()`. */
export function propertyNotLoaded(property: string): FakeExcelError {
  return new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Excel's error for a sheet, table or item that does not exist. */
export function itemNotFound(): FakeExcelError {
  return new FakeExcelError('ItemNotFound', "The requested resource doesn't exist.");
}

/** Excel's error for a bad argument; `detail` says which, for the test reader. */
export function invalidArgument(detail: string): FakeExcelError {
  return new FakeExcelError(
    'InvalidArgument',
    `The argument is invalid or missing or has an incorrect format. (${detail})`,
  );
}

/** Excel on the web refuses a request above 5 MB (see "resource limits" in the Office Add-ins documentation). */
export function payloadTooLarge(): FakeExcelError {
  return new FakeExcelError(
    'RequestPayloadSizeLimitExceeded',
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  );
}

/** The same 5 MB limit applies to what a sync sends back (values loaded): Excel on the web fails the sync. */
export function responseTooLarge(): FakeExcelError {
  return new FakeExcelError(
    'ResponsePayloadSizeLimitExceeded',
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  );
}

/** Office.js returns a property's value once the add-in has set it (or loaded it); before that, reading it throws. */
export function readSet<T>(value: T | undefined, property: string): T {
  if (value === undefined) throw propertyNotLoaded(property);
  return value;
}

/** Excel's refusal to change a protected sheet outside what its protection allows (the Graph API shows the same). */
export function accessDenied(detail: string): FakeExcelError {
  return new FakeExcelError('AccessDenied', `You cannot perform the requested operation. (${detail})`);
}
