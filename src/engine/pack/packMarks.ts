/**
 * The mark that tells a pack sheet the add-in created from a user's sheet of the same name: a workbook-scoped
 * defined name per pack sheet, `_OpsReview_variance`, referring to cell A1 of that sheet.
 *
 * Why a defined name: Excel binds it to the sheet itself, not to the sheet's name. Renaming the sheet rewrites the
 * reference; deleting the sheet turns it into `#REF!` for good, and a new sheet given the same name never revives
 * it. It is saved in the file, so Excel, Excel on the web and `ops-review` (ExcelJS) read the same mark. Office.js's
 * `Worksheet.id` would not do: it is stable within a session only and changes when the workbook is reopened
 * (OfficeDev/office-js-docs#297, OfficeDev/office-js#1390).
 */
import type { PackSheetKey } from './Pack';

/** The cell the mark refers to; any single cell would do, and A1 is where every pack sheet starts. */
export const PACK_MARK_CELL = 'A1';

const PREFIX = '_OpsReview_';

/** The defined name that marks the pack sheet `key`. */
export function packMarkName(key: PackSheetKey): string {
  return `${PREFIX}${key}`;
}

/** The mark's reference to `sheetName`, as a defined name stores it ("'OR Variance'!$A$1"). */
export function packMarkReference(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!$A$1`;
}

const REFERENCE = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?[A-Z]{1,3}\$?\d+$/;

/**
 * The sheet a mark refers to, from its reference ("='OR Variance'!$A$1", "Budget!$A$1"); null when the mark is
 * broken (`#REF!`, its sheet was deleted) or is not a single-cell reference, so it marks nothing.
 */
export function packMarkTarget(reference: string): string | null {
  const match = REFERENCE.exec(reference.trim());
  if (!match) return null;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? '');
  // ExcelJS reads Excel's "#REF!$A$1" as a sheet called "#REF": a deleted sheet either way.
  return sheet === '' || sheet.toUpperCase() === '#REF' ? null : sheet;
}
