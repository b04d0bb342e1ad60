import type { FiscalYear, WorkbookRead } from '../WorkbookRead';
import type { Period } from '../datasets';
import { addMonths } from '../../period/months';
import { formatPeriod, periodParts } from './excelSerial';

/**
 * Fiscal years are named after the calendar year in which they end: with an April start, FY2026 runs from April 2025
 * to March 2026; with a January start FY2026 is calendar 2026.
 */

/** The month `index` (1 = first month of the fiscal year) of the fiscal year labelled `fiscalYear`. */
export function fiscalMonthToPeriod(fiscalYear: number, startMonth: number, index: number): Period {
  const first = startMonth === 1 ? formatPeriod(fiscalYear, 1) : formatPeriod(fiscalYear - 1, startMonth);
  return addMonths(first, index - 1);
}

/** The label year of the fiscal year that contains `period`. */
export function fiscalYearOf(period: Period, startMonth: number): number {
  const { year, month } = periodParts(period);
  return startMonth === 1 || month < startMonth ? year : year + 1;
}

/** The fiscal year labelled `labelYear` ("FY2026") with its twelve months in order. */
export function makeFiscalYear(labelYear: number, startMonth: number): FiscalYear {
  const periods: Period[] = [];
  for (let i = 1; i <= 12; i++) periods.push(fiscalMonthToPeriod(labelYear, startMonth, i));
  return { startMonth, label: `FY${labelYear}`, periods };
}

/**
 * The fiscal year the workbook is about: the one holding most budget months, else most actual months, else most of
 * any period read. Null when nothing carried a period.
 */
export function inferFiscalYear(read: Pick<WorkbookRead, 'facts' | 'kpis'>, startMonth: number): FiscalYear | null {
  // Months are counted first and turned into fiscal years after: a workbook has many facts but few distinct months.
  const budget = new Map<Period, number>();
  const actual = new Map<Period, number>();
  const other = new Map<Period, number>();
  for (const f of read.facts) {
    if (f.scenario === 'budget') count(budget, f.period);
    else if (f.scenario === 'actual') count(actual, f.period);
    count(other, f.period);
  }
  for (const k of read.kpis) for (const v of k.values) count(other, v.period);
  const pick = (periods: ReadonlyMap<Period, number>): number | null => {
    const counts = new Map<number, number>();
    for (const [p, n] of periods) {
      const year = fiscalYearOf(p, startMonth);
      counts.set(year, (counts.get(year) ?? 0) + n);
    }
    let best: number | null = null;
    for (const [year, n] of counts)
      if (best === null || n > (counts.get(best) ?? 0) || (n === counts.get(best) && year > best)) best = year;
    return best;
  };
  const year = pick(budget) ?? pick(actual) ?? pick(other);
  return year === null ? null : makeFiscalYear(year, startMonth);
}

function count(counts: Map<Period, number>, period: Period): void {
  counts.set(period, (counts.get(period) ?? 0) + 1);
}

/** Reads a fiscal-year or calendar-year hint from a title, sheet or table name: "FY26", "FY 2026", "2026". */
export function yearHint(text: string): number | null {
  const fy = /\bFY\s*'?(\d{4}|\d{2})\b/i.exec(text);
  if (fy) return fy[1].length === 2 ? 2000 + Number(fy[1]) : Number(fy[1]);
  const calendar = /\b(19\d{2}|20\d{2})\b/.exec(text);
  return calendar ? Number(calendar[1]) : null;
}

/** The period of a month written without a year, in the fiscal year labelled `labelYear`. */
export function resolveMonthOnly(
  parse: { month: number; fiscalIndex?: true },
  labelYear: number,
  startMonth: number,
): Period {
  const index = parse.fiscalIndex ? parse.month : ((parse.month - startMonth + 12) % 12) + 1;
  return fiscalMonthToPeriod(labelYear, startMonth, index);
}
