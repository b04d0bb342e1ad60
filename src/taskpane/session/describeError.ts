/** A failure as the pane shows it: what happened and what to do next. */
export interface PaneError {
  readonly title: string;
  readonly message: string;
}

/** Office.js error codes worth explaining, and what the user can do about each. */
const OFFICE_ADVICE: Readonly<Record<string, string>> = {
  RequestPayloadSizeLimitExceeded:
    'The workbook is too large to send in one go. Choose fewer tables on the Data page or remove unused sheets, then try again.',
  InvalidReference: 'A sheet or range moved while the pane was working. Try again.',
  ItemNotFound: 'A sheet or range the pane expected is gone. Refresh and try again.',
  AccessDenied: 'The workbook is protected or read-only. Unprotect it, or save a copy you can edit, then try again.',
  InvalidOperationInCellEditMode: 'Excel is in cell-editing mode. Press Enter or Esc in the cell, then try again.',
  EditModeCannotAcquireLock: 'Excel is busy (perhaps a cell is being edited). Finish editing, then try again.',
  GeneralException: 'Excel could not complete the request. Save the workbook and try again.',
};

/** The advice for an Office.js error code on the error or, when the workbook adapter wrapped it, on its cause. */
function officeAdvice(error: unknown, depth = 0): string | null {
  if (typeof error !== 'object' || error === null || depth > 3) return null;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  const own = typeof code === 'string' ? OFFICE_ADVICE[code] : undefined;
  return own ?? officeAdvice(cause, depth + 1);
}

/**
 * Turns any failure into words for a finance user: a title naming the step that failed, the reason, and what to
 * do next. Office.js errors are recognised by their `code`, also when wrapped as the `cause` of an adapter error.
 */
export function describeError(step: string, error: unknown): PaneError {
  const reason = error instanceof Error ? error.message : String(error);
  const advice =
    officeAdvice(error) ??
    'Try again. If it keeps failing, close and reopen the add-in; your workbook is unchanged unless a pack was reported written.';
  return { title: `Could not ${step}.`, message: `${reason.replace(/\.?$/, '.')} ${advice}` };
}
