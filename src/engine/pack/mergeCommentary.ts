/**
 * Carries user entries from a previous pack into a new one. Pure, and it never drops an entry: an entry whose line
 * is still there goes back on its row; one whose line disappeared (or a second, different entry for the same line)
 * goes to the "Retired comments" block, where the user can still read, edit or delete it.
 */
import type { CommentaryEntry, PackRow, RetiredEntry } from './Pack';
import { ENTRY_FIELDS } from './editableColumns';

/** The rows with their entries, and the entries no row claimed. */
export interface MergedCommentary {
  /** The new rows, each keyed row carrying its previous entry. */
  readonly rows: PackRow[];
  readonly retired: RetiredEntry[];
  /** How many entries went back on a row. */
  readonly kept: number;
}

function sameEntry(a: CommentaryEntry, b: CommentaryEntry): boolean {
  return ENTRY_FIELDS.every((field) => a[field] === b[field]);
}

/**
 * Puts each previous entry on the new row with the same line key; returns the rows and the entries left over.
 * `previous` is what `readPackEntries` read (retired entries of the earlier pack included, so a line that
 * comes back gets its comment back).
 */
export function mergeCommentary(previous: readonly RetiredEntry[], rows: readonly PackRow[]): MergedCommentary {
  const rowKeys = new Set(rows.flatMap((row) => (row.key === undefined ? [] : [row.key])));
  const placed = new Map<string, RetiredEntry>();
  const retired: RetiredEntry[] = [];
  for (const entry of previous) {
    const already = placed.get(entry.lineKey);
    if (!rowKeys.has(entry.lineKey)) {
      if (!retired.some((r) => r.lineKey === entry.lineKey && sameEntry(r, entry))) retired.push(entry);
    } else if (already === undefined) {
      placed.set(entry.lineKey, entry);
    } else if (!sameEntry(already, entry)) {
      retired.push(entry);
    }
  }
  const merged = rows.map((row) => {
    const entry = row.key === undefined ? undefined : placed.get(row.key);
    if (entry === undefined) return row;
    const values = { ...row.values };
    for (const field of ENTRY_FIELDS) values[field] = entry[field];
    return { ...row, values };
  });
  return { rows: merged, retired, kept: placed.size };
}
