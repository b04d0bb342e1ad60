import type { Grid } from '../../grid/Grid';
import { cellAt, cellText, formatAt, isBlank } from '../cells/cells';
import { addMonths } from '../../period/months';
import { SERIAL_MAX, SERIAL_MIN, isDateFormat, serialToPeriod } from '../periods/excelSerial';
import type { Scenario } from '../datasets';
import type { DateOrderChoice } from '../periods/dateOrder';
import { dateNumbers, inferDateOrder } from '../periods/dateOrder';
import { headerRole, splitScenarioPrefix } from './headerKeywords';
import type { ParsePeriodOptions, PeriodParse } from '../periods/parsePeriod';
import { parsePeriod } from '../periods/parsePeriod';

/** One header cell as understood before the table's role is known. */
export interface HeaderCell {
  /** Zero-based column offset in the grid. */
  readonly column: number;
  readonly text: string;
  /** Role named by the header text ("account", "owner"...), null when none. */
  readonly role: string | null;
  readonly period: PeriodParse | null;
  /** Scenario written in the same cell, as in "Budget Jan-26". */
  readonly scenario: Scenario | null;
}

/**
 * Reads one header cell: a keyword, a period (date, serial or text), or a scenario plus a period. `options` are the
 * row's: its fiscal start and the order of its text dates.
 */
export function readHeaderCell(
  grid: Grid,
  row: number,
  column: number,
  options: ParsePeriodOptions,
): HeaderCell | null {
  const value = cellAt(grid, row, column);
  if (isBlank(value)) return null;
  const text = cellText(value);
  const period = parsePeriod(value, formatAt(grid, row, column), options);
  if (period) return { column, text, role: null, period, scenario: null };
  const split = splitScenarioPrefix(text);
  if (split) {
    const inner = parsePeriod(split.rest, 'General', options);
    if (inner) return { column, text, role: null, period: inner, scenario: split.scenario };
  }
  return { column, text, role: headerRole(text), period: null, scenario: null };
}

/** Summary of a row used to decide whether it is a header row. */
export interface RowProfile {
  readonly cells: readonly HeaderCell[];
  readonly keywords: number;
  readonly periods: number;
  /** Non-blank cells that are plain numbers, not periods. */
  readonly numbers: number;
  /** How text dates such as "3/1/2026" in the row were read, when it has any. */
  readonly dateOrder: DateOrderChoice | null;
}

/** Profiles a row of the grid over its first `width` columns (@default the row's length). */
export function profileRow(grid: Grid, row: number, fiscalYearStartMonth: number, width?: number): RowProfile {
  const end = width ?? grid.values[row]?.length ?? 0;
  const dateOrder = textDateOrder(grid, row, end);
  const options: ParsePeriodOptions = {
    fiscalYearStartMonth,
    serialWithoutFormat: true,
    ...(dateOrder ? { dateOrder: dateOrder.order } : {}),
  };
  const read: HeaderCell[] = [];
  for (let c = 0; c < end; c++) {
    const cell = readHeaderCell(grid, row, c, options);
    if (cell) read.push(cell);
  }
  const serialsOk = plainSerialsRunMonthly(grid, row, read);
  // One month name alone in a row ("In | Out | Balance": "out" is October in Portuguese) is a word, not a month column.
  const monthNames = read.filter((cell) => cell.period?.kind === 'monthOnly' && !cell.period.fiscalIndex).length;
  const cells = read.map((cell) =>
    (serialsOk || !isPlainSerial(grid, row, cell)) &&
    !(monthNames === 1 && cell.period?.kind === 'monthOnly' && !cell.period.fiscalIndex)
      ? cell
      : { ...cell, period: null, role: headerRole(cell.text) },
  );
  let keywords = 0;
  let periods = 0;
  let numbers = 0;
  for (const cell of cells) {
    if (cell.period) periods++;
    else if (cell.role) keywords++;
    else if (typeof cellAt(grid, row, cell.column) === 'number') numbers++;
  }
  return { cells, keywords, periods, numbers, dateOrder };
}

/** The order of the row's text dates ("3/1/2026"), judged on all of them together; null when it has none. */
function textDateOrder(grid: Grid, row: number, end: number): DateOrderChoice | null {
  const texts: string[] = [];
  const values = grid.values[row] ?? [];
  for (let c = 0; c < Math.min(end, values.length); c++) {
    const value = values[c];
    if (typeof value === 'string' && dateNumbers(value) !== null) texts.push(value.trim());
  }
  return texts.length === 0 ? null : inferDateOrder(texts, true);
}

/** A number read as a date without a date format: a header only if it is one of a run of months. */
function isPlainSerial(grid: Grid, row: number, cell: HeaderCell): boolean {
  return (
    cell.period !== null &&
    typeof cellAt(grid, row, cell.column) === 'number' &&
    !isDateFormat(formatAt(grid, row, cell.column))
  );
}

/**
 * Plain numbers in the Excel date range are amounts far more often than dates ($45,000 is also 15 Mar 2023): they
 * count as month headers only when they step forward month by month (or quarter by quarter), as real headers do.
 */
function plainSerialsRunMonthly(grid: Grid, row: number, cells: readonly HeaderCell[]): boolean {
  return runsMonthly(
    cells
      .filter((c) => isPlainSerial(grid, row, c))
      .map((c) => (c.period?.kind === 'monthOnly' ? '' : (c.period?.period ?? ''))),
  );
}

function runsMonthly(periods: readonly string[]): boolean {
  for (let i = 1; i < periods.length; i++) {
    const step = [1, 3].some((n) => addMonths(periods[i - 1], n) === periods[i]);
    if (!step) return false;
  }
  return periods.length !== 1;
}

/**
 * The `numbers` {@link profileRow} gives for columns [0, width), from the numeric cells alone: numbers outside the
 * date range, and plain serials unless they run monthly. A data row of a large table is told from a header this way
 * without reading its labels against every header pattern.
 */
export function plainNumbers(grid: Grid, row: number, width: number): number {
  let outsideDates = 0;
  const serials: string[] = [];
  const values = grid.values[row] ?? [];
  for (let c = 0; c < Math.min(width, values.length); c++) {
    const value = values[c];
    if (typeof value !== 'number') continue;
    if (!(value >= SERIAL_MIN && value <= SERIAL_MAX)) outsideDates++;
    else if (!isDateFormat(formatAt(grid, row, c))) serials.push(serialToPeriod(value));
  }
  return outsideDates + (runsMonthly(serials) ? 0 : serials.length);
}

/**
 * True when the row reads as a table header: at least two labelled cells, a recognised column name or three periods,
 * and few plain numbers (a data row of a wide table has many).
 */
export function looksLikeHeader(profile: RowProfile): boolean {
  if (profile.cells.length < 2) return false;
  if (profile.numbers > 1) return false;
  return profile.keywords >= 1 || profile.periods >= 3 || (profile.periods >= 2 && profile.numbers === 0);
}
