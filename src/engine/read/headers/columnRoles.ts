import type { Grid } from '../../grid/Grid';
import type { ColumnRole } from '../WorkbookRead';
import { cellAt, cellText, isBlank } from '../cells/cells';
import type { ReadContext } from '../ReadContext';
import type { Period, Scenario } from '../datasets';
import { resolveMonthOnly } from '../periods/resolveMonthOnly';
import { yearHint } from '../periods/yearHint';
import type { TableRegion } from '../tables/findTables';
import type { HeaderCell } from './headerCells';
import { scenarioIn } from './headerKeywords';

/** Column roles of a region, before the table role is known, plus what the month headers needed. */
export interface ColumnReading {
  readonly columns: ColumnRole[];
  /** Set when month names had no year and none could be found: the months are left unread. */
  readonly missingYear: boolean;
}

/**
 * Understands each column of a table: keyword columns keep their role, period headers become "month" columns with
 * their period (and scenario when the header or a band row above names one), quarter columns beside month columns are
 * totals and ignored, and unnamed columns are judged by their values (codes, labels).
 */
export function readColumnRoles(
  grid: Grid,
  region: TableRegion,
  context: ReadContext,
  extraHints: readonly string[],
): ColumnReading {
  const byColumn = new Map<number, HeaderCell>(region.profile.cells.map((c) => [c.column, c]));
  const hasMonths = region.profile.cells.some((c) => c.period && c.period.kind !== 'quarter');
  const monthOnly = region.profile.cells.filter((c) => c.period?.kind === 'monthOnly');
  const year = monthOnly.length > 0 ? findYear(region, extraHints, context) : null;
  const columns: ColumnRole[] = [];
  let band: Scenario | null = null;
  for (let c = region.columnStart; c < region.columnEnd; c++) {
    const index = c - region.columnStart;
    if (region.bandRow !== null) {
      const above = cellAt(grid, region.bandRow, c);
      if (!isBlank(above)) band = scenarioIn(cellText(above));
    }
    const cell = byColumn.get(c);
    if (!cell) {
      columns.push({ index, header: '', role: unnamedRole(grid, region, c) });
      continue;
    }
    const period = cell.period;
    if (period) {
      if (period.kind === 'quarter' && hasMonths) {
        columns.push({ index, header: cell.text, role: 'ignored' });
        continue;
      }
      const resolved: Period | null =
        period.kind === 'monthOnly'
          ? year === null
            ? null
            : resolveMonthOnly(period, year, context.fiscalYearStartMonth)
          : period.period;
      const scenario = cell.scenario ?? band;
      if (resolved === null) columns.push({ index, header: cell.text, role: 'ignored' });
      else
        columns.push({ index, header: cell.text, role: 'month', period: resolved, ...(scenario ? { scenario } : {}) });
      continue;
    }
    const scenarioColumn = cell.role === null || cell.role === 'amount' ? scenarioIn(cell.text) : null;
    if (scenarioColumn) {
      // "Budget" / "Actual" columns of a long table hold amounts of that scenario; beside month columns, a "Budget FY"
      // or "Actual YTD" column is a total, and a variance column is a result.
      const total = hasMonths || /\b(?:var|variance|vs|diff|%)/i.test(cell.text);
      columns.push(
        total
          ? { index, header: cell.text, role: 'ignored' }
          : { index, header: cell.text, role: 'amount', scenario: scenarioColumn },
      );
      continue;
    }
    columns.push({ index, header: cell.text, role: cell.role ?? unnamedRole(grid, region, c, cell.text) });
  }
  return { columns, missingYear: monthOnly.length > 0 && year === null };
}

/** The fiscal year label for month names without a year: title rows, then sheet or table name, then the workbook. */
function findYear(region: TableRegion, extraHints: readonly string[], context: ReadContext): number | null {
  for (const text of [...region.titles, ...extraHints]) {
    const year = yearHint(text);
    if (year !== null) return year;
  }
  return context.fiscalYearHint;
}

/** Judges a column whose header is blank or unknown by its values: codes, labels or numbers. */
function unnamedRole(grid: Grid, region: TableRegion, column: number, header = ''): string {
  let codes = 0;
  let texts = 0;
  let alone = 0;
  let numbers = 0;
  for (let r = region.dataStart; r < region.dataEnd; r++) {
    const value = cellAt(grid, r, column);
    if (isBlank(value)) continue;
    const text = cellText(value);
    if (/^\d{3,8}(?:[-.]\d{1,4})?$/.test(text)) codes++;
    else if (typeof value === 'string' && /[A-Za-z]/.test(text)) {
      texts++;
      if ((grid.values[r] ?? []).filter((v) => !isBlank(v)).length === 1) alone++;
    } else numbers++;
  }
  if (codes > 0 && codes >= texts && codes >= numbers) return header === '' ? 'accountCode' : 'ignored';
  // Text standing alone on its row is an outline column of section headings ("Revenue") left of the account names.
  if (texts > 0 && alone * 2 >= texts && header === '') return 'outline';
  if (texts > 0 && texts >= numbers) return header === '' ? 'label' : 'dimension';
  return 'ignored';
}
