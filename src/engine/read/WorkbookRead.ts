import type { Diagnostic } from '../diagnostics';
import type {
  ExcludedRow,
  FinanceFact,
  KpiRecord,
  ObjectiveRecord,
  Period,
  Scenario,
  SwotRecord,
  UnreadableCell,
} from './datasets';

export type TableRole = 'finance' | 'kpi' | 'swot' | 'objectives' | 'unknown';

/** What one column of a detected table was understood to be. */
export interface ColumnRole {
  /** Zero-based column offset inside the table. */
  readonly index: number;
  readonly header: string;
  /** e.g. "account", "accountCode", "department", "dimension", "type", "period", "scenario", "amount", "month",
   * "ignored", "kpi", "owner", "unit", "direction", "target", "factor", "category", "weight", "rating", ... */
  readonly role: string;
  /** For month columns: the period the column holds. */
  readonly period?: Period;
  /** For wide finance tables with one column per scenario and month (e.g. "Budget Jan-26"). */
  readonly scenario?: Scenario;
  /** Why the column was left out or read as it was, when the header alone does not say ("memo": "describes postings"). */
  readonly reason?: string;
}

/** A table found in the workbook, with what we understood and how sure we are, for the pane to show. */
export interface DetectedTable {
  /** Stable id: sheet name plus the A1 range, e.g. "Budget!A4:P60", or the Excel Table name. */
  readonly id: string;
  readonly sheet: string;
  /** A1 range of the table on its sheet, header row included. */
  readonly range: string;
  readonly tableName: string | null;
  readonly role: TableRole;
  readonly layout: 'wide' | 'long' | null;
  /** Scenarios the table holds (one-table-per-scenario sheets hold one). */
  readonly scenarios: readonly Scenario[];
  /** 0..1 */
  readonly confidence: number;
  /** A sentence the pane can show: why we think this is what it is. */
  readonly reason: string;
  /** Excel row number of the header row. */
  readonly headerRow: number;
  readonly columns: readonly ColumnRole[];
  readonly periods: readonly Period[];
  readonly rowsRead: number;
}

export interface FiscalYear {
  /** 1 = January. */
  readonly startMonth: number;
  /** E.g. "FY2026" (named after the calendar year in which it ends). */
  readonly label: string;
  /** The twelve months of the fiscal year, "YYYY-MM", in order. */
  readonly periods: readonly Period[];
}

/** Everything table reading understood from a workbook. Never thrown: problems are in `diagnostics`. */
export interface WorkbookRead {
  readonly tables: readonly DetectedTable[];
  readonly facts: readonly FinanceFact[];
  readonly kpis: readonly KpiRecord[];
  readonly swot: readonly SwotRecord[];
  readonly objectives: readonly ObjectiveRecord[];
  readonly excludedRows: readonly ExcludedRow[];
  readonly diagnostics: readonly Diagnostic[];
  readonly fiscalYear: FiscalYear;
  /**
   * False when no dated figure was read (no finance amounts, no KPI values by month): `fiscalYear` is then only the
   * calendar year the review would default to, and must not be shown as a fact of the workbook. Absent means true.
   */
  readonly fiscalYearKnown?: boolean;
  /** Cells where a monthly figure should be but none could be read, for the data-quality marks. @default [] */
  readonly unreadable?: readonly UnreadableCell[];
  /** Last period with actual amounts, or null when there are no actuals. */
  readonly lastActualPeriod: Period | null;
}
