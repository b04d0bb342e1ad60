import type { Grid } from '../../grid/Grid';
import { cellAt, cellText, gridWidth, isBlank, isBlankRow } from '../cells/cells';
import type { RowProfile } from '../headers/headerCells';
import { looksLikeHeader, plainNumbers, profileRow } from '../headers/headerCells';
import { scenarioIn } from '../headers/headerKeywords';

/** A table found inside a grid, in grid offsets. */
export interface TableRegion {
  /** Offset of the header row (the row with the column names or months). */
  readonly headerRow: number;
  /** Offset of a scenario row above the header ("Budget" over the months), or null. */
  readonly bandRow: number | null;
  /** First row after the header, and one past the last row that belongs to the table. */
  readonly dataStart: number;
  readonly dataEnd: number;
  /** Column range [columnStart, columnEnd). */
  readonly columnStart: number;
  readonly columnEnd: number;
  /** Text of the title rows above the header (company, "Budget FY26", "$000"): hints for scenario and year. */
  readonly titles: readonly string[];
  /** Offsets of those title and blank rows above the header, listed as excluded "header" rows. */
  readonly titleRows: readonly number[];
  readonly profile: RowProfile;
}

/**
 * Finds the tables of a grid: each starts at a header row found below title and blank rows and runs to the next
 * table's title block or the end. An Excel Table (ListObject) grid is one table whose first row is the header.
 */
export function findTables(grid: Grid, fiscalYearStartMonth: number): TableRegion[] {
  const width = gridWidth(grid);
  const headers: { row: number; profile: RowProfile }[] = [];
  if (grid.tableName !== undefined && grid.values.length > 0) {
    headers.push({ row: 0, profile: profileRow(grid, 0, fiscalYearStartMonth, width) });
  } else {
    for (let r = 0; r < grid.values.length; r++) {
      // Two plain numbers rule a header out (see looksLikeHeader), and below a first header one does (see
      // startsAnotherTable): data rows, a ledger's included, skip the full profile.
      const numbers = plainNumbers(grid, r, width);
      if (numbers > 1 || (numbers > 0 && headers.length > 0)) continue;
      const profile = profileRow(grid, r, fiscalYearStartMonth, width);
      if (!looksLikeHeader(profile) || !hasDataBelow(grid, r)) continue;
      const previous = headers[headers.length - 1];
      // A second header starts a new table after a blank row and at most a title line or two; inside a table it must
      // name two columns to count, so a data row that happens to hold one keyword does not split the table.
      if (previous && !startsAnotherTable(grid, r, previous.row, profile)) continue;
      if (previous && r === previous.row + 1) continue;
      headers.push({ row: r, profile });
    }
  }
  const regions: TableRegion[] = [];
  let cursor = 0;
  headers.forEach((header, i) => {
    const next = headers[i + 1]?.row ?? grid.values.length;
    const end = i + 1 < headers.length ? titleBlockStart(grid, next, header.row + 1) : next;
    const periodColumns = header.profile.cells.filter((c) => c.period !== null).map((c) => c.column);
    const bandRow = header.row > cursor && isBandRow(grid, header.row - 1, periodColumns) ? header.row - 1 : null;
    const titleRows: number[] = [];
    const titles: string[] = [];
    for (let r = cursor; r < header.row; r++) {
      titleRows.push(r);
      const text = (grid.values[r] ?? [])
        .filter((v) => !isBlank(v))
        .map(cellText)
        .join(' ');
      if (text) titles.push(text);
    }
    const columns = header.profile.cells.map((c) => c.column);
    const labelColumn = firstDataColumn(grid, header.row + 1, end, width);
    regions.push({
      headerRow: header.row,
      bandRow,
      dataStart: header.row + 1,
      dataEnd: end,
      columnStart: Math.min(columns[0] ?? 0, labelColumn),
      columnEnd: Math.max((columns[columns.length - 1] ?? 0) + 1, 1),
      titles,
      titleRows,
      profile: header.profile,
    });
    cursor = end;
  });
  return regions;
}

/**
 * A header row below an earlier table starts another table only if it is unmistakable: no amounts, three or more
 * column names and months, and a blank row above it (or two column names). A data row whose department happens to be
 * a column word ("Warehouse") must not split a table.
 */
function startsAnotherTable(grid: Grid, row: number, previousHeader: number, profile: RowProfile): boolean {
  if (profile.numbers > 0 || profile.keywords + profile.periods < 3) return false;
  return blankJustAbove(grid, row, previousHeader) || profile.keywords >= 2;
}

function blankJustAbove(grid: Grid, row: number, floor: number): boolean {
  for (let r = row - 1; r > floor && r >= row - 3; r--) {
    if (isBlankRow(grid, r)) return true;
    if (nonBlankCount(grid, r) > 1) return false;
  }
  return false;
}

function hasDataBelow(grid: Grid, row: number): boolean {
  for (let r = row + 1; r < Math.min(grid.values.length, row + 4); r++) if (!isBlankRow(grid, r)) return true;
  return false;
}

/** Walks up from the next header over its title lines (one labelled cell each) and the blank rows before them. */
function titleBlockStart(grid: Grid, nextHeader: number, floor: number): number {
  let r = nextHeader;
  while (r - 1 >= floor && !isBlankRow(grid, r - 1) && nonBlankCount(grid, r - 1) === 1) r--;
  while (r - 1 >= floor && isBlankRow(grid, r - 1)) r--;
  return r;
}

function nonBlankCount(grid: Grid, row: number): number {
  return (grid.values[row] ?? []).filter((v) => !isBlank(v)).length;
}

/** A row of scenario names over the month columns, e.g. "Budget" merged over Jan-Dec and "Actual" over the next. */
function isBandRow(grid: Grid, row: number, periodColumns: readonly number[]): boolean {
  if (periodColumns.length === 0) return false;
  const first = periodColumns[0];
  const last = periodColumns[periodColumns.length - 1];
  const row_ = grid.values[row] ?? [];
  let scenarios = 0;
  for (let c = 0; c < row_.length; c++) {
    const value = row_[c];
    if (isBlank(value)) continue;
    const isScenario = scenarioIn(cellText(value)) !== null;
    if (c < first) continue;
    if (c > last || !isScenario) return false;
    scenarios++;
  }
  return scenarios >= 1;
}

function firstDataColumn(grid: Grid, from: number, to: number, width: number): number {
  let first = width;
  for (let r = from; r < to; r++) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < Math.min(row.length, first); c++) {
      if (!isBlank(cellAt(grid, r, c))) {
        first = c;
        break;
      }
    }
  }
  return first;
}
