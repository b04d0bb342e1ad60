/**
 * Reads back what users typed into a previous pack: every table with a "Line key" header, every row with a key,
 * the Commentary, Owner, Action and Due cells. Rows are matched by key, not position, so sorting or inserting rows
 * in the pack does not misplace an entry.
 */
import type { CellValue, Grid } from '../grid/Grid';
import { isCellError } from '../grid/Grid';
import type { PackValue, RetiredEntry } from './Pack';
import { EDITABLE_COLUMNS, isEmptyEntry, LINE_KEY_HEADER } from './editableColumns';

function toPackValue(value: CellValue | undefined): PackValue {
  if (value === undefined || value === null) return null;
  // An error value typed in a comment ("#N/A") is kept as the words the user sees.
  if (isCellError(value)) return value.error;
  return value;
}

function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every((v) => v === null || (typeof v === 'string' && v.trim() === ''));
}

/** Every non-empty entry found in `grid`, in sheet order (a key may appear more than once; callers decide). */
export function readPackEntries(grid: Grid): RetiredEntry[] {
  const rows = grid.values;
  const found: RetiredEntry[] = [];
  rows.forEach((header, headerIndex) => {
    const keyColumn = header.findIndex((v) => typeof v === 'string' && v.trim() === LINE_KEY_HEADER);
    if (keyColumn < 0) return;
    const fieldColumns = EDITABLE_COLUMNS.map((c) =>
      header.findIndex((v) => typeof v === 'string' && v.trim() === c.header),
    );
    for (let r = headerIndex + 1; r < rows.length; r += 1) {
      const row = rows[r] ?? [];
      if (isBlankRow(row)) break;
      const key = row[keyColumn];
      if (typeof key !== 'string' || key.trim() === '') continue;
      const [commentary, owner, action, due] = fieldColumns.map((c) => (c < 0 ? null : toPackValue(row[c])));
      const entry: RetiredEntry = { lineKey: key, commentary, owner, action, due };
      if (!isEmptyEntry(entry)) found.push(entry);
    }
  });
  return found;
}
