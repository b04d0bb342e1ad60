/**
 * The review pack as pure data: what the add-in writes back into the workbook, before any placement in cells.
 *
 * `buildPack` produces it from an analysis result; `layoutPack` places it into cells; the Office.js writer and the
 * .xlsx writer both write exactly that layout, so a pack refreshed in Excel and one written by `ops-review pack`
 * look the same. Nothing here knows about a host.
 */

import type { AnalysisResult } from '../results/AnalysisResult';
import type { AmountScale } from './amountScale';
import type { ResolvedPackOptions } from './PackOptions';

/** The sheets a pack can hold, in the order they are written. */
export type PackSheetKey = 'summary' | 'variance' | 'forecast' | 'kpis' | 'swot' | 'goals';

/** Every pack sheet, in writing order. */
export const PACK_SHEET_KEYS: readonly PackSheetKey[] = ['summary', 'variance', 'forecast', 'kpis', 'swot', 'goals'];

/**
 * A value in a pack table. Strings are always text (never formulas, whatever they begin with); dates are
 * ISO "YYYY-MM-DD" strings in `date` columns, or Excel serial numbers when a user typed a date in an editable column.
 */
export type PackValue = string | number | boolean | null;

/** How a column's values are shown; `layoutPack` turns it into a number format unless the column gives one. */
export type ColumnKind = 'text' | 'number' | 'currency' | 'percent' | 'date' | 'flag';

/** One column of a pack table: what it holds and how it is shown. */
export interface PackColumn {
  /** Key of the value in each {@link PackRow.values}. */
  readonly key: string;
  readonly header: string;
  readonly kind: ColumnKind;
  /** Excel number format; when absent, the default of `kind`. */
  readonly numberFormat?: string;
  /** Column width in Excel character units. */
  readonly width?: number;
  /** A column users type into (Commentary, Owner, Action, Due): kept across refreshes by line key. */
  readonly editable?: true;
  /** Written but hidden (the line-key column that lets refreshes match rows after a user sorts them). */
  readonly hidden?: true;
  /** Text kept at `width` and wrapped onto more lines, rather than the column grown to its longest value. */
  readonly wrap?: true;
}

/** What a row is, for its style: a plain line, a subtotal (roll-up) or the grand total. */
export type RowEmphasis = 'line' | 'section' | 'subtotal' | 'total';

/** One row of a pack table, its values keyed by column key. */
export interface PackRow {
  /** Stable line key (the analysis line key) for rows that carry user entries; absent on roll-ups. */
  readonly key?: string;
  readonly values: Readonly<Record<string, PackValue>>;
  readonly emphasis?: RowEmphasis;
  /** Number formats of this row's cells by column key, where they differ from the column's (a KPI in % or days). */
  readonly numberFormats?: Readonly<Record<string, string>>;
  /** Business impact of this row's variance cells by column key: green when it helps, red when it hurts (IBCS). */
  readonly tones?: Readonly<Record<string, FigureTone>>;
}

/**
 * Conditional formats as data, applied to one column of a table:
 * - `negative-red`: numbers below zero in red;
 * - `favourable-flag`: the words "Favourable" green and "Unfavourable" red (IBCS: colour by business impact);
 * - `status-traffic-light`: the words "green", "amber", "red" filled in their colour;
 * - `data-bar`: a bar proportional to the value.
 */
export type ConditionalRuleName = 'negative-red' | 'favourable-flag' | 'status-traffic-light' | 'data-bar';

/** A named conditional format on one column of a table. */
export interface PackConditionalFormat {
  readonly column: string;
  readonly rule: ConditionalRuleName;
}

/**
 * The IBCS title block of a sheet: who ("Northwind Logistics"), what ("Budget vs actual in US$ thousands"), when
 * ("June 2026 and year to date · actual (AC) vs budget (BU)"), then who prepared it and from what, in small type.
 * Repeated at the top of every printed page.
 */
