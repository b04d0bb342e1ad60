/**
 * The subset of the Excel JavaScript API this add-in uses, as structural interfaces.
 *
 * Coding against this subset instead of the full `Excel.*` classes lets the strict in-memory fake
 * (`src/workbook/fake/`) implement exactly what we call, with no cast. The assertions at the bottom make the
 * compiler prove that the real `Excel.RequestContext` fits the subset, so nothing here can drift from Office.js.
 */

/** Cell values as Office.js accepts them in `Range.values`. */
export type ExcelCellInput = string | number | boolean | null;

/** What `load` accepts in this project: a comma-separated list or an array of (possibly nested "a/b") paths. */
export type LoadSpec = string | string[];

/** `Range.format.font` (ExcelApi 1.1). */
export interface ExcelRangeFont {
  bold: boolean;
  italic: boolean;
  color: string;
  size: number;
}

/** `Range.format.fill` (ExcelApi 1.1). */
export interface ExcelRangeFill {
  color: string;
}

/** One edge of `Range.format.borders` (ExcelApi 1.1). */
export interface ExcelRangeBorder {
  style: Excel.RangeBorder['style'];
  weight: Excel.RangeBorder['weight'];
  color: string;
}

/** `Range.format`: font, fill, borders, column width, wrapping, alignment (ExcelApi 1.1). */
export interface ExcelRangeFormat {
  readonly font: ExcelRangeFont;
  readonly fill: ExcelRangeFill;
  readonly borders: { getItem(index: 'EdgeTop' | 'EdgeBottom'): ExcelRangeBorder };
  columnWidth: number;
  wrapText: boolean;
  horizontalAlignment: Excel.RangeFormat['horizontalAlignment'];
  /** `format.protection` (ExcelApi 1.2): an unlocked cell takes typing on a protected sheet. */
  readonly protection: { locked: boolean };
}

/** The format a conditional format applies when its rule holds. */
export interface ExcelConditionalRangeFormat {
  readonly font: { color: string };
  readonly fill: { color: string };
}

/** ExcelApi 1.6. */
export interface ExcelConditionalFormat {
  readonly cellValue: {
    readonly format: ExcelConditionalRangeFormat;
    rule: Excel.ConditionalCellValueRule;
  };
  readonly dataBar: {
    readonly positiveFormat: { fillColor: string };
  };
}

/** `Range.conditionalFormats` (ExcelApi 1.6). */
export interface ExcelConditionalFormatCollection {
  add(type: 'CellValue' | 'DataBar'): ExcelConditionalFormat;
  clearAll(): void;
}

/** `Range.valueTypes` entries (the string values of `Excel.RangeValueType`). */
export type ExcelValueType = 'Unknown' | 'Empty' | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Error' | 'RichValue';

/** `Excel.Range`: the properties and methods the add-in reads and writes. */
export interface ExcelRange {
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  values: ExcelCellInput[][];
  formulas: ExcelCellInput[][];
  numberFormat: string[][];
  readonly valueTypes: ExcelValueType[][];
  /** ExcelApi 1.2. */
  columnHidden: boolean;
  readonly isNullObject: boolean;
  readonly format: ExcelRangeFormat;
  readonly conditionalFormats: ExcelConditionalFormatCollection;
  load(propertyNames?: LoadSpec): ExcelRange;
  clear(applyTo?: 'All' | 'Formats' | 'Contents'): void;
  select(): void;
  getCell(row: number, column: number): ExcelRange;
  getResizedRange(deltaRows: number, deltaColumns: number): ExcelRange;
}

/** Fill of a chart series or point. */
export interface ExcelChartFill {
  setSolidColor(color: string): void;
  clear(): void;
}

/** Line (or outline) of a chart series. */
export interface ExcelChartLine {
  color: string;
  lineStyle: Excel.ChartLineFormat['lineStyle'];
  clear(): void;
}

/** Chart kinds we create, all ExcelApi 1.1; waterfall is deliberately absent (bridges are stacked columns). */
export type ExcelChartType =
  'ColumnClustered' | 'ColumnStacked' | 'Line' | 'BarClustered' | 'XYScatter' | 'AreaStacked';

/** ExcelApi 1.7 for `chartType`, `setValues`, `setXAxisValues` and `series.add`. */
export interface ExcelChartSeries {
  name: string;
  chartType: Excel.ChartSeries['chartType'];
  readonly format: { readonly fill: ExcelChartFill; readonly line: ExcelChartLine };
  readonly points: { getItemAt(index: number): { readonly format: { readonly fill: ExcelChartFill } } };
  setValues(sourceData: ExcelRange): void;
  setXAxisValues(sourceData: ExcelRange): void;
}

/** A chart axis: bounds, number format (ExcelApi 1.8) and title. */
export interface ExcelChartAxis {
  minimum: number;
  maximum: number;
  numberFormat: string;
  readonly title: { text: string };
}

/** `Excel.Chart` (ExcelApi 1.1; series added with ExcelApi 1.7). */
export interface ExcelChart {
  name: string;
  readonly title: { text: string };
  readonly series: { getItemAt(index: number): ExcelChartSeries; add(name?: string): ExcelChartSeries };
  readonly axes: { readonly valueAxis: ExcelChartAxis; readonly categoryAxis: ExcelChartAxis };
  setPosition(startCell: string, endCell?: string): void;
  delete(): void;
}

