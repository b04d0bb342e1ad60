import * as vm from 'vm';

/** CustomFunctions.ErrorCode as the custom-functions runtime defines it (learn.microsoft.com, custom-functions-runtime). */
export const ERROR_CODES = Object.freeze({
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
});

/**
 * CustomFunctions.Error, strict: an unknown code is refused, and so is a message with any code but #VALUE! and #N/A,
 * the only two whose message Excel shows ("Handle and return errors from your custom function", Microsoft Learn).
 */
export class FakeExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {
    if (!Object.values(ERROR_CODES).includes(code as never)) throw new TypeError(`unknown error code ${code}`);
    if (message !== undefined && code !== '#VALUE!' && code !== '#N/A') {
      throw new TypeError(`a custom message is not allowed with ${code}`);
    }
  }
}

export interface LoadedFunctions {
  /** The associated functions by id, as Excel's runtime keeps them. */
  readonly byId: ReadonlyMap<string, (...args: unknown[]) => unknown>;
  /** Every associate call, in order, for checking there were no duplicates or strays. */
  readonly calls: readonly string[];
}

/**
 * Loads a functions script the way the shared runtime does: evaluated in a page context with no module system,
 * `Office` or Node globals, where office.js has defined `CustomFunctions` with `associate` only; `Error` and
 * `ErrorCode` arrive afterwards with Excel's own runtime script, before the first call (office.js 1.1.110 as
 * @microsoft/office-js ships it). `associate` accepts only ids the metadata declares, each once, bound to a function
 * taking exactly the declared parameters.
 */
export function loadFunctions(script: string, declared: ReadonlyMap<string, number>): LoadedFunctions {
  const byId = new Map<string, (...args: unknown[]) => unknown>();
  const calls: string[] = [];
  const associate = (id: unknown, fn: unknown): void => {
    if (typeof id !== 'string') throw new TypeError('associate(id, fn) needs a string id');
    calls.push(id);
    const arity = declared.get(id);
    if (arity === undefined) throw new Error(`associate: "${id}" is not in functions.json`);
    if (byId.has(id)) throw new Error(`associate: "${id}" associated twice`);
    if (typeof fn !== 'function') throw new TypeError(`associate: "${id}" is not bound to a function`);
    if (fn.length !== arity)
      throw new Error(`associate: "${id}" takes ${fn.length} parameters, metadata says ${arity}`);
    byId.set(id, fn as (...args: unknown[]) => unknown);
  };
  const customFunctions: Record<string, unknown> = { associate };
  const context: Record<string, unknown> = { CustomFunctions: customFunctions, console };
  context.self = context;
  context.window = context;
  vm.createContext(context);
  vm.runInContext(script, context, { filename: 'functions.js' });
  Object.assign(customFunctions, { Error: FakeExcelError, ErrorCode: ERROR_CODES });
  Object.freeze(customFunctions);
  return { byId, calls };
}

/** The invocation object Excel passes after the declared arguments. */
export function invocation(id: string): { functionName: string; address: string } {
  return { functionName: `OPSREVIEW.${id}`, address: 'Sheet1!B2' };
}

/** True for what a cell can hold: a number, a string, a boolean or an error object of the runtime's class. */
export function isExcelCell(value: unknown): boolean {
  return (
    (typeof value === 'number' && Number.isFinite(value)) ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    value instanceof FakeExcelError
  );
}
