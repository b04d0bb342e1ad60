import type { Diagnostic } from '../../diagnostics';
import type { Grid } from '../../grid/Grid';
import { ColumnLetters, addressAt, cellAt, cellText, excelRow } from '../cells/cells';
import { resolveAccountType } from './accountType';
import { numberDiagnostic, textNumbersDiagnostic } from '../cells/cellDiagnostics';
import { classifyRows } from './classifyRows';
import type { LineRow, RowClass } from './classifyRows';
import type { ReadContext } from '../ReadContext';
import type { ReadSink } from '../ReadSink';
import type { FinanceFact, Period, Scenario } from '../datasets';
import type { FinanceColumns } from './financeColumns';
import { isPlainAmount, parseNumber } from '../cells/parseNumber';
import { lineKey } from './duplicates';
import { LongRows } from './longRows';
import type { AmountCell } from './longRows';
import { shortPeriodLabel } from '../../period/periodLabel';

/** Options of {@link readFinanceTable}: a finance table's rows, resolved columns and the scenario its sheet or title names. */
export interface FinanceTableOptions {
  readonly grid: Grid;
  readonly dataStart: number;
  readonly dataEnd: number;
  readonly columns: FinanceColumns;
  /** Scenario named by the sheet, table or title ("Budget FY26"), used where columns do not say. */
  readonly scenario: Scenario | null;
  /** Fiscal year label for long-table periods written as a bare month name. */
  readonly year: number | null;
  readonly context: ReadContext;
  readonly sink: ReadSink;
}

/** The facts of one finance table and what the pane shows about it. */
export interface FinanceTableResult {
  readonly facts: FinanceFact[];
  readonly layout: 'wide' | 'long';
  readonly scenarios: Scenario[];
  readonly periods: Period[];
  readonly rowsRead: number;
}

type Line = Pick<FinanceFact, 'account' | 'accountCode' | 'department' | 'dims' | 'type'>;

const UNLABELLED = 'amounts without an account label';
const CODE_AND_NAME = /^(\d{3,8}(?:[-.]\d{1,4})?)\s*(?:[-–:|]\s*)?(?=[A-Za-z])/;

/**
 * Reads the lines of a finance table, wide (one column per month) or long (a period column, a scenario column or one
 * amount column per scenario). Every left-out row goes to `sink.excludedRows`, every unreadable amount becomes a
 * diagnostic with its cell, and blank amount cells give no fact: a blank Actuals month means no actuals yet.
 */
export function readFinanceTable(options: FinanceTableOptions): FinanceTableResult {
  const { grid, columns, sink } = options;
  const sheet = grid.sheet;
  const layout = columns.months.length > 0 ? 'wide' : 'long';
  const long = new LongRows(options);
  const { dataStart, dataEnd } = options;
  const rows = classifyRows({ grid, dataStart, dataEnd, columns, arithmetic: layout === 'wide' });
  const facts: { -readonly [K in keyof FinanceFact]: FinanceFact[K] }[] = [];
  const byKey = new Map<string, Map<Period, Map<Scenario, number>>>();
  const lines = new Set<string>();
  let postings = 0;
  const textNumbers: string[] = [];
  const filled = new Map<number, string>();
  const wide = layout === 'wide' ? wideCells(options) : null;
  const letters = new ColumnLetters(grid);
  let rowsRead = 0;
  for (const row of rows) {
    if (row.kind === 'excluded') {
      excludeRow(options, row);
      continue;
    }
    const r = row.row;
    const line = lineOf(options, row, filled);
    if (line === null) continue;
    const cells = wide ?? long.cells(r);
    // Postings of a ledger add up by line, scenario and month: the line part of the key is built once per row.
    const key = layout === 'long' && cells.length > 0 ? lineKey(line) : '';
    rowsRead++;
    const amounts: AmountRow = { options, row: r, rowNumber: String(excelRow(grid, r)), letters, line, textNumbers };
    for (const cell of cells) {
      const main = readAmount(amounts, cell.column, cell);
      const credit = cell.credit === undefined ? null : readAmount(amounts, cell.credit, cell);
      if (main === undefined || credit === undefined || (main === null && credit === null)) continue;
      const amount = (main ?? 0) - (credit ?? 0);
      postings++;
      if (layout === 'long') {
        // By line, then month and scenario: no key text is made per posting, only per row.
        let months = byKey.get(key);
        if (months === undefined) {
          months = new Map();
          byKey.set(key, months);
          lines.add(key);
        }
        let scenarios = months.get(cell.period);
        if (scenarios === undefined) {
          scenarios = new Map();
          months.set(cell.period, scenarios);
        }
        const at = scenarios.get(cell.scenario);
        if (at !== undefined) {
          facts[at].amount += amount;
          continue;
        }
        scenarios.set(cell.scenario, facts.length);
      }
      const address = `${letters.of(main === null && cell.credit !== undefined ? cell.credit : cell.column)}${amounts.rowNumber}`;
      // Written out in the order a spread of the line's fields would give, so every fact has the same shape.
      facts.push({
        account: line.account,
        accountCode: line.accountCode,
        department: line.department,
        dims: line.dims,
        type: line.type,
        scenario: cell.scenario,
        period: cell.period,
        amount,
        source: { sheet, cell: address },
      });
    }
  }
  if (layout === 'long' && postings > facts.length) sink.diagnostics.push(postingsNote(sheet, postings, lines.size));
  const note = textNumbersDiagnostic(sheet, textNumbers);
  if (note) sink.diagnostics.push(note);
  return { facts, layout, rowsRead, ...scenariosAndPeriods(facts, layout, columns) };
}

