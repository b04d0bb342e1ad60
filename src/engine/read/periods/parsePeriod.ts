import type { CellValue } from '../../grid/Grid';
import type { Period } from '../datasets';
import { fiscalMonthToPeriod } from '../../period/fiscalYear';
import { periodOf } from '../../period/months';
import { SERIAL_MAX, SERIAL_MIN, isDateFormat, serialToPeriod } from './excelSerial';
import type { DateOrder } from './dateOrder';
import { monthNumber } from './monthNames';

/** What a header or period cell names. Quarters are stored on their last month. */
export type PeriodParse =
  | { readonly kind: 'month'; readonly period: Period }
  | { readonly kind: 'quarter'; readonly period: Period }
  /**
   * A month with no year: a month name ("Jan", `month` is the calendar month) or a fiscal period ("P01", "Period 1",
   * `fiscalIndex` set and `month` counting from the fiscal start). The year comes from the title, sheet or workbook.
   */
  | { readonly kind: 'monthOnly'; readonly month: number; readonly fiscalIndex?: true };

/** Options of {@link parsePeriod}. */
export interface ParsePeriodOptions {
  /** Month the fiscal year starts (1 = January), for "FY26 P01" and "Q1 FY26". @default 1 */
  readonly fiscalYearStartMonth?: number;
  /** Accept a plain number in the Excel date range without a date format (header rows, period columns). @default false */
  readonly serialWithoutFormat?: boolean;
  /**
   * Order of text dates such as "3/1/2026", inferred from the whole header row or period column (`inferDateOrder`).
   * @default day first, unless the second number cannot be a month
   */
  readonly dateOrder?: DateOrder;
}

/** A two- or four-digit year as a four-digit year (two digits are 20xx: finance data of the 1900s is not in scope). */
function fullYear(text: string): number {
  const n = Number(text);
  return text.length <= 2 ? 2000 + n : n;
}

/** Letters with the accents of the month names in `monthNames` ("févr.", "März", "août"). */
const MONTH_WORD = '([A-Za-z\\u00c0-\\u00ff]{3,10})\\.?';
const SEP = "[\\s\\-/'.,]*";
const YEAR = '(\\d{4}|\\d{2})';
/** "Jan-26", "January 2026": compiled once, as every header and period cell is tried against them. */
const MONTH_YEAR = new RegExp(`^${MONTH_WORD}${SEP}${YEAR}$`);
/** "2026 Jan". */
const YEAR_MONTH = new RegExp(`^(\\d{4})${SEP}${MONTH_WORD}$`);
/** "Jan", "févr.": a month with its year to infer. */
const MONTH_ONLY = new RegExp(`^${MONTH_WORD}$`);

/**
 * Reads a period from a header or a period cell: real dates and Excel serials (by their date format), and text in
 * common forms: "Jan-26", "Jan 2026", "January 2026", "Apr 26", "2026-01", "2026/01", "01/2026", "2026-01-31",
 * "31/01/2026" (day first), "Q1 2026", "2026 Q1", "Q1 FY26", "FY26 P01", "P01 FY2026", "Jan" (year to infer).
 * Returns null for anything else; never throws.
 */
export function parsePeriod(
  value: CellValue,
  format = 'General',
  options: ParsePeriodOptions = {},
): PeriodParse | null {
  const start = options.fiscalYearStartMonth ?? 1;
  if (typeof value === 'number') {
    const inRange = value >= SERIAL_MIN && value <= SERIAL_MAX;
    if (inRange && (isDateFormat(format) || options.serialWithoutFormat))
      return { kind: 'month', period: serialToPeriod(value) };
    return null;
  }
  if (typeof value !== 'string') return null;
  const text = value
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  if (text.length > 24) return null;
  return (
    parseMonthText(text) ??
    parseQuarterText(text, start) ??
    parseFiscalPeriodText(text, start) ??
    parseNumericDate(text, options.dateOrder)
  );
}

function parseMonthText(text: string): PeriodParse | null {
  let m = MONTH_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[1]);
    if (month) return { kind: 'month', period: periodOf(fullYear(m[2]), month) };
  }
  m = YEAR_MONTH.exec(text);
  if (m) {
    const month = monthNumber(m[2]);
    if (month) return { kind: 'month', period: periodOf(Number(m[1]), month) };
  }
  m = MONTH_ONLY.exec(text);
  if (m) {
    const month = monthNumber(m[1]);
    if (month) return { kind: 'monthOnly', month };
  }
  m = /^(?:P|M|Period|Month)\s*0?([1-9]|1[0-2])$/i.exec(text);
  if (m) return { kind: 'monthOnly', month: Number(m[1]), fiscalIndex: true };
  return null;
}

function parseQuarterText(text: string, start: number): PeriodParse | null {
  let m = /^Q([1-4])[\s\-/']*(FY)?\s*'?(\d{4}|\d{2})$/i.exec(text);
  let quarter: number;
  let year: number;
  let fiscal: boolean;
  if (m) {
    quarter = Number(m[1]);
    fiscal = m[2] !== undefined;
    year = fullYear(m[3]);
  } else {
    m = /^(FY)?\s*'?(\d{4}|\d{2})[\s\-/]*Q([1-4])$/i.exec(text);
    if (!m) return null;
    fiscal = m[1] !== undefined;
    year = fullYear(m[2]);
    quarter = Number(m[3]);
  }
  // A calendar quarter "Q1 2026" is Jan-Mar 2026; a fiscal one counts from the fiscal start.
  const period = fiscal ? fiscalMonthToPeriod(year, start, quarter * 3) : periodOf(year, quarter * 3);
  return { kind: 'quarter', period };
}

function parseFiscalPeriodText(text: string, start: number): PeriodParse | null {
  let m = /^FY\s*'?(\d{4}|\d{2})[\s\-/]*(?:P|M|Period\s*)(\d{1,2})$/i.exec(text);
  let year: number;
  let index: number;
  if (m) {
    year = fullYear(m[1]);
    index = Number(m[2]);
  } else {
    m = /^(?:P|Period\s*)(\d{1,2})[\s\-/]*FY\s*'?(\d{4}|\d{2})$/i.exec(text);
    if (!m) return null;
    index = Number(m[1]);
    year = fullYear(m[2]);
  }
  if (index < 1 || index > 12) return null;
  return { kind: 'month', period: fiscalMonthToPeriod(year, start, index) };
}

function parseNumericDate(text: string, order: DateOrder | undefined): PeriodParse | null {
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(text);
  if (m) return monthPeriod(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return monthPeriod(Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // Day first unless told otherwise or the second number cannot be a month ("01/31/2026" is US month first).
    const month = order === 'mdy' ? (a > 12 ? b : a) : b > 12 ? a : b;
    return monthPeriod(fullYear(m[3]), month);
  }
  return null;
}

function monthPeriod(year: number, month: number): PeriodParse | null {
  if (month < 1 || month > 12 || year < 1990 || year > 2099) return null;
  return { kind: 'month', period: periodOf(year, month) };
}
