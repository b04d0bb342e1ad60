import type { FiscalYear, WorkbookRead } from '../WorkbookRead';
import type { Period } from '../datasets';
import { fiscalLabelYear, fiscalMonthToPeriod, makeFiscalYear } from '../../period/fiscalYear';

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
      const year = fiscalLabelYear(p, startMonth);
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
