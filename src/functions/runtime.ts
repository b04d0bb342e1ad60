import type { ErrorRuntime } from './toExcel';

/** What the functions need of Excel's custom-functions runtime: registration and its error values. */
export interface FunctionsRuntime extends ErrorRuntime {
  associate(id: string, fn: (...args: never[]) => unknown): void;
}

/**
 * Excel's runtime when the page runs inside Excel (the shared runtime defines the `CustomFunctions` global before
 * the add-in's scripts run), or null elsewhere: in the browser preview and on a page opened outside Office there is
 * nothing to register with.
 */
export function excelRuntime(): FunctionsRuntime | null {
  const candidate = (globalThis as { CustomFunctions?: Partial<FunctionsRuntime> }).CustomFunctions;
  if (
    candidate === undefined ||
    typeof candidate.associate !== 'function' ||
    typeof candidate.Error !== 'function' ||
    typeof candidate.ErrorCode !== 'object'
  ) {
    return null;
  }
  return candidate as FunctionsRuntime;
}
