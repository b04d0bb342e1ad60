import type { FiscalYear, WorkbookRead } from '../WorkbookRead';
import type { Period } from '../datasets';
import { fiscalLabelYear, makeFiscalYear } from '../../period/fiscalYear';

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
