/**
 * A pack placed into cells: the exact rectangles, formats, conditional formats and chart anchors both writers write.
 *
 * Every address is an A1 address on the layout's own sheet, without a sheet name, because the writer may have to
 * rename the sheet (a user already has "OR Summary"); writers qualify chart ranges with the name they actually used.
 * Layouts are built for the Office.js writer's sync budget: one value rectangle per block, style rectangles
 * rather than per-cell styles, so a whole sheet is a few dozen queued calls and no reads.
 */
import type { ChartSpec, PackSheetKey, PlotAs, SeriesRole } from './Pack';

/**
 * Text, marked so that no writer ever lets Excel turn it into a formula or a number: a cell value that is a bare
 * string never occurs in a layout.
 */
export interface TextValue {
  readonly text: string;
}

/** A cell value in a layout: a number, a boolean, an empty cell, or text (see {@link TextValue}). */
export type LayoutValue = number | boolean | null | TextValue;

/** One rectangle of values, with the number format of each cell. */
export interface LayoutCells {
  /** A1 range covered, e.g. "A5:H40" ("A5" alone for one cell). */
  readonly range: string;
  /** Row-major, exactly the size of `range`. */
  readonly values: readonly (readonly LayoutValue[])[];
  /** Same shape as `values`; "General" where nothing special applies, "@" for text. */
  readonly numberFormats: readonly (readonly string[])[];
}

/** The few borders the pack uses: under headers, above subtotals, double above totals. */
export type BorderStyle = 'bottomThin' | 'bottomMedium' | 'topThin' | 'topDouble';

/** Font, fill, border and alignment of a range; absent fields are left as they are. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points. */
  readonly fontSize?: number;
  /** RGB hex without '#'. */
  readonly fontColour?: string;
  /** Solid fill, RGB hex without '#'. */
  readonly fill?: string;
  readonly border?: BorderStyle;
  readonly horizontalAlignment?: 'left' | 'center' | 'right';
  readonly wrapText?: boolean;
}

/** A style applied to every cell of an A1 range. */
export interface StyleRange {
  readonly range: string;
  readonly style: CellStyle;
}

/** Width (and visibility) of one column. */
export interface ColumnFormat {
  /** Column letters, e.g. "A". */
  readonly column: string;
  /** Width in Excel character units. */
  readonly width: number;
  readonly hidden?: boolean;
}

/** A conditional format as both hosts can express it (Office.js ExcelApi 1.6 and OOXML `conditionalFormatting`). */
export type ConditionalFormatRule =
  | {
      readonly type: 'cellValue';
      readonly operator: 'lessThan' | 'greaterThan';
      readonly value: number;
      readonly fontColour: string;
      readonly fill?: string;
    }
  | { readonly type: 'textEquals'; readonly text: string; readonly fontColour: string; readonly fill?: string }
  | { readonly type: 'dataBar'; readonly colour: string };

/** A conditional format rule on an A1 range. */
export interface LayoutConditionalFormat {
  readonly range: string;
  readonly rule: ConditionalFormatRule;
}

/** Line style and fill of a series, derived from its IBCS role. */
export interface SeriesLook {
  /** Fill of columns, bars and areas; null for no fill (outlined budget columns, the invisible band base). */
  readonly fill: string | null;
  /** Line or outline colour; null for none. */
  readonly line: string | null;
  readonly dash: 'solid' | 'dash';
  /** 0 (opaque) to 1 (invisible) fill transparency, for the interval band. */
  readonly transparency: number;
}

/** One chart series as cell references, with its look. */
export interface LayoutChartSeries {
  readonly name: string;
  /** A1 cell holding the series name (its header in the chart's data table). */
  readonly nameCell: string;
  /** A1 range of the values, one column of the chart's data table. */
  readonly valuesRange: string;
  readonly role: SeriesRole;
  readonly plotAs: PlotAs;
  readonly look: SeriesLook;
  /** Per-point fills (variance bars green/red), same length as the values. */
  readonly pointColours?: readonly string[];
}

