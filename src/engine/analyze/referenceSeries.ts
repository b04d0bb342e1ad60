import type { FinanceFact, Period } from '../read/datasets';
import type { WorkbookRead } from '../read/WorkbookRead';
import { addMonths } from '../period/months';
import { fiscalYearOf } from '../period/fiscalYear';

const normalise = (text: string): string => text.trim().toLowerCase();

const names = (fact: FinanceFact, wanted: string): boolean =>
  normalise(fact.account) === wanted || (fact.accountCode !== null && normalise(fact.accountCode) === wanted);

/**
 * Monthly values aligned to fiscal years: element 0 is the first month of the fiscal year holding the earliest
 * value, months without a value are null, and the series ends at the latest value.
 */
function aligned(values: ReadonlyMap<Period, number>, startMonth: number): (number | null)[] {
  const periods = [...values.keys()].sort();
  if (periods.length === 0) return [];
  const series: (number | null)[] = [];
  const last = periods[periods.length - 1];
  for (let month = fiscalYearOf(periods[0], startMonth).periods[0]; month <= last; month = addMonths(month, 1)) {
    series.push(values.get(month) ?? null);
  }
  return series;
}

/**
 * The lookup goal phasing uses for seasonal profiles: the monthly history of the KPI, else the account (prior-year
 * and actual figures over all departments, falling back to budget), named `name` (case and surrounding spaces ignored), aligned to the
 * fiscal year as {@link aligned} says; null when the workbook has neither.
 */
export function referenceSeries(read: WorkbookRead): (name: string) => (number | null)[] | null {
  const startMonth = read.fiscalYear.startMonth;
  return (name) => {
    const wanted = normalise(name);
    const kpi = read.kpis.find((record) => normalise(record.name) === wanted);
    if (kpi && kpi.values.length > 0) return aligned(new Map(kpi.values.map((v) => [v.period, v.value])), startMonth);
    // Prior-year figures are the actuals of earlier months, so they extend the actual history; budget is the fallback.
    for (const scenarios of [['priorYear', 'actual'], ['budget']] as const) {
      const totals = new Map<Period, number>();
      for (const scenario of scenarios) {
        const months = new Map<Period, number>();
        for (const fact of read.facts) {
          if (fact.scenario !== scenario || !names(fact, wanted)) continue;
          months.set(fact.period, (months.get(fact.period) ?? 0) + fact.amount);
        }
        for (const [period, amount] of months) totals.set(period, amount); // a later scenario wins a shared month
      }
      if (totals.size > 0) return aligned(totals, startMonth);
    }
    return null;
  };
}