export interface TitleBlock {
  readonly kind: 'title';
  /** The company or entity, when the workbook names one. */
  readonly who: string | null;
  /** What the sheet shows, with its currency and unit once the sheet's scale is chosen. */
  readonly title: string;
  /** The period and the scenarios compared. */
  readonly when: string;
  readonly subtitle: string;
}

/**
 * A drafted text the user may rewrite (the Summary's commentary): written in one wide cell under a "Commentary"
 * header, with a key in a hidden "Line key" column. The key carries a digest of the draft the pack wrote, so a
 * refresh can tell a text the user edited (kept, like line commentary) from the untouched draft (redrafted).
 */
export interface DraftBlock {
  readonly kind: 'draft';
  readonly heading: string;
  /** "summary-commentary#<digest of the draft>". */
  readonly key: string;
  readonly text: string;
}

/** The IE matrix as its 3 x 3 grid in David's orientation (IFE strong to weak left to right, EFE high to low top down). */
export interface IeGridBlock {
  readonly kind: 'ieGrid';
  readonly heading: string;
  readonly ife: number;
  readonly efe: number;
  /** The cell the position falls in, I to IX. */
  readonly cell: string;
}

/** Whether a figure helps (green), hurts (red) or is neither, by business impact. */
export type FigureTone = 'good' | 'bad' | 'neutral';

/** One headline figure: label, value and the comparison that gives it meaning. */
export interface KeyFigure {
  readonly label: string;
  readonly value: number | null;
  readonly kind: ColumnKind;
  /** E.g. "vs budget +12,400 (+4.1 %)": the comparison in words, for hosts that show figures as text. */
  readonly comparison?: string;
  /** The difference to budget, shown in the sheet's scale beside the value. */
  readonly delta?: number;
  /** The difference as a fraction of budget; null when the budget is zero. */
  readonly deltaPct?: number | null;
  readonly tone: FigureTone;
}

/** A few headline figures under a heading. */
export interface KeyFiguresBlock {
  readonly kind: 'keyFigures';
  readonly heading: string;
  readonly figures: readonly KeyFigure[];
}

/** A table of typed columns and rows, with conditional formats and, for line tables, a key column. */
export interface TableBlock {
  readonly kind: 'table';
  /** Stable id within the pack, e.g. "variance-lines"; writers use it to find the table again on refresh. */
  readonly id: string;
  readonly heading: string;
  readonly columns: readonly PackColumn[];
  readonly rows: readonly PackRow[];
  /** Key of the column that holds each row's line key (also written, hidden), when rows carry user entries. */
  readonly keyColumn?: string;
  readonly conditionalFormats: readonly PackConditionalFormat[];
  /** Shown under the table when it has no rows, e.g. "No KPI table was found in the workbook." */
  readonly emptyText?: string;
}

/** The kind of native chart. */
export type ChartType = 'columnLine' | 'bar' | 'line' | 'scatter' | 'stackedColumn';

/**
 * What a series stands for, which fixes its IBCS look: actual solid dark, budget outlined/light, forecast lighter
 * or hatched, good green, bad red. `bandBase` is the invisible lower edge a stacked `band` area sits on.
 */
export type SeriesRole = 'actual' | 'budget' | 'forecast' | 'band' | 'bandBase' | 'good' | 'bad' | 'neutral';

/** How one series is drawn within its chart. */
export type PlotAs = 'column' | 'bar' | 'line' | 'area' | 'scatter';

/** One series of a chart: its values, role (which fixes its IBCS look) and how it is drawn. */
export interface ChartSeries {
  readonly name: string;
  /** One value per category; null leaves a gap. */
  readonly values: readonly (number | null)[];
  readonly role: SeriesRole;
  readonly plotAs: PlotAs;
  /** RGB hex without '#', e.g. "404040". */
  readonly colour: string;
  /** Per-point colours (variance bars green/red by business impact), same length as `values`. */
  readonly pointColours?: readonly string[];
}

