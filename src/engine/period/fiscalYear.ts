import type { Period } from '../read/datasets';
import type { FiscalYear } from '../read/WorkbookRead';
import { addMonths, periodOf, periodParts } from './months';

/**
 * Fiscal years are named after the calendar year in which they end: with an April start, FY2026 runs from April 2025
 * to March 2026; with a January start FY2026 is calendar 2026. Every rule about which fiscal year a month belongs to
 * lives here, so the reader that infers the workbook's year and the variance windows cannot disagree.
 */

/** The month `index` (1 = first month of the fiscal year) of the fiscal year labelled `labelYear`. */
export function fiscalMonthToPeriod(labelYear: number, startMonth: number, index: number): Period {
  const first = startMonth === 1 ? periodOf(labelYear, 1) : periodOf(labelYear - 1, startMonth);
  return addMonths(first, index - 1);
}

/** The year in the label of the fiscal year that contains `period`: 2026 for February 2026 with an April start. */
export function fiscalLabelYear(period: Period, startMonth: number): number {
  const { year, month } = periodParts(period);
  return startMonth === 1 || month < startMonth ? year : year + 1;
}

/** The fiscal year labelled `labelYear` ("FY2026") with its twelve months in order. */
export function makeFiscalYear(labelYear: number, startMonth: number): FiscalYear {
  const periods: Period[] = [];
  for (let i = 1; i <= 12; i++) periods.push(fiscalMonthToPeriod(labelYear, startMonth, i));
  return { startMonth, label: `FY${labelYear}`, periods };
}

/** The fiscal year starting in `startMonth` (1 = January) that contains `period`, with its twelve months. */
export function fiscalYearOf(period: Period, startMonth: number): FiscalYear {
  return makeFiscalYear(fiscalLabelYear(period, startMonth), startMonth);
}
