import type { Diagnostic } from '../diagnostics';
import type { Period } from '../read/datasets';
import type { FiscalYear, WorkbookRead } from '../read/WorkbookRead';
import { periodLabel } from '../period/periodLabel';
import { fiscalYearOf } from '../period/fiscalYear';

/** The review period, its fiscal year, and what the user should know about the choice. */
export interface ChosenPeriod {
  readonly period: Period;
  readonly fiscalYear: FiscalYear;
  readonly diagnostics: Diagnostic[];
}

/** The sheet workbook-wide diagnostics point at: the first finance table's, else the first table's. */
export function mainSheet(read: WorkbookRead): string {
  return (read.tables.find((table) => table.role === 'finance') ?? read.tables[0])?.sheet ?? '';
}

/**
 * The requested period, else the last month with actuals, else the first month of the workbook's fiscal year;
 * the fiscal year is the one (with the workbook's start month) that contains it.
 */
export function choosePeriod(read: WorkbookRead, requested: Period | undefined): ChosenPeriod {
  const diagnostics: Diagnostic[] = [];
  const sheet = mainSheet(read);
  let period = requested ?? read.lastActualPeriod;
  if (period === null) {
    period = read.fiscalYear.periods[0];
    diagnostics.push({
      severity: 'warning',
      sheet,
      cell: null,
      message: `No actual amounts were found, so the review is for ${periodLabel(period)} with all actuals counted as 0.`,
      code: 'no-actuals',
    });
  } else if (requested !== undefined && read.lastActualPeriod !== null && requested > read.lastActualPeriod) {
    diagnostics.push({
      severity: 'warning',
      sheet,
      cell: null,
      message: `There are no actuals for ${periodLabel(requested)} yet (the last month with actuals is ${periodLabel(read.lastActualPeriod)}); missing actuals count as 0.`,
      code: 'period-after-actuals',
    });
  }
  const fiscalYear = read.fiscalYear.periods.includes(period)
    ? read.fiscalYear
    : fiscalYearOf(period, read.fiscalYear.startMonth);
  return { period, fiscalYear, diagnostics };
}
