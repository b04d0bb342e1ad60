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

/**
 * Sorts the rows of a finance table into lines and rows left out: blank spacers, section headings (which set the type
 * of the lines below), department block headings, repeated headers, totals and subtotals (by label, by a SUM formula,
 * or because the amounts equal the sum of the lines just above in the block), derived results (Gross profit, EBITDA)
 * and footnotes. `arithmetic` is off for long tables, whose consecutive rows are different months.
 */
export function classifyRows(
  grid: Grid,
  from: number,
  to: number,
  columns: FinanceColumns,
  sheet: string,
  arithmetic: boolean,
): RowClass[] {
  const valueColumns =
    columns.months.length > 0 ? columns.months.map((m) => m.column) : columns.amounts.map((a) => a.column);
  const out: RowClass[] = [];
  let section: AccountType | null = null;
  let blockDepartment: string | null = null;
  const block = new BlockSums(valueColumns.length);
  const tableLines = new RunningSum(valueColumns.length);
  const subtotals = new RunningSum(valueColumns.length);
  let seenLine = false;
  const closers = closedBlocks(grid, from, to, columns);
  const withFormulas = hasFormulas(grid, from, to, valueColumns);
  const exclude = (row: number, reason: ExcludedRow['reason'], detail: string | undefined, label: string): void => {
    out.push({
      kind: 'excluded',
      row,
      excluded: { sheet, row: excelRow(grid, row), reason, ...(detail ? { detail } : {}), ...(label ? { label } : {}) },
    });
  };
  for (let r = from; r < to; r++) {
    const label = labelOf(grid, r, columns);
    if (isBlankRow(grid, r)) {
      exclude(r, 'blank', undefined, '');
      continue;
    }
    const values = valueColumns.map((c) => numberOrNaN(cellAt(grid, r, c)));
    const hasValues = valueColumns.some((c) => !isBlank(cellAt(grid, r, c)));
    const hasCode =
      columns.code !== null &&
      columns.label !== null &&
      /^\d{3,8}(?:[-.]\d{1,4})?$/.test(cellText(cellAt(grid, r, columns.code)));
    if (!hasValues && hasCode && totalKind(label) === null) {
      // A coded line with no amounts yet (an Actuals line before its first posting) is a line, not a heading.
      out.push({ kind: 'line', row: r, section, blockDepartment });
      continue;
    }
    if (!hasValues) {
      if (looksLikeHeader(profileRow(grid, r, 1))) exclude(r, 'header', 'repeated header', label);
      else if (seenLine && isFootnote(label)) exclude(r, 'section', 'footnote', label);
      else if (label === '') exclude(r, 'blank', 'no label and no amounts', '');
      else {
        const type = typeFromSection(label);
        const named = departmentFromLabel(label);
        // A plain heading names a department block only when a "Total <heading>" row closes it: an Actuals line with
        // no postings yet looks the same, and must not pass its name to the lines below as a department.
        const closed = type === null && columns.department === null && closers.has(normalizeText(label));
        if (named !== null || closed) {
          blockDepartment = named ?? label;
          exclude(r, 'section', `department block: ${blockDepartment}`, label);
        } else {
          if (type !== null) section = type;
          exclude(r, 'section', type === null ? 'heading' : `${type} section`, label);
        }
      }
      block.reset();
      continue;
    }
    const kind = label === '' ? null : totalKind(label);
    const derived = label === '' ? null : derivedName(label);
    const formula = firstFormula(grid, r, valueColumns);
    if (
      kind !== null ||
      derived !== null ||
      (formula !== null && (SUM_FORMULA.test(formula) || LINK_ARITHMETIC.test(formula)))
    ) {
      const reason = kind ?? 'subtotal';
      const detail = derived !== null ? `derived: ${derived}` : kind !== null ? undefined : `formula ${formula}`;
      exclude(r, reason, detail, label);
      if (reason === 'subtotal') subtotals.add(r, values);
      block.reset();
      continue;
    }
    if (arithmetic && mayBeArithmeticTotal(grid, r, label, hasCode, values, valueColumns, withFormulas)) {
      const sum =
        withReason(block.matches(values), 'subtotal') ??
        withReason(tableLines.matches(values) ?? subtotals.matches(values), 'total');
      if (sum !== null) {
        exclude(
          r,
          sum.reason,
          `equals the sum of rows ${excelRow(grid, sum.first)}-${excelRow(grid, sum.last)}`,
          label,
        );
        if (sum.reason === 'subtotal') subtotals.add(r, values);
        block.reset();
        continue;
      }
    }
    if (label === '') {
      exclude(r, 'blank', 'amounts without an account label', '');
      continue;
    }
    out.push({ kind: 'line', row: r, section, blockDepartment });
    block.add(r, values);
    tableLines.add(r, values);
    seenLine = true;
  }
  return out;
}

/**
 * Whether a row may be taken for a total because its amounts add up: never a coded line (totals carry no account
 * code); in a sheet that computes with formulas, only a row that does too; and not a labelled row whose months are all
 * equal, because evenly phased budget lines (rent 10,000 a month) add up to one another by coincidence.
 */
function mayBeArithmeticTotal(
  grid: Grid,
  row: number,
  label: string,
  hasCode: boolean,
  values: readonly number[],
  valueColumns: readonly number[],
  withFormulas: boolean,
): boolean {
  if (hasCode || CODED_LABEL.test(label)) return false;
  if (withFormulas && firstFormula(grid, row, valueColumns) === null) return false;
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
