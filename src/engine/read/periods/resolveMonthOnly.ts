import type { Period } from '../datasets';
import { fiscalMonthToPeriod } from '../../period/fiscalYear';

/** The period of a month written without a year, in the fiscal year labelled `labelYear`. */
export function resolveMonthOnly(
  parse: { month: number; fiscalIndex?: true },
  labelYear: number,
  startMonth: number,
): Period {
  const index = parse.fiscalIndex ? parse.month : ((parse.month - startMonth + 12) % 12) + 1;
  return fiscalMonthToPeriod(labelYear, startMonth, index);
}
