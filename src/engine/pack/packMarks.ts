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
import { columnLetters, parseA1 } from '../grid/address';
import type { Grid } from '../grid/Grid';
import type { PackSheetKey } from './Pack';
import type { SheetLayout } from './SheetLayout';

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

/**
 * The second, content mark: text the writer puts into the pack sheet itself, in row 1 of a hidden column just right
 * of everything the layout writes. The defined name says where the pack sheet is; this says the sheet really is one.
 * A name can come to point at a user's sheet (Excel moves it with cell A1 when A1 is cut and pasted elsewhere), but
 * a user's sheet does not hold this text, so it is never taken for a pack sheet.
 */
export function sheetMarkText(key: PackSheetKey): string {
  return `Ops Review pack sheet: ${key}. Do not edit this cell: it tells Ops Review that this sheet is its own.`;
}

/** `layout` with its content mark (see {@link sheetMarkText}) in row 1 of a hidden column right of its used range. */
export function withSheetMark(layout: SheetLayout): SheetLayout {
  if (layout.key === 'runLog') return layout;
  const [from, to] = layout.usedRange.split(':');
  const corner = parseA1(to ?? from ?? 'A1') ?? { row: 0, column: 0 };
  // Right of the charts too: a hidden column under a chart would narrow it.
  const right = Math.max(corner.column, ...layout.charts.map((c) => parseA1(c.to)?.column ?? 0));
  const column = columnLetters(right + 1);
  return {
    ...layout,
    cells: [
      ...layout.cells,
      { range: `${column}1`, values: [[{ text: sheetMarkText(layout.key) }]], numberFormats: [['@']] },
    ],
    columns: [...layout.columns, { column, width: 10, hidden: true }],
    usedRange: `${from ?? 'A1'}:${column}${corner.row + 1}`,
  };
}

/** True when `grid` (a sheet's used range) holds the content mark of the pack sheet `key`. */
export function carriesSheetMark(grid: Grid | null, key: PackSheetKey): boolean {
  const mark = sheetMarkText(key);
  return grid !== null && grid.values.some((row) => row.some((value) => value === mark));
}