/** A native chart described as data; `layoutPack` writes its data to cells and points the chart at them. */
export interface ChartSpec {
  readonly type: ChartType;
  readonly title: string;
  /** Category labels (periods, departments), or x values for a scatter chart. */
  readonly categories: readonly (string | number)[];
  /** Header of the category column in the chart's data table. */
  readonly categoryHeader: string;
  readonly series: readonly ChartSeries[];
  /** Number format of the values (axis and data table). */
  readonly valueFormat: string;
  /** Axis bounds when the chart needs fixed ones (the IE matrix runs from 1 to 4 on both axes). */
  readonly axes?: { readonly xMin?: number; readonly xMax?: number; readonly yMin?: number; readonly yMax?: number };
  readonly xTitle?: string;
  readonly yTitle?: string;
}

/** A chart with its data table. */
export interface ChartBlock {
  readonly kind: 'chart';
  /** Stable id within the pack, e.g. "chart-budget-vs-actual". */
  readonly id: string;
  readonly spec: ChartSpec;
}

/** Paragraphs: the drafted narrative, an explanation, a warning. */
export interface NoteBlock {
  readonly kind: 'note';
  readonly heading?: string;
  readonly lines: readonly string[];
}

/** What a user typed against one line of a previous pack. */
export interface CommentaryEntry {
  readonly commentary: PackValue;
  readonly owner: PackValue;
  readonly action: PackValue;
  readonly due: PackValue;
}

/** An entry whose line is no longer in the analysis, kept rather than dropped. */
export interface RetiredEntry extends CommentaryEntry {
  readonly lineKey: string;
}

/** Entries typed against lines that disappeared; written as a table users can still edit. */
export interface RetiredCommentsBlock {
  readonly kind: 'retiredComments';
  readonly heading: string;
  readonly entries: readonly RetiredEntry[];
}

/** Everything a pack sheet can hold, laid out top to bottom in order. */
export type PackBlock =
  TitleBlock | KeyFiguresBlock | TableBlock | ChartBlock | NoteBlock | RetiredCommentsBlock | IeGridBlock | DraftBlock;

/** One sheet of the pack. */
export interface PackSheet {
  readonly key: PackSheetKey;
  /** Wanted tab name, always with the "OR " prefix, e.g. "OR Summary"; writers pick another if a user sheet has it. */
  readonly name: string;
  readonly blocks: readonly PackBlock[];
  /** The unit the sheet's amounts are shown in, chosen once for the sheet. @default 'units' */
  readonly amountScale?: AmountScale;
  /** Footer text: who and when, printed on every page. */
  readonly footer?: { readonly left: string; readonly centre: string };
  /**
   * What a sheet that folds lines into "Other lines" (the Variance sheet over its cap) was built from, by reference:
   * the carry-over of user entries rebuilds it so a line carrying a comment is listed, not folded.
   */
  readonly builtFrom?: { readonly result: AnalysisResult; readonly options: ResolvedPackOptions };
}

/** Fingerprint of one source table, so a reviewer knows exactly which data the pack was built from. */
export interface SourceFingerprint {
  /** Sheet name, or "Sheet!A1:F40" for a table on part of a sheet. */
  readonly source: string;
  /** Hex digest of the table's values (see `fingerprintGrid`). */
  readonly fingerprint: string;
  readonly rows: number;
  readonly columns: number;
}

/** What the pack was built from, written to the hidden run-log sheet. */
export interface RunLog {
  /** ISO timestamp, passed in by the caller: the engine does not read the clock. */
  readonly generatedAt: string;
  readonly period: string;
  readonly settingsVersion: number;
  readonly author: string | null;
  readonly sources: readonly SourceFingerprint[];
}

/** The whole review pack: its sheets and its run log. */
export interface Pack {
  readonly sheets: readonly PackSheet[];
  readonly runLog: RunLog;
}
