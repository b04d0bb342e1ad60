import type { ErrorRuntime } from './toExcel';

/** Where the functions are registered: `CustomFunctions.associate`. */
export interface Registrar {
  associate(id: string, fn: (...args: never[]) => unknown): void;
}

type RuntimeGlobal = Partial<Registrar & ErrorRuntime>;

const runtimeGlobal = (): RuntimeGlobal | undefined =>
  (globalThis as { CustomFunctions?: RuntimeGlobal }).CustomFunctions;

/**
 * `CustomFunctions.associate` when the page runs in Excel, or null elsewhere (the browser preview, a page opened
 * outside Office). office.js defines `associate` as soon as it loads and records the associations until Excel's
 * runtime arrives, so it is looked up when the functions script runs.
 */
export function registrar(): Registrar | null {
  const found = runtimeGlobal();
  return found !== undefined && typeof found.associate === 'function' ? (found as Registrar) : null;
}

/**
 * `CustomFunctions.Error` and `CustomFunctions.ErrorCode`, or null outside Excel. Looked up at each call, not when the
 * script loads: office.js attaches them only with Excel's own runtime script, which loads after ours.
 */
export function errorRuntime(): ErrorRuntime | null {
  const found = runtimeGlobal();
  return found !== undefined && typeof found.Error === 'function' && typeof found.ErrorCode === 'object'
    ? (found as ErrorRuntime)
    : null;
}
