/**
 * The "host side" of the fake Excel: plain data standing for what Excel holds in the workbook. Proxies never touch
 * it directly; their queued operations do, at `sync()`, exactly as Office.js requests run on the host.
 */
import type { ExcelRangeBorder, ExcelRangeFormat, ExcelSheetVisibility } from '../office/ExcelApi';

/** A border edge as the fake records it. */
export type BorderEdge = Pick<ExcelRangeBorder, 'style' | 'weight' | 'color'>;

/** The cell-level formats the fake records (per cell, as Excel stores them). */
export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  horizontalAlignment?: ExcelRangeFormat['horizontalAlignment'];
  wrapText?: boolean;
  borderTop?: BorderEdge;
  borderBottom?: BorderEdge;
  /** False once unlocked; Excel's cells are locked by default (it matters only on a protected sheet). */
  locked?: boolean;
}

/** One cell. `value` is what Excel shows: the computed result for a formula, or the constant. */
export interface CellState {
  value: string | number | boolean | null;
  /** The formula text ("=SUM(C4:C9)") when the cell holds a formula. */
  formula: string | null;
  /** Excel error value shown ("#NAME?"), when the value is an error. */
  error: string | null;
  numberFormat: string;
  format: CellFormat;
}

/** A zero-based cell rectangle. */
export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** A conditional format recorded on a sheet. */
export interface ConditionalFormatState {
  readonly rect: Rect;
  readonly type: 'CellValue' | 'DataBar';
  operator: string | null;
  formula1: string | null;
  fontColor: string | null;
  fillColor: string | null;
  barColor: string | null;
}

/** A chart series: its cells and its look. */
export interface ChartSeriesState {
  name: string;
  chartType: string | null;
  values: Rect;
  xValues: Rect | null;
  fill: string | null;
  fillCleared: boolean;
  lineColor: string | null;
  lineStyle: string | null;
  lineCleared: boolean;
  pointFills: Map<number, string>;
}

/** What was set on a chart axis (null: left to Excel). */
export interface ChartAxisState {
  minimum: number | null;
  maximum: number | null;
  numberFormat: string | null;
  title: string | null;
}

/** A chart recorded on a sheet. */
export interface ChartState {
  name: string;
  readonly type: string;
  /** A1 address of the source range given to `charts.add`, with its sheet. */
  readonly source: string;
  title: string;
  from: string | null;
  to: string | null;
  readonly series: ChartSeriesState[];
  readonly valueAxis: ChartAxisState;
  readonly categoryAxis: ChartAxisState;
}

/** A worksheet on the host. */
export interface SheetState {
  readonly id: string;
  name: string;
  visibility: ExcelSheetVisibility;
  /** Keyed by `row * COLUMN_LIMIT + column`. */
  readonly cells: Map<number, CellState>;
  /** Column widths in points, by zero-based column. */
  readonly columnWidths: Map<number, number>;
  readonly hiddenColumns: Set<number>;
  readonly conditionalFormats: ConditionalFormatState[];
  readonly charts: ChartState[];
  frozenRows: number;
  /** The options the sheet is protected with (no password: the add-in never sets one), or null when unprotected. */
  protection: Excel.WorksheetProtectionOptions | null;
}

/** An Excel Table on the host. */
export interface TableState {
  readonly name: string;
  readonly sheetId: string;
  readonly rect: Rect;
}

/** A workbook-scoped defined name referring to a rectangle of a sheet. */
export interface NameState {
  readonly name: string;
  /** The sheet it refers to, by id (so renames follow); null once that sheet is deleted ("=#REF!$A$1"). */
  sheetId: string | null;
  readonly rect: Rect;
  visible: boolean;
}

/** The whole workbook on the host. */
export interface BookState {
  readonly sheets: SheetState[];
  readonly tables: TableState[];
  readonly names: NameState[];
  activeSheetId: string | null;
  /** The selected range: its sheet and its A1 address on that sheet ("B7"). */
  selection: { sheet: string; address: string } | null;
  nextId: number;
}

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const ROW_LIMIT = 1_048_576;
export const COLUMN_LIMIT = 16_384;

/** The key of a cell in {@link SheetState.cells}. */
export function cellKey(row: number, column: number): number {
  return row * COLUMN_LIMIT + column;
}

/** A workbook with no sheet (the fake allows it; `fromGrids` adds sheets). */
export function emptyBook(): BookState {
  return { sheets: [], tables: [], names: [], activeSheetId: null, selection: null, nextId: 1 };
}

/** Worksheet ids look like Excel's ("{00000000-0001-0000-C000-000000000046}"): opaque, stable across renames. */
export function newSheet(book: BookState, name: string): SheetState {
  const n = book.nextId++;
  const sheet: SheetState = {
    id: `{${n.toString(16).toUpperCase().padStart(8, '0')}-0001-0000-C000-000000000046}`,
    name,
    visibility: 'Visible',
    cells: new Map(),
    columnWidths: new Map(),
    hiddenColumns: new Set(),
    conditionalFormats: [],
    charts: [],
    frozenRows: 0,
    protection: null,
  };
  book.sheets.push(sheet);
  book.activeSheetId ??= sheet.id;
  return sheet;
}

/** The sheet called `name`, compared without case as Excel does. */
export function findSheetByName(book: BookState, name: string): SheetState | null {
  const wanted = name.toLowerCase();
  return book.sheets.find((s) => s.name.toLowerCase() === wanted) ?? null;
}

/** A cell with nothing in it and the General format. */
export function emptyCell(): CellState {
  return { value: null, formula: null, error: null, numberFormat: 'General', format: {} };
}

/** Whether `inner` lies entirely inside `outer`. */
export function rectContains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}

/** Whether two rectangles share a cell. */
export function rectsIntersect(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}
