import { PERIOD_PATTERN } from './months';

/** Month names for sentences and titles. English only: the pack and narratives are written in English. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The three-letter forms tables, chart axes and messages show ("Mar 2026"). */
export const SHORT_MONTH_NAMES = MONTH_NAMES.map((name) => name.slice(0, 3));

/** "2026-12" -> "December"; anything that is not "YYYY-MM" is returned as it is. */
export function monthName(period: string): string {
  const match = PERIOD_PATTERN.exec(period);
  return match ? MONTH_NAMES[Number(match[2]) - 1] : period;
}

/** "2026-03" -> "March 2026"; anything that is not "YYYY-MM" is returned as it is. */
export function periodLabel(period: string): string {
  const match = PERIOD_PATTERN.exec(period);
  return match ? `${MONTH_NAMES[Number(match[2]) - 1]} ${match[1]}` : period;
}

/** "2026-06" -> "Jun 2026", as tables, chart axes and messages show months; anything else is returned as it is. */
export function shortPeriodLabel(period: string): string {
  const match = PERIOD_PATTERN.exec(period);
  return match ? `${SHORT_MONTH_NAMES[Number(match[2]) - 1]} ${match[1]}` : period;
}
