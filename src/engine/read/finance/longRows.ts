import type { CellValue } from '../../grid/Grid';
import { addressAt, cellAt, cellText, formatAt, isBlank } from '../cells/cells';
import type { Period, Scenario } from '../datasets';
import type { FinanceTableOptions } from './readFinanceTable';
import { resolveMonthOnly } from '../periods/resolveMonthOnly';
import { scenarioIn } from '../headers/headerKeywords';
import type { DateOrderChoice } from '../periods/dateOrder';
import { dateNumbers, inferDateOrder } from '../periods/dateOrder';
import { parsePeriod } from '../periods/parsePeriod';

/** One amount cell of a finance table row, with the month and scenario it belongs to. */
export interface AmountCell {
  readonly column: number;
  /** A ledger's credit column, subtracted from the debit in `column`. */
  readonly credit?: number;
  readonly period: Period;
  readonly scenario: Scenario;
}

/**
 * Reads the period and scenario of each row of a long table. A period or scenario written only on the first row of
 * a block carries down to the rows below, as in reports grouped by month; a cell that names neither is reported.
 */
export class LongRows {
  private lastPeriod: Period | null = null;
  private lastScenario: Scenario | null = null;
  /** Periods already read, by number format and cell value; scenarios by cell text. */
  private readonly periods = new Map<string, Map<number | string, Period>>();
  private readonly scenarios = new Map<string, Scenario>();
  /** How the period column's text dates ("3/1/2026") are read, judged on the whole column. */
  readonly dateOrder: DateOrderChoice | null;

  constructor(private readonly input: FinanceTableOptions) {
    this.dateOrder = this.columnDateOrder();
  }

  private columnDateOrder(): DateOrderChoice | null {
    const { grid, columns, dataStart, dataEnd } = this.input;
    if (columns.period === null) return null;
    const texts: string[] = [];
    for (let r = dataStart; r < dataEnd; r++) {
      const value = cellAt(grid, r, columns.period);
      if (typeof value === 'string' && dateNumbers(value) !== null) texts.push(value.trim());
    }
    const choice = texts.length === 0 ? null : inferDateOrder(texts, false);
    if (choice !== null) {
      this.input.sink.diagnostics.push({
        severity: 'info',
        sheet: grid.sheet,
        cell: addressAt(grid, dataStart, columns.period),
        code: 'date-order',
        message: `The ${texts.length} dates typed as text in column ${addressAt(grid, dataStart, columns.period).replace(/\d+$/, '')} (such as "${texts[0]}") were ${choice.reason}.`,
      });
    }
    return choice;
  }

  /** The amount cells of one row; none when its period or scenario cannot be read (with a diagnostic). */
  cells(row: number): AmountCell[] {
    const { columns } = this.input;
    const ledger = columns.amounts.length === 0 && columns.debit !== null;
    if (columns.period === null || (columns.amounts.length === 0 && !ledger)) return [];
    const period = this.period(row, columns.period);
    if (period === null) return [];
    let scenario = this.input.scenario;
    if (columns.scenario !== null) {
      const named = this.scenario(row, columns.scenario);
      if (named === null) return [];
      scenario = named;
    }
    if (ledger && columns.debit !== null) {
      const credit = columns.credit === null ? {} : { credit: columns.credit };
      return [{ column: columns.debit, ...credit, period, scenario: scenario ?? 'actual' }];
    }
    return columns.amounts.map((a) => ({ column: a.column, period, scenario: a.scenario ?? scenario ?? 'budget' }));
  }

  private period(row: number, column: number): Period | null {
    const { grid } = this.input;
    const value = cellAt(grid, row, column);
    if (isBlank(value) && this.lastPeriod !== null) return this.lastPeriod;
    // A ledger's million postings fall on a few hundred dates: each date and format is parsed once.
    const format = formatAt(grid, row, column);
    const byValue = typeof value === 'number' || typeof value === 'string' ? this.periods.get(format) : undefined;
    const known = byValue?.get(value as number | string);
    if (known !== undefined) {
      this.lastPeriod = known;
      return known;
    }
    const found = this.parsedPeriod(row, column, value, format);
    if (found !== null && (typeof value === 'number' || typeof value === 'string')) {
      const map = this.periods.get(format) ?? new Map<number | string, Period>();
      map.set(value, found);
      this.periods.set(format, map);
    }
    return found;
  }

  private parsedPeriod(row: number, column: number, value: CellValue, format: string): Period | null {
    const { grid } = this.input;
    const start = this.input.context.fiscalYearStartMonth;
    const parsed = parsePeriod(value, format, {
      fiscalYearStartMonth: start,
      serialWithoutFormat: true,
      ...(this.dateOrder ? { dateOrder: this.dateOrder.order } : {}),
    });
    let period: Period | null = null;
    if (parsed?.kind === 'monthOnly') {
      const year = this.input.year ?? this.input.context.fiscalYearHint;
      if (year !== null) period = resolveMonthOnly(parsed, year, start);
    } else if (parsed) period = parsed.period;
    if (period === null) {
      const cell = addressAt(grid, row, column);
      const shown = isBlank(value) ? 'nothing' : `"${cellText(value)}"`;
      this.input.sink.diagnostics.push({
        severity: 'error',
        sheet: grid.sheet,
        cell,
        code: 'bad-period',
        message: `${cell} holds ${shown} where a month such as "Jan 2026" or a date should be; the row was left out.`,
      });
      return null;
    }
    this.lastPeriod = period;
    return period;
  }

  private scenario(row: number, column: number): Scenario | null {
    const { grid } = this.input;
    const value = cellAt(grid, row, column);
    const known = typeof value === 'string' ? this.scenarios.get(value) : undefined;
    if (known !== undefined) {
      this.lastScenario = known;
      return known;
    }
    const text = cellText(value);
    if (text === '' && this.lastScenario !== null) return this.lastScenario;
    const named = scenarioIn(text);
    if (named !== null && typeof value === 'string') this.scenarios.set(value, named);
    if (named === null) {
      const cell = addressAt(grid, row, column);
      this.input.sink.diagnostics.push({
        severity: 'error',
        sheet: grid.sheet,
        cell,
        code: 'bad-scenario',
        message: `${cell} holds "${text}" where Budget, Actual, Forecast or Prior year should be; the row was left out.`,
      });
      return null;
    }
    this.lastScenario = named;
    return named;
  }
}
