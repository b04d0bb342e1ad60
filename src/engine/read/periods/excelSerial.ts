import type { Period } from '../datasets';
import { periodOf } from '../../period/months';

/**
 * Excel serial dates. Serial 1 is 1900-01-01 and Excel keeps Lotus 1-2-3's phantom 1900-02-29 (serial 60), so from
 * serial 61 on the serial counts days since 1899-12-30, which is the only range finance data lives in.
 */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Serial number of 1990-01-01: outside [SERIAL_MIN, SERIAL_MAX] a number is not taken for a date. */
export const SERIAL_MIN = 32_874;
/** Serial number of 2099-12-31. */
export const SERIAL_MAX = 73_050;

/** The calendar month of an Excel serial date as "YYYY-MM". */
export function serialToPeriod(serial: number): Period {
  const date = new Date(EPOCH_MS + Math.floor(serial) * DAY_MS);
  return periodOf(date.getUTCFullYear(), date.getUTCMonth() + 1);
}

/** The Excel serial of a calendar date (month 1 = January). */
export function dateToSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH_MS) / DAY_MS);
}

/** True when a number format shows a date (contains d, m or y outside quotes and brackets, and is not elapsed time). */
export function isDateFormat(format: string): boolean {
  // A workbook uses a handful of formats over thousands of cells: each is looked at once.
  let known = dateFormats.get(format);
  if (known === undefined) {
    known = readDateFormat(format);
    if (dateFormats.size >= 1000) dateFormats.clear();
    dateFormats.set(format, known);
  }
  return known;
}

const dateFormats = new Map<string, boolean>();

function readDateFormat(format: string): boolean {
  const stripped = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  return /[dy]/i.test(stripped) || /m{3,}/i.test(stripped) || /(^|[^h:])m+[^:]*[y/-]/i.test(stripped);
}
