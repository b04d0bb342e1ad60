/**
 * The add-in's register of the pack sheets it created, kept by the engine's run-log layout on the very-hidden
 * `_OpsReview` sheet, and the mark of each pack sheet (a workbook-scoped defined name bound to the sheet, see
 * `packMarks.ts`). A sheet is the add-in's only when the register lists its key, the key's mark refers to it and it
 * holds the key's content mark, so a user's sheet that merely has a registered name, or that a mark came to point
 * at, is neither read as the pack nor written. A sheet called
 * `_OpsReview` that is not very hidden was not made by the add-in (Excel's interface cannot make a sheet very hidden),
 * so it is neither trusted nor touched.
 */
import {
  PACK_SHEET_KEYS,
  packMarkName,
  packMarkTarget,
  type PackSheetKey,
  readPackRegister,
  type RegisteredSheet,
  RUN_LOG_SHEET,
} from '../../engine';
import type { ExcelContext } from './ExcelApi';
import { rangeToGrid } from './rangeToGrid';

/** What the register and the marks say about the workbook's sheets. */
export interface PackRegister {
  /** The register sheet exists and is the add-in's. */
  readonly trusted: boolean;
  /** A sheet of that name exists but is a user's. */
  readonly squatted: boolean;
  readonly entries: readonly RegisteredSheet[];
  /** The sheet each key's mark refers to now; keys whose mark is missing or broken are left out. */
  readonly marked: ReadonlyMap<PackSheetKey, string>;
  /** Keys whose mark name exists, broken or not: a writer must delete it before adding it again. */
  readonly markExists: ReadonlySet<PackSheetKey>;
  /**
   * The pack sheet key the register and its mark give the sheet called `name`, if any. Not proof on its own: the
   * sheet must also hold that key's content mark (`carriesSheetMark`).
   */
  keyOf(name: string): PackSheetKey | undefined;
}

const fold = (name: string): string => name.toLocaleUpperCase('en');

/** Queues the register and mark reads; call the returned function after the next `context.sync()`. */
export function loadPackRegister(context: ExcelContext): () => PackRegister {
  const sheet = context.workbook.worksheets.getItemOrNullObject(RUN_LOG_SHEET).load('visibility');
  const used = sheet.getUsedRangeOrNullObject(true).load('address,values');
  const marks = PACK_SHEET_KEYS.map((key) => ({
    key,
    item: context.workbook.names.getItemOrNullObject(packMarkName(key)).load('formula'),
  }));
  return () => {
    const exists = !sheet.isNullObject;
    const trusted = exists && sheet.visibility === 'VeryHidden';
    const entries =
      trusted && !used.isNullObject
        ? readPackRegister(rangeToGrid(RUN_LOG_SHEET, { address: used.address, values: used.values }))
        : [];
    const marked = new Map<PackSheetKey, string>();
    const markExists = new Set<PackSheetKey>();
    for (const { key, item } of marks) {
      if (item.isNullObject) continue;
      markExists.add(key);
      const target = typeof item.formula === 'string' ? packMarkTarget(item.formula) : null;
      if (target !== null) marked.set(key, target);
    }
    const owned = new Map<string, PackSheetKey>();
    for (const entry of entries) {
      const target = marked.get(entry.key);
      if (target !== undefined && !owned.has(fold(target))) owned.set(fold(target), entry.key);
    }
    return {
      trusted,
      squatted: exists && !trusted,
      entries,
      marked,
      markExists,
      keyOf: (name) => owned.get(fold(name)),
    };
  };
}
