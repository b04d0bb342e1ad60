import type { ColumnRole } from '../WorkbookRead';
import { cellAt, cellText, excelRow, isBlank, isBlankRow } from '../cells/cells';
import type { TableReaderOptions } from '../tables/TableReaderOptions';
import { roleColumn } from '../tables/TableReaderOptions';
import type { SwotCategory, SwotRecord } from '../datasets';
import { swotLetter } from '../tables/detectRole';
import { isFootnote, summaryKind, totalKind } from '../tables/rowLabels';
import { TableCells } from '../cells/tableCells';

/** Options of {@link readSwotTable}. */
export interface SwotTableOptions extends TableReaderOptions {
  /** Index (in `columns`) of the column holding S/W/O/T categories, or null when the table has none. */
  readonly categoryIndex: number | null;
}

/**
 * Reads a SWOT table. Three shapes: a category column (S/W/O/T in letters or words); heading rows ("Strengths") above
 * their factors; or four quadrant columns headed Strengths, Weaknesses, Opportunities, Threats with a factor per cell.
 */
export function readSwotTable(options: SwotTableOptions): SwotRecord[] {
  const cells = new TableCells(options.grid, options.sink);
  const quadrants = options.columns.filter((c) => c.role === 'quadrant' && swotLetter(c.header) !== null);
  const out =
    quadrants.length >= 3 && options.categoryIndex === null
      ? readQuadrants(options, quadrants, cells)
      : readRows(options, cells);
  cells.finish();
  return out;
}

/** A row of a category or headed SWOT table: a heading, a summary or footnote, a factor, or a row left out. */
type SwotRow =
  | { readonly kind: 'heading'; readonly letter: SwotCategory }
  | { readonly kind: 'factor'; readonly record: SwotRecord }
  | { readonly kind: 'skipped' };

/** One category or headed SWOT table being read: its options, the cells reader and the column of each role. */
interface SwotRows {
  readonly options: SwotTableOptions;
  readonly cells: TableCells;
  /** The grid column of the first of these roles the table has, the category column apart. */
  readonly col: (...roles: string[]) => number | null;
  readonly factor: number | null;
  readonly category: number | null;
}

function readRows(options: SwotTableOptions, cells: TableCells): SwotRecord[] {
  const col = (...roles: string[]): number | null => roleColumn(options, roles, options.categoryIndex);
  const table: SwotRows = {
    options,
    cells,
    col,
    factor: col('factor', 'account', 'label', 'kpi', 'objective', 'dimension'),
    category: options.categoryIndex === null ? null : options.columnStart + options.categoryIndex,
  };
  const out: SwotRecord[] = [];
  let heading: SwotCategory | null = null;
  for (let r = options.dataStart; r < options.dataEnd; r++) {
    const row = readRow(table, r, heading);
    if (row.kind === 'heading') heading = row.letter;
    else if (row.kind === 'factor') out.push(row.record);
  }
  return out;
}

function readRow(table: SwotRows, r: number, heading: SwotCategory | null): SwotRow {
  const { grid, columns, columnStart, sink } = table.options;
  const { cells, col, factor, category } = table;
  const sheet = grid.sheet;
  if (isBlankRow(grid, r)) {
    sink.excludedRows.push({ sheet, row: excelRow(grid, r), reason: 'blank' });
    return { kind: 'skipped' };
  }
  const name = cells.text(r, factor);
  const categoryText = cells.text(r, category);
  const others = columns.some(
    (c) => columnStart + c.index !== factor && !isBlank(cellAt(grid, r, columnStart + c.index)),
  );
  const headingLetter = name !== null && !others ? swotLetter(name) : null;
  if (name !== null && headingLetter !== null) {
    sink.excludedRows.push({
      sheet,
      row: excelRow(grid, r),
      reason: 'section',
      detail: `SWOT heading: ${name}`,
      label: name,
    });
    return { kind: 'heading', letter: headingLetter };
  }
  if (name === null) {
    sink.excludedRows.push({ sheet, row: excelRow(grid, r), reason: 'section', detail: 'no factor' });
    return { kind: 'skipped' };
  }
  const given = categoryText === null ? null : swotLetter(categoryText);
  // "Total weighted score - internal (IFE)" under the factors is the table's total, not a factor without a category.
  // Score words ("Average", "IFE score") count only on a row without a rating: a factor may start with them.
  const rated = !isBlank(cellAt(grid, r, col('rating') ?? -1));
  const summary = given === null ? (totalKind(name) ?? (rated ? null : summaryKind(name))) : null;
  if (summary !== null || (given === null && categoryText === null && heading === null && isFootnote(name))) {
    sink.excludedRows.push({
      sheet,
      row: excelRow(grid, r),
      reason: summary ?? 'section',
      detail: summary === null ? 'footnote' : 'summary row of the SWOT table',
      label: name,
    });
    return { kind: 'skipped' };
  }
  const letter = categoryText === null ? heading : given;
  if (letter === null) {
    const cell = cells.address(r, category ?? factor ?? columnStart);
    sink.diagnostics.push({
      severity: 'error',
      sheet,
      cell,
      code: 'swot-category',
      message: `${name}: ${categoryText === null ? 'no SWOT category given' : `category "${categoryText}" is not Strength, Weakness, Opportunity or Threat`} (${cell}); the factor was left out.`,
    });
    return { kind: 'skipped' };
  }
  const record: SwotRecord = {
    factor: name,
    category: letter,
    weight: cells.number(r, col('weight'), `the weight of ${name}`),
    rating: cells.number(r, col('rating'), `the rating of ${name}`),
    owner: cells.text(r, col('owner')),
    notes: cells.text(r, col('notes')),
    source: { sheet, cell: cells.address(r, factor ?? columnStart) },
  };
  return { kind: 'factor', record };
}

function readQuadrants(options: SwotTableOptions, quadrants: readonly ColumnRole[], cells: TableCells): SwotRecord[] {
  const { grid, columnStart, sink } = options;
  const out: SwotRecord[] = [];
  for (let r = options.dataStart; r < options.dataEnd; r++) {
    if (isBlankRow(grid, r)) sink.excludedRows.push({ sheet: grid.sheet, row: excelRow(grid, r), reason: 'blank' });
    for (const q of quadrants) {
      const column = columnStart + q.index;
      const text = cellText(cellAt(grid, r, column));
      const letter = swotLetter(q.header);
      if (text === '' || letter === null) continue;
      out.push({
        factor: text,
        category: letter,
        weight: null,
        rating: null,
        owner: null,
        notes: null,
        source: { sheet: grid.sheet, cell: cells.address(r, column) },
      });
    }
  }
  return out;
}
