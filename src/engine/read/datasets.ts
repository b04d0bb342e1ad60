/**
 * The typed records that table reading produces from grids, and that every analysis consumes.
 * Every record keeps a {@link SourceRef} so results and narratives can point back to the cells.
 */

export type Scenario = 'budget' | 'actual' | 'forecast' | 'priorYear';
export type AccountType = 'revenue' | 'expense';

/** A calendar month as "YYYY-MM". Quarterly data is stored on the quarter's last month. */
export type Period = string;

export interface SourceRef {
  readonly sheet: string;
  /** A1 address of the cell. */
  readonly cell: string;
}

/** One amount of one scenario for one line in one month. */
export interface FinanceFact {
  readonly scenario: Scenario;
  /** The account label as written in the sheet, trimmed (code and name together when the sheet has them together). */
  readonly account: string;
  readonly accountCode: string | null;
  /** Department / cost centre, or null when the table has none. */
  readonly department: string | null;
  /** Further dimension columns by their header text (e.g. { Region: "North" }). */
  readonly dims: Readonly<Record<string, string>>;
  readonly type: AccountType;
  readonly period: Period;
  readonly amount: number;
  readonly source: SourceRef;
}

export type KpiDirection = 'higher' | 'lower' | 'range';

export interface KpiThresholds {
  /** Attainment (mode "pct") or absolute distance from target (mode "abs") at or above which the KPI is green. */
  readonly green: number;
  readonly amber: number;
  readonly mode: 'pct' | 'abs';
}

export interface KpiValue {
  readonly period: Period;
  readonly value: number;
  readonly source: SourceRef;
}

export interface KpiRecord {
  readonly name: string;
  readonly owner: string | null;
  /** "%", "days", "$", "count"... as written. */
  readonly unit: string | null;
  readonly direction: KpiDirection;
  /** Single target; for direction "range" the midpoint of targetLow..targetHigh. */
  readonly target: number | null;
  readonly targetLow: number | null;
  readonly targetHigh: number | null;
  /** Per-period targets when the table gives them (overrides `target` for that period). */
  readonly targets: readonly { readonly period: Period; readonly value: number }[];
  readonly thresholds: KpiThresholds | null;
  /** Balanced-scorecard perspective or category, when the table has such a column. */
  readonly perspective: string | null;
  readonly weight: number | null;
  readonly values: readonly KpiValue[];
  readonly source: SourceRef;
}

export type SwotCategory = 'S' | 'W' | 'O' | 'T';

export interface SwotRecord {
  readonly factor: string;
  readonly category: SwotCategory;
  readonly weight: number | null;
  readonly rating: number | null;
  readonly owner: string | null;
  readonly notes: string | null;
  readonly source: SourceRef;
}

export type PhasingMethod = 'even' | 'seasonal' | 'custom';

export interface ObjectiveRecord {
  readonly name: string;
  readonly annualTarget: number;
  readonly unit: string | null;
  readonly owner: string | null;
  readonly phasing: PhasingMethod | null;
  /** For seasonal phasing: the name of a KPI or account whose history gives the seasonal profile. */
  readonly reference: string | null;
  /** For custom phasing: 12 (or 4) weights in fiscal order. */
  readonly profile: readonly number[] | null;
  /** Actual progress by period when the table gives it. */
  readonly actuals: readonly { readonly period: Period; readonly value: number; readonly source: SourceRef }[];
  readonly source: SourceRef;
}

/** Why a row of a source table was not read as a line. Finer detail goes in `detail`. */
export type ExclusionReason = 'subtotal' | 'total' | 'blank' | 'header' | 'section';

export interface ExcludedRow {
  readonly sheet: string;
  /** Row number as Excel shows it (1-based). */
  readonly row: number;
  readonly reason: ExclusionReason;
  /** E.g. "derived: Gross profit", "footnote", "equals the sum of rows 5-9". */
  readonly detail?: string;
  readonly label?: string;
}

/**
 * A cell where a figure should be but none could be read: an Excel error, a word ("tbd"), a boolean or a number past
 * 15 digits. Kept with the line or KPI and month it belongs to, so the figures resting on it can be marked.
 */
export interface UnreadableCell {
  readonly source: SourceRef;
  readonly issue: 'error-value' | 'text-in-number' | 'boolean-in-number' | 'out-of-range';
  /** What the cell shows: "#N/A", "tbd". */
  readonly shown: string;
  readonly period: Period;
  /** The finance line (with its scenario) or the KPI the cell belongs to. */
  readonly figure:
    | {
        readonly kind: 'line';
        readonly scenario: Scenario;
        readonly line: Pick<FinanceFact, 'account' | 'accountCode' | 'department' | 'dims' | 'type'>;
      }
    | { readonly kind: 'kpi'; readonly name: string };
}
