import type { Grid } from '../../grid/Grid';
import type { ColumnRole } from '../WorkbookRead';
import type { ReadSink } from '../ReadSink';
import { addressAt, cellAt, isBlank } from '../cells/cells';
import type { TableRegion } from '../tables/findTables';
import { headerRole } from '../headers/headerKeywords';
import { parseNumber } from '../cells/parseNumber';

/**
 * Why each left-out column of a finance table was left out, and one warning for those that look like data: a column
 * of numbers whose header is not a total, variance or comment heading (an unreadable month such as "Mrz." typed with a
 * typo, an unnamed column of amounts) would otherwise vanish from the review without a word. Returns the columns with
 * their reasons.
 */
export function leftOutColumns(
  grid: Grid,
  region: TableRegion,
  columns: readonly ColumnRole[],
  sink: ReadSink,
): ColumnRole[] {
  const suspicious: string[] = [];
  let firstCell: string | null = null;
  const explained = columns.map((column) => {
    if (column.role !== 'ignored' || column.reason !== undefined) return column;
    const named = headerRole(column.header) === 'ignored';
    const numbers = numericCells(grid, region, region.columnStart + column.index);
    let reason: string;
    if (named) reason = 'a total, year-to-date or variance column: the review computes these itself';
    else if (/^q[1-4]\b|\bq[1-4]$/i.test(column.header.trim())) reason = 'a quarter total beside the month columns';
    else if (numbers === 0) reason = 'it holds no numbers';
    else {
      reason = 'its header names no month, scenario or column the review reads';
      const where = addressAt(grid, region.headerRow, region.columnStart + column.index);
      firstCell ??= where;
      suspicious.push(column.header === '' ? `${where} (no header)` : `${where} "${column.header}"`);
    }
    return { ...column, reason };
  });
  if (suspicious.length === 0) return explained;
  const many = suspicious.length > 1;
  sink.diagnostics.push({
    severity: 'warning',
    sheet: grid.sheet,
    cell: firstCell,
    code: 'column-left-out',
    message: `Column${many ? 's' : ''} ${suspicious.join(', ')} hold${many ? '' : 's'} numbers but ${many ? 'their headers name' : 'its header names'} no month, scenario or amount, so ${many ? 'they were' : 'it was'} left out; write the month (e.g. "Mar 2026") in the header or set the column's role in the pane.`,
  });
  return explained;
}

function numericCells(grid: Grid, region: TableRegion, column: number): number {
  let count = 0;
  for (let r = region.dataStart; r < Math.min(region.dataEnd, region.dataStart + 200); r++) {
    const value = cellAt(grid, r, column);
    if (isBlank(value)) continue;
    if (parseNumber(value).kind === 'number') count++;
  }
  return count;
}
