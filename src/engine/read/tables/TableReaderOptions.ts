import type { Grid } from '../../grid/Grid';
import type { ColumnRole } from '../WorkbookRead';
import type { ReadSink } from '../ReadSink';

/** What every reader of one table's rows is given: the rows, the columns as understood, and where to report. */
export interface TableReaderOptions {
  readonly grid: Grid;
  /** First data row and one past the last, as grid offsets. */
  readonly dataStart: number;
  readonly dataEnd: number;
  readonly columns: readonly ColumnRole[];
  /** Grid column of the table's first column: a column's `index` counts from it. */
  readonly columnStart: number;
  readonly sink: ReadSink;
}

/** The grid column of the first column with one of `roles` (tried in order), or null when the table has none. */
export function roleColumn(
  table: Pick<TableReaderOptions, 'columns' | 'columnStart'>,
  roles: readonly string[],
  skip: number | null = null,
): number | null {
  for (const role of roles) {
    const c = table.columns.find((x) => x.role === role && x.index !== skip);
    if (c) return table.columnStart + c.index;
  }
  return null;
}

/** The month columns of a table with the period each holds. */
export function monthColumns(
  table: Pick<TableReaderOptions, 'columns' | 'columnStart'>,
): { readonly column: number; readonly period: string }[] {
  return table.columns
    .filter((c) => c.role === 'month' && c.period)
    .map((c) => ({ column: table.columnStart + c.index, period: c.period ?? '' }));
}
