/**
 * A deterministic fingerprint of a source grid for the run log: equal values give equal fingerprints on every
 * host, so a reviewer can tell whether the pack was built from the tables now in the workbook.
 */
import type { CellValue, Grid } from '../grid/Grid';
import { isCellError } from '../grid/Grid';
import { gridWidth } from '../grid/gridWidth';
import type { SourceFingerprint } from './Pack';
import { Sha256 } from './sha256';

/**
 * A cell as tagged text, so 1 and "1", TRUE and "TRUE", #N/A and "#N/A" differ. Trailing empty cells of a row are
 * dropped, because hosts disagree about how far a used range reaches.
 */
function canonicalRow(row: readonly CellValue[]): string {
  const cells = row.map((v) => {
    if (v === null) return '';
    if (typeof v === 'number') return `n${String(v)}`;
    if (typeof v === 'boolean') return v ? 'bT' : 'bF';
    if (isCellError(v)) return `e${v.error}`;
    return `s${JSON.stringify(v)}`;
  });
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells.join('\t');
}

/** Fingerprint of a grid's address and values (number formats and formulas left out: they do not change figures). */
export function fingerprintGrid(grid: Grid): SourceFingerprint {
  // The hash of the address, a newline and the rows' text joined by newlines, less trailing empty rows: fed row by
  // row, so a million-row ledger is never one string.
  let rows = grid.values.length;
  while (rows > 0 && canonicalRow(grid.values[rows - 1]) === '') rows -= 1;
  const hash = new Sha256().update(`${grid.address}\n`);
  for (let r = 0; r < rows; r += 1) {
    if (r > 0) hash.update('\n');
    hash.update(canonicalRow(grid.values[r]));
  }
  const source = grid.tableName ?? (grid.address === 'A1' ? grid.sheet : `${grid.sheet}!${grid.address}`);
  return { source, fingerprint: hash.hex().slice(0, 16), rows, columns: gridWidth(grid.values) };
}
