/**
 * The columns users type into and the line-key column that ties each row to its analysis line. Their headers are
 * how a refresh finds previous entries again (see `readPackEntries`), so they are defined once, here.
 */
import type { CommentaryEntry, PackColumn } from './Pack';

/** Header of the column holding each row's line key; how a refresh recognises a keyed table. */
export const LINE_KEY_HEADER = 'Line key';

/** Written on every table whose rows carry entries; hidden on the variance table, shown on retired comments. */
export const LINE_KEY_COLUMN: PackColumn = {
  key: 'lineKey',
  header: LINE_KEY_HEADER,
  kind: 'text',
  width: 30,
  hidden: true,
};

/** One field users fill in against a line. */
export type EntryField = keyof CommentaryEntry;

/** Commentary, Owner, Action and Due, in the order they appear. */
export const EDITABLE_COLUMNS: readonly (PackColumn & { readonly key: EntryField })[] = [
  { key: 'commentary', header: 'Commentary', kind: 'text', width: 34, editable: true },
  { key: 'owner', header: 'Owner', kind: 'text', width: 14, editable: true },
  { key: 'action', header: 'Action', kind: 'text', width: 20, editable: true },
  { key: 'due', header: 'Due', kind: 'date', width: 10, editable: true },
];

/** The keys of the editable columns. */
export const ENTRY_FIELDS: readonly EntryField[] = EDITABLE_COLUMNS.map((c) => c.key);

/** True when nothing was typed in any of the entry's fields. */
export function isEmptyEntry(entry: CommentaryEntry): boolean {
  return ENTRY_FIELDS.every((field) => {
    const value = entry[field];
    return value === null || (typeof value === 'string' && value.trim() === '');
  });
}