/** A native chart placed on the sheet, its data as A1 ranges of the same sheet; its look as its {@link ChartSpec}. */
export interface LayoutChart extends Pick<ChartSpec, 'type' | 'title' | 'valueFormat' | 'axes' | 'xTitle' | 'yTitle'> {
  readonly id: string;
  /** Cell rectangle the chart covers, e.g. "F5:N22": Office.js `setPosition(from, to)`, OOXML twoCellAnchor. */
  readonly from: string;
  readonly to: string;
  /** A1 range of the category labels (or x values for a scatter chart). */
  readonly categoriesRange: string;
  readonly series: readonly LayoutChartSeries[];
}

/** A table whose rows carry user entries (Commentary, Owner, Action, Due), matched by line key on refresh. */
export interface EditableRegion {
  readonly tableId: string;
  /** A1 range of the header row of the table. */
  readonly headerRange: string;
  /** A1 range of the (hidden) line-key column's data cells. */
  readonly keyRange: string;
  /** The editable columns: their key ("commentary"...), header and the A1 range of their data cells. */
  readonly columns: readonly { readonly key: string; readonly header: string; readonly range: string }[];
  /** Line key of each data row, top to bottom ("" for roll-up rows, which take no entries). */
  readonly lineKeys: readonly string[];
}

/** Page margins in inches. */
export interface PageMargins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: number;
  readonly footer: number;
}

/**
 * How a sheet prints: every pack sheet prints by itself, landscape, exactly one page wide (never shrunk further),
 * its title block repeated on every page, a footer with who and when on the left and centre and the page number
 * on the right, and manual page breaks placed so that no chart and no table heading is cut by a page end.
 */
export interface PageSetup {
  readonly orientation: 'landscape' | 'portrait';
  readonly fitToPagesWide: number;
  /** A1 range printed (the visible content, hidden key columns excluded where they sit at the right). */
  readonly printArea: string;
  /** Rows 1..titleRows are repeated at the top of every page; 0 for none. */
  readonly titleRows: number;
  readonly margins: PageMargins;
  /** Plain text (writers escape it); writers put "Page n of m" at the right. */
  readonly footerLeft: string;
  readonly footerCentre: string;
  /** 1-based row numbers after which a new page starts (OOXML `rowBreaks`, Office.js breaks before the next row). */
  readonly rowBreaks: readonly number[];
}

/** Height of one row in points, where it differs from the default 15 pt (title lines, wrapped headers, notes). */
export interface RowHeight {
  /** Zero-based row index. */
  readonly row: number;
  readonly height: number;
}

/** Which sheet a layout is: a pack sheet or the hidden run log. */
export type LayoutSheetKey = PackSheetKey | 'runLog';

/** Everything one sheet of the pack writes, placed in cells. */
export interface SheetLayout {
  readonly key: LayoutSheetKey;
  /** Wanted tab name. */
  readonly name: string;
  /** 'veryHidden' for the run log, which users should not stumble on. */
  readonly visibility: 'visible' | 'veryHidden';
  readonly cells: readonly LayoutCells[];
  readonly styles: readonly StyleRange[];
  readonly columns: readonly ColumnFormat[];
  readonly conditionalFormats: readonly LayoutConditionalFormat[];
  readonly charts: readonly LayoutChart[];
  readonly editable: readonly EditableRegion[];
  /** Bounding A1 range of everything written, so a refresh can clear exactly the previous content. */
  readonly usedRange: string;
  /** Rows frozen at the top (the title), 0 for none. */
  readonly freezeRows: number;
  /** Row heights that differ from the default, set explicitly so that every host paginates the same. */
  readonly rowHeights?: readonly RowHeight[];
  /** A1 ranges merged into one cell (notes that wrap across the printed width). */
  readonly merges?: readonly string[];
  /** Page setup for printing and PDF (absent on the hidden run log). */
  readonly print?: PageSetup;
}
