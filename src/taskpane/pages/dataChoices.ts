import type {
  AccountType,
  COLUMN_ROLES,
  DetectedTable,
  Diagnostic,
  FiscalYear,
  Mapping,
  Period,
  SourceRef,
  TableRole,
} from '../../engine';

/** A column role the readers understand. */
export type ColumnRoleName = (typeof COLUMN_ROLES)[number];

/** What the Data page shows of a read workbook (the records themselves stay in the worker). */
export interface DataSummary {
  readonly tables: readonly DetectedTable[];
  readonly diagnostics: readonly Diagnostic[];
  readonly fiscalYear: FiscalYear;
  /** False when no dated figure was read: the fiscal year is then not a fact of the workbook. @default true */
  readonly fiscalYearKnown?: boolean;
  readonly lastActualPeriod: Period | null;
  /** Each finance line's account with the type it was read as, once per account. */
  readonly accounts: readonly { readonly account: string; readonly type: AccountType; readonly source: SourceRef }[];
  /** The mapping detection arrived at (or the saved one it applied), for the user to confirm or correct. */
  readonly mapping: Mapping;
}

/**
 * The user's confirmations and corrections on the Data page. The mapping (column roles, account types, fiscal start)
 * is saved in the workbook's settings for everyone; the period is this session's choice (settings have no field
 * for it, and the Pack page chooses it too).
 */
export interface DataChoices {
  readonly mapping: Mapping;
  /** The month under review; null = the last month with actuals. */
  readonly period: Period | null;
}

/** The roles a column of each kind of table can take, in the order the dropdown offers them. */
export const ROLE_OPTIONS: Readonly<Record<TableRole, readonly ColumnRoleName[]>> = {
  finance: [
    'account',
    'accountCode',
    'department',
    'dimension',
    'type',
    'scenario',
    'period',
    'amount',
    'month',
    'ignored',
  ],
  kpi: [
    'kpi',
    'owner',
    'unit',
    'direction',
    'target',
    'targetLow',
    'targetHigh',
    'green',
    'amber',
    'perspective',
    'weight',
    'month',
    'ignored',
  ],
  swot: ['factor', 'category', 'weight', 'rating', 'owner', 'notes', 'ignored'],
  objectives: ['objective', 'target', 'unit', 'owner', 'phasing', 'reference', 'profile', 'month', 'ignored'],
  unknown: ['ignored'],
};

/** Words for the roles, as a finance user would name the column. */
export const ROLE_LABELS: Readonly<Record<string, string>> = {
  account: 'Account',
  accountCode: 'Account code',
  department: 'Department / cost centre',
  dimension: 'Other dimension',
  type: 'Revenue or expense',
  scenario: 'Scenario (budget/actual)',
  period: 'Period',
  amount: 'Amount',
  month: 'Month amounts',
  ignored: 'Ignore',
  kpi: 'KPI name',
  owner: 'Owner',
  unit: 'Unit',
  direction: 'Better when',
  target: 'Target',
  targetLow: 'Target low',
  targetHigh: 'Target high',
  green: 'Green threshold',
  amber: 'Amber threshold',
  perspective: 'Perspective',
  weight: 'Weight',
  factor: 'Factor',
  category: 'SWOT category',
  rating: 'Rating',
  notes: 'Notes',
  objective: 'Objective',
  phasing: 'Phasing method',
  reference: 'Seasonal reference',
  profile: 'Custom profile',
  unknown: 'Not understood',
};

/** The choices that reproduce what was read: the detected mapping, the last month with actuals. */
export function initialChoices(summary: DataSummary): DataChoices {
  return { mapping: summary.mapping, period: null };
}

/** The mapping with one column of one table given another role (a table absent from the mapping is left alone). */
export function withColumnRole(mapping: Mapping, tableId: string, index: number, role: ColumnRoleName): Mapping {
  return {
    ...mapping,
    tables: mapping.tables.map((table) => {
      if (table.id !== tableId) return table;
      const columns = table.columns ?? [];
      const others = columns.filter((c) => c.index !== index);
      const old = columns.find((c) => c.index === index);
      // A month column keeps its period and scenario whatever its role; other roles do not carry them.
      const column = role === 'month' && old ? { ...old, role } : { index, role };
      return { ...table, columns: [...others, column].sort((a, b) => a.index - b.index) };
    }),
  };
}

/** The mapping with one account's type overridden. */
export function withAccountType(mapping: Mapping, account: string, type: AccountType): Mapping {
  return { ...mapping, accountTypes: { ...mapping.accountTypes, [account]: type } };
}

/** The role the mapping gives a column, or null when it says nothing of it. */
export function mappedRole(mapping: Mapping, tableId: string, index: number): ColumnRoleName | null {
  return mapping.tables.find((t) => t.id === tableId)?.columns?.find((c) => c.index === index)?.role ?? null;
}