/** `Worksheet.charts`. */
export interface ExcelChartCollection {
  readonly items: ExcelChart[];
  load(propertyNames?: LoadSpec): ExcelChartCollection;
  add(type: ExcelChartType, sourceData: ExcelRange, seriesBy?: 'Auto' | 'Columns' | 'Rows'): ExcelChart;
}

/** `Worksheet.freezePanes` (ExcelApi 1.7). */
export interface ExcelFreezePanes {
  freezeRows(count?: number): void;
  unfreeze(): void;
}

/** `Worksheet.protection` (ExcelApi 1.2): the add-in protects and unprotects without a password. */
export interface ExcelWorksheetProtection {
  readonly protected: boolean;
  load(propertyNames?: LoadSpec): ExcelWorksheetProtection;
  /** Fails if the sheet is already protected. */
  protect(options?: Excel.WorksheetProtectionOptions): void;
  unprotect(): void;
}
/** "Visible", "Hidden" or "VeryHidden" (hidden from the user interface too). */
export type ExcelSheetVisibility = Excel.Worksheet['visibility'];

/** `Excel.Worksheet`. */
export interface ExcelWorksheet {
  readonly id: string;
  name: string;
  visibility: ExcelSheetVisibility;
  readonly isNullObject: boolean;
  readonly charts: ExcelChartCollection;
  readonly freezePanes: ExcelFreezePanes;
  readonly protection: ExcelWorksheetProtection;
  load(propertyNames?: LoadSpec): ExcelWorksheet;
  getRange(address?: string): ExcelRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  activate(): void;
  delete(): void;
}

/** `Workbook.worksheets`. */
export interface ExcelWorksheetCollection {
  readonly items: ExcelWorksheet[];
  load(propertyNames?: LoadSpec): ExcelWorksheetCollection;
  getItem(key: string): ExcelWorksheet;
  getItemOrNullObject(key: string): ExcelWorksheet;
  add(name?: string): ExcelWorksheet;
}

/** An Excel Table (ListObject). */
export interface ExcelTable {
  readonly name: string;
  getRange(): ExcelRange;
}

/** `Workbook.tables`. */
export interface ExcelTableCollection {
  readonly items: ExcelTable[];
  load(propertyNames?: LoadSpec): ExcelTableCollection;
}

/** `Excel.NamedItem`: a defined name (ExcelApi 1.1; `delete` 1.4; `formula` 1.7). */
export interface ExcelNamedItem {
  readonly name: string;
  /** "Range" while it refers to cells; "Error" once the sheet it referred to is deleted. */
  readonly type: Excel.NamedItem['type'];
  /** "='OR Variance'!$A$1"; "=#REF!$A$1" once the sheet it referred to is deleted. */
  readonly formula: unknown;
  /** False hides the name from Name Manager. */
  visible: boolean;
  readonly isNullObject: boolean;
  load(propertyNames?: LoadSpec): ExcelNamedItem;
  delete(): void;
}

/** `Workbook.names`: the workbook-scoped defined names (`add` and `getItemOrNullObject` ExcelApi 1.4). */
export interface ExcelNamedItemCollection {
  readonly items: ExcelNamedItem[];
  load(propertyNames?: LoadSpec): ExcelNamedItemCollection;
  getItem(name: string): ExcelNamedItem;
  getItemOrNullObject(name: string): ExcelNamedItem;
  add(name: string, reference: ExcelRange | string, comment?: string): ExcelNamedItem;
}

/** `Excel.Workbook`. */
export interface ExcelWorkbook {
  readonly worksheets: ExcelWorksheetCollection;
  readonly tables: ExcelTableCollection;
  readonly names: ExcelNamedItemCollection;
}

/** `Excel.Application`. */
export interface ExcelApplication {
  /** ExcelApi 1.9. */
  suspendScreenUpdatingUntilNextSync(): void;
}

/** The request context: every call is queued and runs on the host at `sync()`. */
export interface ExcelContext {
  readonly workbook: ExcelWorkbook;
  readonly application: ExcelApplication;
  sync(): Promise<void>;
}

/** The shape of `Excel.run` restricted to our subset; tests pass `FakeExcel.run`. */
export type ExcelRun = <T>(batch: (context: ExcelContext) => Promise<T>) => Promise<T>;

// Compile-time proof that the real API fits the subset: if Office.js changes a signature we use, this fails to build.
type Fits<T extends true> = T;
export type _RealContextFits = Fits<Excel.RequestContext extends ExcelContext ? true : false>;
export type _RealRangeFits = Fits<Excel.Range extends ExcelRange ? true : false>;
export type _RealWorksheetFits = Fits<Excel.Worksheet extends ExcelWorksheet ? true : false>;
export type _RealChartFits = Fits<Excel.Chart extends ExcelChart ? true : false>;
export type _RealNamedItemFits = Fits<Excel.NamedItem extends ExcelNamedItem ? true : false>;
