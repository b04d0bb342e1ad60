/** Which of the first two numbers of a text date like "3/1/2026" is the month. */
export type DateOrder = 'dmy' | 'mdy';

/** The order chosen for a row or column of text dates, and the sentence that says why. */
export interface DateOrderChoice {
  readonly order: DateOrder;
  readonly reason: string;
}

const NUMERIC_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/;

/** The two leading numbers of "31/01/2026" or "1-3-26", or null for any other text. */
export function dateNumbers(text: string): { readonly first: number; readonly second: number } | null {
  if (text.length > 10) return null;
  const m = NUMERIC_DATE.exec(text.trim());
  return m ? { first: Number(m[1]), second: Number(m[2]) } : null;
}

/**
 * Decides day-first or month-first for all the text dates of one header row (`distinctMonths`: each column is another
 * month) or one period column (many rows share a month). A number above 12 settles it; otherwise, in a header, the
 * order that gives every column its own month wins (1/1, 2/1, 3/1 are January to March month-first, but all January
 * day-first); when nothing settles it, day first, as most of the world writes. Null when there are no text dates.
 */
export function inferDateOrder(texts: readonly string[], distinctMonths: boolean): DateOrderChoice | null {
  const pairs = texts.map(dateNumbers).filter((p): p is { first: number; second: number } => p !== null);
  if (pairs.length === 0) return null;
  const example = texts.find((t) => dateNumbers(t) !== null) ?? '';
  const dayFirst = pairs.find((p) => p.first > 12 && p.second <= 12);
  if (dayFirst) {
    return {
      order: 'dmy',
      reason: `read day first, as ${dayFirst.first} in "${example}"-style dates can only be a day`,
    };
  }
  const monthFirst = pairs.find((p) => p.second > 12 && p.first <= 12);
  if (monthFirst) {
    return { order: 'mdy', reason: `read month first (US style), as the second number reaches ${monthFirst.second}` };
  }
  if (distinctMonths && pairs.length > 1) {
    const distinct = (pick: (p: { first: number; second: number }) => number): boolean =>
      new Set(pairs.map(pick)).size === pairs.length;
    const mdy = distinct((p) => p.first);
    const dmy = distinct((p) => p.second);
    if (mdy && !dmy) {
      return {
        order: 'mdy',
        reason: `read month first (US style): day first, all ${pairs.length} columns would fall in the same months`,
      };
    }
    if (dmy && !mdy) {
      return {
        order: 'dmy',
        reason: `read day first: month first, all ${pairs.length} columns would fall in the same months`,
      };
    }
  }
  return { order: 'dmy', reason: 'read day first: no date in them settles the order; say so in the pane if not' };
}
