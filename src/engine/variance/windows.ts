import type { FiscalYear } from '../read/WorkbookRead';
import type { Period } from '../read/datasets';
import { addMonths } from '../period/months';

/** The months each figure of a variance line adds up, for one chosen period. */
export interface Windows {
  readonly period: Period;
  readonly month: readonly Period[];
  /** From the first month of the fiscal quarter through the period. */
  readonly qtd: readonly Period[];
  /** From the first month of the fiscal year through the period. */
  readonly ytd: readonly Period[];
  readonly fullYear: readonly Period[];
  /** The months of the fiscal year after the period, which the outlook estimates. */
  readonly remaining: readonly Period[];
  /**
   * The months before the fiscal year, latest first, as far back as a line's history is followed: made once here
   * rather than counted back month by month for each of thousands of lines.
   */
  readonly earlier: readonly Period[];
}

/** Ten years is more history than any seasonal model needs and bounds the work on odd workbooks. */
const MAX_HISTORY = 120;

/** The month, QTD, YTD, full-year and remaining windows of `period` in its fiscal year. */
export function windowsFor(period: Period, fiscalYear: FiscalYear): Windows {
  const index = fiscalYear.periods.indexOf(period);
  if (index < 0) throw new Error(`windowsFor requires ${period} to be a month of ${fiscalYear.label}`);
  const quarterStart = index - (index % 3);
  return {
    period,
    month: [period],
    qtd: fiscalYear.periods.slice(quarterStart, index + 1),
    ytd: fiscalYear.periods.slice(0, index + 1),
    fullYear: fiscalYear.periods,
    remaining: fiscalYear.periods.slice(index + 1),
    earlier: Array.from({ length: MAX_HISTORY }, (_, i) => addMonths(fiscalYear.periods[0], -(i + 1))),
  };
}
