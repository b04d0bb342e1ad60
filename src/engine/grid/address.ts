/** Converts between zero-based (row, column) offsets and A1 addresses. */

export function columnLetters(columnIndex: number): string {
  let n = columnIndex + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export interface CellPosition {
  /** Zero-based row index on the sheet (row 1 in Excel is 0). */
  readonly row: number;
  /** Zero-based column index on the sheet (column A is 0). */
  readonly column: number;
}

/** Parses "B3" (also "$B$3") into zero-based sheet coordinates; returns null for anything else. */
export function parseA1(address: string): CellPosition | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return null;
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}

export function toA1(position: CellPosition): string {
  return `${columnLetters(position.column)}${position.row + 1}`;
}

/** The A1 address of the cell at (rowOffset, columnOffset) inside a grid whose top-left cell is `origin`. */
export function offsetA1(origin: string, rowOffset: number, columnOffset: number): string {
  const base = parseA1(origin) ?? { row: 0, column: 0 };
  return toA1({ row: base.row + rowOffset, column: base.column + columnOffset });
}
