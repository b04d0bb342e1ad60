/** The number formats the pack uses, one per column kind, so both writers and every sheet agree. */
import type { ColumnKind } from './Pack';

/** Thousands, negatives in brackets: how finance directors read amounts. */
export const AMOUNT_FORMAT = '#,##0;(#,##0);"–"';
/** Signed variance, so a favourable +12,400 and an unfavourable -3,100 both show their sign. */
export const DELTA_FORMAT = '+#,##0;-#,##0;"–"';
/** Percentages with one decimal. */
export const PERCENT_FORMAT = '0.0%;-0.0%;"–"';
/** Signed percentage variance. */
export const DELTA_PERCENT_FORMAT = '+0.0%;-0.0%;"–"';
/** Scores and ratios (SWOT weights, MASE) with two decimals. */
export const RATIO_FORMAT = '0.00';
/** ISO dates, unambiguous in every locale. */
export const DATE_FORMAT = 'yyyy-mm-dd';
/** Plain quantities (KPI values, goal targets). */
export const NUMBER_FORMAT = '#,##0.##';

/** The number format of a column kind when the column does not give its own. */
export function formatForKind(kind: ColumnKind): string {
  switch (kind) {
    case 'currency':
      return AMOUNT_FORMAT;
    case 'percent':
      return PERCENT_FORMAT;
    case 'date':
      return DATE_FORMAT;
    case 'number':
      return NUMBER_FORMAT;
    case 'text':
    case 'flag':
      return 'General';
  }
}

/**
 * Whole numbers for whole quantities ("6 contracts", "2,400 hours") and for anything in the thousands (a phased
 * "602,026.92" reads as 602,027), else one or two decimals as the values need ("18.6", "2.35").
 */
export function quantityFormat(values: readonly (number | null)[]): string {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (finite.every((v) => Math.abs(v - Math.round(v)) < 1e-9)) return '#,##0';
  if (Math.max(...finite.map(Math.abs)) >= 1000) return '#,##0';
  if (finite.every((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9)) return '#,##0.0';
  return '#,##0.00';
}
