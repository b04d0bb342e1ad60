/**
 * The add-in's register of the pack sheets it created, kept by the engine's run-log layout on the very-hidden
 * `_OpsReview` sheet. It is how the writer knows which sheets it may touch: only those listed there (and the
 * register itself). A sheet called `_OpsReview` that is not very hidden was not made by the add-in (Excel's
 * interface cannot make a sheet very hidden), so it is neither trusted nor touched.
 */
import { readPackRegister, RUN_LOG_SHEET, type RegisteredSheet } from '../../engine/pack/runLogSheet';
import type { ExcelContext } from './ExcelApi';
import { rangeToGrid } from './rangeToGrid';

/** What the register says about the workbook's sheets. */
export interface PackRegister {
  /** The register sheet exists and is the add-in's. */
  readonly trusted: boolean;
  /** A sheet of that name exists but is a user's. */
  readonly squatted: boolean;
  readonly entries: readonly RegisteredSheet[];
  /** Whether the sheet called `name` is one of the add-in's (register listed, or the register itself). */
  owns(name: string): boolean;
}

const fold = (name: string): string => name.toLocaleUpperCase('en');

/** Queues the register read; call the returned function after the next `context.sync()`. */
export function loadPackRegister(context: ExcelContext): () => PackRegister {
  const sheet = context.workbook.worksheets.getItemOrNullObject(RUN_LOG_SHEET).load('visibility');
  const used = sheet.getUsedRangeOrNullObject(true).load('address,values');
  return () => {
    const exists = !sheet.isNullObject;
    const trusted = exists && sheet.visibility === 'VeryHidden';
    const entries =
      trusted && !used.isNullObject
        ? readPackRegister(rangeToGrid(RUN_LOG_SHEET, { address: used.address, values: used.values }))
        : [];
    const owned = new Set(entries.map((e) => fold(e.name)));
    if (trusted) owned.add(fold(RUN_LOG_SHEET));
    return { trusted, squatted: exists && !trusted, entries, owns: (name) => owned.has(fold(name)) };
  };
}
