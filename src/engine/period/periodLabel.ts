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

/** "2026-12" -> "December"; anything that is not "YYYY-MM" is returned as it is. */
export function monthName(period: string): string {
  const match = /^\d{4}-(\d{2})$/.exec(period);
  return (match && MONTH_NAMES[Number(match[1]) - 1]) || period;
}

/** "2026-03" -> "March 2026"; anything that is not "YYYY-MM" is returned as it is. */
export function periodLabel(period: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  const month = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${match[1]}` : period;
}