/** A row left out, with a warning when it holds amounts without an account name. */
function excludeRow(options: FinanceTableOptions, row: Extract<RowClass, { kind: 'excluded' }>): void {
  const { grid, columns, sink } = options;
  sink.excludedRows.push(row.excluded);
  if (row.excluded.detail !== UNLABELLED) return;
  const cell = addressAt(grid, row.row, columns.label ?? columns.code ?? 0);
  sink.diagnostics.push({
    severity: 'warning',
    sheet: grid.sheet,
    cell,
    code: 'no-label',
    message: `Row ${row.excluded.row} has amounts but no account name (${cell}) and does not add up to the rows above; it was left out.`,
  });
}

/**
 * The line a row holds: account (or code), department, dimensions and type; null when it names no account.
 * Department and dimension values written only on the first row of a block carry down to the rows below (`filled`).
 */
function lineOf(options: FinanceTableOptions, row: LineRow, filled: Map<number, string>): Line | null {
  const { grid, columns } = options;
  const r = row.row;
  const text = (column: number | null): string | null => {
    if (column === null) return null;
    const value = cellText(cellAt(grid, r, column));
    if (value !== '') filled.set(column, value);
    return value !== '' ? value : (filled.get(column) ?? null);
  };
  const own = (column: number | null): string | null =>
    column === null ? null : cellText(cellAt(grid, r, column)) || null;
  const label = own(columns.label) ?? '';
  let code = own(columns.code);
  if (code === null) code = CODE_AND_NAME.exec(label)?.[1] ?? null;
  const account = label !== '' ? label : (code ?? '');
  if (account === '') return null;
  const department = text(columns.department) ?? row.blockDepartment;
  const dims: Record<string, string> = {};
  for (const dim of columns.dims) {
    const value = text(dim.column);
    if (value !== null) dims[dim.name] = value;
  }
  const typeCell = text(columns.type);
  const { type } = resolveAccountType({ account, code, typeCell, section: row.section }, options.context);
  return { account, accountCode: code, department, dims, type };
}

/** One row's amount cells being read: where they are and the line they belong to. */
interface AmountRow {
  readonly options: FinanceTableOptions;
  readonly row: number;
  /** The Excel row number as text, for addresses. */
  readonly rowNumber: string;
  readonly letters: ColumnLetters;
  readonly line: Line;
  /** Addresses of numbers typed as text, for the table's one note. */
  readonly textNumbers: string[];
}

/** An amount cell: its number, null when blank, undefined when unreadable (said in a diagnostic, and marked). */
function readAmount(at: AmountRow, column: number, cell: AmountCell): number | null | undefined {
  const { grid, sink } = at.options;
  const value = cellAt(grid, at.row, column);
  // Plain numbers are nearly every amount cell: they skip the text parser and its result object.
  if (isPlainAmount(value)) return value;
  const parsed = parseNumber(value);
  if (parsed.kind === 'blank') return null;
  const sheet = grid.sheet;
  const address = `${at.letters.of(column)}${at.rowNumber}`;
  if (parsed.kind === 'error') {
    const what = `the ${SCENARIO_NAMES[cell.scenario]} amount of ${at.line.account} for ${shortPeriodLabel(cell.period)}`;
    sink.diagnostics.push(numberDiagnostic(sheet, address, parsed, what));
    sink.unreadable.push({
      source: { sheet, cell: address },
      issue: parsed.code,
      shown: parsed.text,
      period: cell.period,
      figure: { kind: 'line', scenario: cell.scenario, line: at.line },
    });
    return undefined;
  }
  if (parsed.fromText) at.textNumbers.push(address);
  return parsed.value;
}

/** The scenarios the facts hold and the months the table covers (a wide table's month columns, a long one's facts). */
function scenariosAndPeriods(
  facts: readonly FinanceFact[],
  layout: 'wide' | 'long',
  columns: FinanceColumns,
): { scenarios: Scenario[]; periods: Period[] } {
  const seenScenarios = new Set<Scenario>();
  const seenPeriods = new Set<Period>(layout === 'wide' ? columns.months.map((m) => m.period) : []);
  for (const f of facts) {
    seenScenarios.add(f.scenario);
    if (layout === 'long') seenPeriods.add(f.period);
  }
  return { scenarios: [...seenScenarios], periods: [...seenPeriods].sort() };
}

/** The one note for a ledger: its postings were added up into lines by month, as a ledger is meant to be read. */
function postingsNote(sheet: string, postings: number, lines: number): Diagnostic {
  return {
    severity: 'info',
    sheet,
    cell: null,
    code: 'postings-aggregated',
    message: `${postings.toLocaleString('en-US')} postings on "${sheet}" made ${lines.toLocaleString('en-US')} lines: amounts of the same account, cost centre and dimensions were added up by month and scenario (memo, reference and document columns are not part of a line).`,
  };
}

const SCENARIO_NAMES: Record<Scenario, string> = {
  budget: 'Budget',
  actual: 'Actual',
  forecast: 'Forecast',
  priorYear: 'Prior-year',
};

function wideCells(options: FinanceTableOptions): AmountCell[] {
  const fallback = options.scenario ?? 'budget';
  return options.columns.months.map((m) => ({ column: m.column, period: m.period, scenario: m.scenario ?? fallback }));
}
