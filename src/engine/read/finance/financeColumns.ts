import type { ColumnRole } from '../WorkbookRead';
import type { Period, Scenario } from '../datasets';

/** The columns a finance table reader uses, as grid column numbers. */
export interface FinanceColumns {
  readonly label: number | null;
  /** Unnamed columns holding only section headings, left of the account names. */
  readonly outline: readonly number[];
  readonly code: number | null;
  readonly department: number | null;
  readonly type: number | null;
  readonly dims: readonly { readonly column: number; readonly name: string }[];
  /** Wide layout: one column per month (and scenario when the header says so). */
  readonly months: readonly { readonly column: number; readonly period: Period; readonly scenario: Scenario | null }[];
  /** Long layout: the period, scenario and amount columns (an amount column may name its scenario). */
  readonly period: number | null;
  readonly scenario: number | null;
  readonly amounts: readonly { readonly column: number; readonly scenario: Scenario | null }[];
  /** Long layout of ledger exports: a debit and a credit column, read as one amount (debit - credit). */
  readonly debit: number | null;
  readonly credit: number | null;
}

/**
 * Resolves column roles into the columns a finance reader needs. The account is the "account" column, else the first
 * unnamed text column; further unnamed text columns, "category" columns and known dimensions are dimensions. Memo,
 * reference, document and journal columns ("memo") never are: they tell postings apart, not lines.
 */
export function financeColumns(columns: readonly ColumnRole[], columnStart: number): FinanceColumns {
  const at = (c: ColumnRole): number => columnStart + c.index;
  const first = (role: string): number | null => {
    const column = columns.find((c) => c.role === role);
    return column ? at(column) : null;
  };
  // A label column headed with something unrecognised ("£000", "Line items FY26") is still the first text column.
  const label =
    first('account') ??
    first('label') ??
    first('factor') ??
    first('kpi') ??
    first('objective') ??
    first('dimension') ??
    first('outline');
  const dims: { column: number; name: string }[] = [];
  for (const c of columns) {
    const column = at(c);
    if (column === label) continue;
    if (
      ['label', 'dimension', 'category', 'perspective', 'owner'].includes(c.role) ||
      (c.role === 'account' && column !== label)
    ) {
      dims.push({ column, name: c.header === '' ? `Column ${c.index + 1}` : c.header });
    }
  }
  return {
    label,
    outline: columns.filter((c) => c.role === 'outline').map(at),
    code: first('accountCode'),
    department: first('department'),
    type: first('type'),
    dims,
    months: columns
      .filter((c) => c.role === 'month' && c.period)
      .map((c) => ({ column: at(c), period: c.period ?? '', scenario: c.scenario ?? null })),
    period: first('period'),
    scenario: first('scenario'),
    amounts: columns
      .filter((c) => c.role === 'amount' || c.role === 'value')
      .map((c) => ({ column: at(c), scenario: c.scenario ?? null })),
    debit: first('debit'),
    credit: first('credit'),
  };
}
