/**
 * How the settings JSON is stored in a workbook, the same for the add-in and `ops-review`, so that a workbook carries
 * one copy both can read: as text in column A of a very hidden sheet, one cell-sized piece a row.
 */

/** The very hidden sheet that holds the settings JSON; table reading skips it. */
export const SETTINGS_SHEET = '_OpsReviewSettings';

/** Characters per cell, below Excel's limit of 32,767 characters in one cell. */
const CELL_CHARS = 32_000;

/** `json` cut into pieces that each fit in one cell, top to bottom; never inside a surrogate pair. */
export function settingsChunks(json: string): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < json.length;) {
    let end = Math.min(json.length, start + CELL_CHARS);
    // Half of a surrogate pair is a character no workbook can store.
    if (end < json.length && /[\uD800-\uDBFF]/.test(json.charAt(end - 1))) end -= 1;
    chunks.push(json.slice(start, end));
    start = end;
  }
  return chunks;
}
