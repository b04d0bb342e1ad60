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

/** The words that stand for a row's line when its key was cleared: its first text, and where it was. */
function keylessName(row: readonly CellValue[], fieldColumns: readonly number[], rowIndex: number, grid: Grid): string {
  const label = row.find((v, c) => typeof v === 'string' && v.trim() !== '' && !fieldColumns.includes(c));
  const top = Number(/\d+$/.exec(grid.address)?.[0] ?? 1);
  return `${typeof label === 'string' ? `${label.trim()}, ` : ''}row ${top + rowIndex} (its line key was cleared)`;
}

/**
 * Every non-empty entry found in `grid`, in sheet order (a key may appear more than once; callers decide). An entry
 * whose line key was cleared (or whose whole key column was) is still returned, under words naming its row, so it is
 * kept with the retired comments rather than lost.
 */
export function readPackEntries(grid: Grid): RetiredEntry[] {
  const rows = grid.values;
  const found: RetiredEntry[] = [];
  const heading = (v: CellValue) => (typeof v === 'string' ? v.trim() : null);
  rows.forEach((header, headerIndex) => {
    const keyColumn = header.findIndex((v) => heading(v) === LINE_KEY_HEADER);
    const fieldColumns = EDITABLE_COLUMNS.map((c) => header.findIndex((v) => heading(v) === c.header));
    // A pack table's header: its key column, or (the key column cleared) its Commentary and Owner columns.
    if (keyColumn < 0 && (fieldColumns[0] < 0 || fieldColumns[1] < 0)) return;
    for (let r = headerIndex + 1; r < rows.length; r += 1) {
      const row = rows[r] ?? [];
      if (isBlankRow(row)) break;
      const key = keyColumn < 0 ? null : row[keyColumn];
      const [commentary, owner, action, due] = fieldColumns.map((c) => (c < 0 ? null : toPackValue(row[c])));
      const hasKey = typeof key === 'string' && key.trim() !== '';
      const lineKey = hasKey ? key : keylessName(row, fieldColumns, r, grid);
      const entry: RetiredEntry = { lineKey, commentary, owner, action, due };
      if (!isEmptyEntry(entry)) found.push(entry);
    }
  });
  return found;
}
