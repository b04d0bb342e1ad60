/**
 * The length of the longest row: a grid's width, whose rows may be ragged. A loop rather than `Math.max(...rows)`,
 * which passes every row as an argument and overflows the call stack past about 120,000 rows.
 */
export function gridWidth(rows: readonly (readonly unknown[])[]): number {
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  return width;
}
