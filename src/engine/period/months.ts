import type { Period } from '../read/datasets';

/** A month written "YYYY-MM", the form every period takes in the engine. */
export const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** First year Excel's dates can hold (serial 1 is 1 January 1900): "0000-01" is no month a workbook has. */
const FIRST_YEAR = 1900;

/** True for a well-formed "YYYY-MM" period within Excel's dates (1900 onwards). */
export function isPeriod(text: string): boolean {
  const match = PERIOD_PATTERN.exec(text);
  return match !== null && Number(match[1]) >= FIRST_YEAR;
}

/**
 * Months since year 0 for a "YYYY-MM" period, so periods can be subtracted and stepped.
 * @throws Error when the period is not "YYYY-MM" (readers only produce valid periods: this is a caller bug).
 */
export function monthIndex(period: Period): number {
  return indexOf(period, 'monthIndex');
}

/** The period `months` months after `period` (negative to go back). @throws when `period` is not "YYYY-MM" */
export function addMonths(period: Period, months: number): Period {
  const index = indexOf(period, 'addMonths') + months;
  const year = Math.floor(index / 12);
  return periodOf(year, index - year * 12 + 1);
}

/** "YYYY-MM" from a year and a month number (1 = January). */
export function periodOf(year: number, month: number): Period {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Splits "YYYY-MM" into numbers. */
export function periodParts(period: Period): { year: number; month: number } {
  return { year: Number(period.slice(0, 4)), month: Number(period.slice(5, 7)) };
}

/** Error messages name the function the caller called. */
function indexOf(period: Period, caller: string): number {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) throw new Error(`${caller} requires a "YYYY-MM" period, got "${period}"`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}
