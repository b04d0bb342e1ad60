import type { FiscalYear } from '../read/WorkbookRead';
import type { Period } from '../read/datasets';

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
}

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
  };
}
