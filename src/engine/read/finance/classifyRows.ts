import type { Grid } from '../../grid/Grid';
import { cellAt, cellText, excelRow, formulaAt, isBlank, isBlankRow } from '../cells/cells';
import type { AccountType, ExcludedRow } from '../datasets';
import type { FinanceColumns } from './financeColumns';
import { looksLikeHeader, profileRow } from '../headers/headerCells';
import { isPlainAmount, parseNumber } from '../cells/parseNumber';
import { typeFromSection } from './accountType';
import { departmentFromLabel, derivedName, isFootnote, totalKind } from '../tables/rowLabels';
import { BlockSums, RunningSum } from './rowSums';
import type { SumMatch } from './rowSums';
import { normalizeText } from '../cells/text';

/** A row of a finance table that holds amounts of one line, with the section and block it sits in. */
export interface LineRow {
  readonly kind: 'line';
  readonly row: number;
  readonly section: AccountType | null;
  /** Department named by the block header above, for tables without a department column. */
  readonly blockDepartment: string | null;
}

/** What a row of a finance table is: a line to read, or a row left out with its reason. */
export type RowClass = LineRow | { readonly kind: 'excluded'; readonly row: number; readonly excluded: ExcludedRow };

const SUM_FORMULA = /^=?\s*(?:SUM|SUBTOTAL)\s*\(/i;
/** Only cell references joined by + and -: "=C8-C15", the shape of Gross profit or a two-part subtotal. */
const LINK_ARITHMETIC = /^=?\s*\$?[A-Z]{1,3}\$?\d+(?:\s*[+-]\s*\$?[A-Z]{1,3}\$?\d+)+\s*$/i;

/** Options of {@link classifyRows}. */
export interface ClassifyRowsOptions {
  readonly grid: Grid;
  /** First data row and one past the last, as grid offsets. */
  readonly dataStart: number;
  readonly dataEnd: number;
  readonly columns: FinanceColumns;
  /** Whether a row may be taken for a total because its amounts add up: off for long tables. */
  readonly arithmetic: boolean;
}

/** What the rows above have set: the section and department block lines sit in, and the sums a total would equal. */
interface Classifier {
  readonly options: ClassifyRowsOptions;
  readonly valueColumns: readonly number[];
  readonly out: RowClass[];
  section: AccountType | null;
  blockDepartment: string | null;
  seenLine: boolean;
  readonly block: BlockSums;
  readonly tableLines: RunningSum;
  readonly subtotals: RunningSum;
  /** Labels closed by a total row further down: headings that name a department block. */
  readonly closers: Set<string>;
  /** Whether the table computes with formulas: then only a row that does too may be an arithmetic total. */
  readonly withFormulas: boolean;
  /** What each label says: a ledger repeats a few hundred labels over its rows, and each is judged once. */
  readonly labels: Map<string, { readonly kind: ReturnType<typeof totalKind>; readonly derived: string | null }>;
}

/** One row with amounts, as read for classification. */
interface AmountsRow {
  readonly row: number;
  readonly label: string;
  /** Amounts by value column; NaN where unreadable, 0 where blank. */
  readonly values: readonly number[];
  readonly hasCode: boolean;
}

/**
 * Sorts the rows of a finance table into lines and rows left out: blank spacers, section headings (which set the type
 * of the lines below), department block headings, repeated headers, totals and subtotals (by label, by a SUM formula,
 * or because the amounts equal the sum of the lines just above in the block), derived results (Gross profit, EBITDA)
 * and footnotes. `arithmetic` is off for long tables, whose consecutive rows are different months.
 */
export function classifyRows(options: ClassifyRowsOptions): RowClass[] {
  const { grid, dataStart: from, dataEnd: to, columns } = options;
  const valueColumns =
    columns.months.length > 0 ? columns.months.map((m) => m.column) : columns.amounts.map((a) => a.column);
  const state: Classifier = {
    options,
    valueColumns,
    out: [],
    section: null,
    blockDepartment: null,
    seenLine: false,
    block: new BlockSums(valueColumns.length),
    tableLines: new RunningSum(valueColumns.length),
    subtotals: new RunningSum(valueColumns.length),
    closers: closedBlocks(grid, from, to, columns),
    withFormulas: hasFormulas(grid, from, to, valueColumns),
    labels: new Map(),
  };
  for (let r = from; r < to; r++) classifyRow(state, r);
  return state.out;
}

function classifyRow(state: Classifier, r: number): void {
  const { grid, columns } = state.options;
  const label = labelOf(grid, r, columns);
  if (isBlankRow(grid, r)) return exclude(state, r, 'blank');
  const values = state.valueColumns.map((c) => numberOrNaN(cellAt(grid, r, c)));
  const hasValues = state.valueColumns.some((c) => !isBlank(cellAt(grid, r, c)));
  const hasCode =
    columns.code !== null &&
    columns.label !== null &&
    /^\d{3,8}(?:[-.]\d{1,4})?$/.test(cellText(cellAt(grid, r, columns.code)));
  if (!hasValues && hasCode && totalKind(label) === null) {
    // A coded line with no amounts yet (an Actuals line before its first posting) is a line, not a heading.
    state.out.push({ kind: 'line', row: r, section: state.section, blockDepartment: state.blockDepartment });
    return;
  }
  if (!hasValues) return classifyHeading(state, r, label);
  const row: AmountsRow = { row: r, label, values, hasCode };
  if (isLabelledTotal(state, row) || isArithmeticTotal(state, row)) return;
  if (label === '') return exclude(state, r, 'blank', { detail: 'amounts without an account label' });
  state.out.push({ kind: 'line', row: r, section: state.section, blockDepartment: state.blockDepartment });
  state.block.add(r, values);
  state.tableLines.add(r, values);
  state.seenLine = true;
}

function exclude(
  state: Classifier,
  row: number,
  reason: ExcludedRow['reason'],
  more: { readonly detail?: string; readonly label?: string } = {},
): void {
  const { grid } = state.options;
  const { detail, label } = more;
  state.out.push({
    kind: 'excluded',
    row,
    excluded: {
      sheet: grid.sheet,
      row: excelRow(grid, row),
      reason,
      ...(detail ? { detail } : {}),
      ...(label ? { label } : {}),
    },
  });
}

/** A row without amounts: a repeated header, a footnote, a department block heading or a section heading. */
function classifyHeading(state: Classifier, r: number, label: string): void {
  const { grid, columns } = state.options;
  if (looksLikeHeader(profileRow(grid, r, 1))) exclude(state, r, 'header', { detail: 'repeated header', label });
  else if (state.seenLine && isFootnote(label)) exclude(state, r, 'section', { detail: 'footnote', label });
  else if (label === '') exclude(state, r, 'blank', { detail: 'no label and no amounts' });
  else {
    const type = typeFromSection(label);
    const named = departmentFromLabel(label);
    // A plain heading names a department block only when a "Total <heading>" row closes it: an Actuals line with
    // no postings yet looks the same, and must not pass its name to the lines below as a department.
    const closed = type === null && columns.department === null && state.closers.has(normalizeText(label));
    if (named !== null || closed) {
      state.blockDepartment = named ?? label;
      exclude(state, r, 'section', { detail: `department block: ${state.blockDepartment}`, label });
    } else {
      if (type !== null) state.section = type;
      exclude(state, r, 'section', { detail: type === null ? 'heading' : `${type} section`, label });
    }
  }
  state.block.reset();
}

/** A total, subtotal or derived result by its label ("Total", "Gross profit") or by its SUM or link formula. */
function isLabelledTotal(state: Classifier, row: AmountsRow): boolean {
  const { label } = row;
  let judged = state.labels.get(label);
  if (judged === undefined) {
    judged = label === '' ? { kind: null, derived: null } : { kind: totalKind(label), derived: derivedName(label) };
    state.labels.set(label, judged);
  }
  const { kind, derived } = judged;
  const formula = firstFormula(state.options.grid, row.row, state.valueColumns);
  if (
    kind === null &&
    derived === null &&
    !(formula !== null && (SUM_FORMULA.test(formula) || LINK_ARITHMETIC.test(formula)))
  )
    return false;
  const reason = kind ?? 'subtotal';
  const detail = derived !== null ? `derived: ${derived}` : kind !== null ? undefined : `formula ${formula}`;
  exclude(state, row.row, reason, { detail, label });
  if (reason === 'subtotal') state.subtotals.add(row.row, row.values);
  state.block.reset();
  return true;
}

/** A total or subtotal because its amounts equal the sum of the lines (or subtotals) above it. */
function isArithmeticTotal(state: Classifier, row: AmountsRow): boolean {
  if (!state.options.arithmetic || !mayBeArithmeticTotal(state, row)) return false;
  const { values } = row;
  const sum =
    withReason(state.block.matches(values), 'subtotal') ??
    withReason(state.tableLines.matches(values) ?? state.subtotals.matches(values), 'total');
  if (sum === null) return false;
  const { grid } = state.options;
  const detail = `equals the sum of rows ${excelRow(grid, sum.first)}-${excelRow(grid, sum.last)}`;
  exclude(state, row.row, sum.reason, { detail, label: row.label });
  if (sum.reason === 'subtotal') state.subtotals.add(row.row, values);
  state.block.reset();
  return true;
}

/**
 * Whether a row may be taken for a total because its amounts add up: never a coded line (totals carry no account
 * code); in a sheet that computes with formulas, only a row that does too; and not a labelled row whose months are all
 * equal, because evenly phased budget lines (rent 10,000 a month) add up to one another by coincidence.
 */
function mayBeArithmeticTotal(state: Classifier, row: AmountsRow): boolean {
  const { label, values } = row;
  if (row.hasCode || CODED_LABEL.test(label)) return false;
  if (state.withFormulas && firstFormula(state.options.grid, row.row, state.valueColumns) === null) return false;
  return label === '' || values.length < 2 || values.some((v) => v !== values[0]);
}

const CODED_LABEL = /^\d{3,8}(?:[-.]\d{1,4})?\s*(?:[-–:|]\s*)?[A-Za-z]/;

function hasFormulas(grid: Grid, from: number, to: number, columns: readonly number[]): boolean {
  if (!grid.formulas) return false;
  for (let r = from; r < to; r++) if (firstFormula(grid, r, columns) !== null) return true;
  return false;
}

/** Labels closed by a total row further down ("Total Warehouse", "Warehouse total"), normalised. */
function closedBlocks(grid: Grid, from: number, to: number, columns: FinanceColumns): Set<string> {
  const out = new Set<string>();
  for (let r = from; r < to; r++) {
    const label = labelOf(grid, r, columns);
    if (label.length > 120) continue;
    const m = /^(?:sub-?total|total)\s*[:\-–]?\s*(.+)$|^(.+?)\s*[:\-–]?\s*total$/i.exec(label);
    if (m) out.add(normalizeText(m[1] ?? m[2] ?? ''));
  }
  return out;
}

function labelOf(grid: Grid, row: number, columns: FinanceColumns): string {
  const label = columns.label === null ? '' : cellText(cellAt(grid, row, columns.label));
  if (label !== '') return label;
  const code = columns.code === null ? '' : cellText(cellAt(grid, row, columns.code));
  if (code !== '') return code;
  for (const c of columns.outline) {
    const text = cellText(cellAt(grid, row, c));
    if (text !== '') return text;
  }
  return '';
}

function numberOrNaN(value: Parameters<typeof parseNumber>[0]): number {
  // Most amount cells hold plain numbers: they need no parse result object.
  if (isPlainAmount(value)) return value;
  const parsed = parseNumber(value);
  if (parsed.kind === 'number') return parsed.value;
  return parsed.kind === 'blank' ? 0 : Number.NaN;
}

function firstFormula(grid: Grid, row: number, columns: readonly number[]): string | null {
  for (const c of columns) {
    const formula = formulaAt(grid, row, c);
    if (formula) return formula;
  }
  return null;
}

function withReason(match: SumMatch | null, reason: 'subtotal' | 'total') {
  return match === null ? null : { ...match, reason };
}
