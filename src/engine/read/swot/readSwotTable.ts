import type { Grid } from '../../grid/Grid';
import type { ColumnRole } from '../WorkbookRead';
import { cellAt, cellText, excelRow, isBlank, isBlankRow } from '../cells/cells';
import type { ReadSink } from '../context';
import type { SwotCategory, SwotRecord } from '../datasets';
import { swotLetter } from '../tables/detectRole';
import { isFootnote, summaryKind, totalKind } from '../tables/rowLabels';
import { TableCells } from '../cells/tableCells';

/**
 * Reads a SWOT table. Three shapes: a category column (S/W/O/T in letters or words); heading rows ("Strengths") above
 * their factors; or four quadrant columns headed Strengths, Weaknesses, Opportunities, Threats with a factor per cell.
 */
export function readSwotTable(
  grid: Grid,
  from: number,
  to: number,
  columns: readonly ColumnRole[],
  columnStart: number,
  categoryIndex: number | null,
  sink: ReadSink,
): SwotRecord[] {
  const cells = new TableCells(grid, sink);
  const quadrants = columns.filter((c) => c.role === 'quadrant' && swotLetter(c.header) !== null);
  const out =
    quadrants.length >= 3 && categoryIndex === null
      ? readQuadrants(grid, from, to, quadrants, columnStart, cells, sink)
      : readRows(grid, from, to, columns, columnStart, categoryIndex, cells, sink);
  cells.finish();
  return out;
}

function readRows(
  grid: Grid,
  from: number,
  to: number,
  columns: readonly ColumnRole[],
  columnStart: number,
  categoryIndex: number | null,
  cells: TableCells,
  sink: ReadSink,
): SwotRecord[] {
  const col = (...roles: string[]): number | null => {
    for (const role of roles) {
      const c = columns.find((x) => x.role === role && x.index !== categoryIndex);
      if (c) return columnStart + c.index;
    }
    return null;
  };
  const factor = col('factor', 'account', 'label', 'kpi', 'objective', 'dimension');
  const category = categoryIndex === null ? null : columnStart + categoryIndex;
  const out: SwotRecord[] = [];
  let heading: SwotCategory | null = null;
  for (let r = from; r < to; r++) {
    const sheet = grid.sheet;
    if (isBlankRow(grid, r)) {
      sink.excludedRows.push({ sheet, row: excelRow(grid, r), reason: 'blank' });
      continue;
    }
    const name = cells.text(r, factor);
    const categoryText = cells.text(r, category);
    const others = columns.some(
      (c) => columnStart + c.index !== factor && !isBlank(cellAt(grid, r, columnStart + c.index)),
    );
    if (name !== null && !others && swotLetter(name)) {
      heading = swotLetter(name);
      sink.excludedRows.push({
        sheet,
        row: excelRow(grid, r),
        reason: 'section',
        detail: `SWOT heading: ${name}`,
        label: name,
      });
      continue;
    }
    if (name === null) {
      sink.excludedRows.push({ sheet, row: excelRow(grid, r), reason: 'section', detail: 'no factor' });
      continue;
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
      continue;
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
      continue;
    }
    out.push({
      factor: name,
      category: letter,
      weight: cells.number(r, col('weight'), `the weight of ${name}`),
      rating: cells.number(r, col('rating'), `the rating of ${name}`),
      owner: cells.text(r, col('owner')),
      notes: cells.text(r, col('notes')),
      source: { sheet, cell: cells.address(r, factor ?? columnStart) },
    });
  }
  return out;
}

function readQuadrants(
  grid: Grid,
  from: number,
  to: number,
  quadrants: readonly ColumnRole[],
  columnStart: number,
  cells: TableCells,
  sink: ReadSink,
): SwotRecord[] {
  const out: SwotRecord[] = [];
  for (let r = from; r < to; r++) {
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
