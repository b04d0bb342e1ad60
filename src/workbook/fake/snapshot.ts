/**
 * A plain, serialisable picture of a fake book, for test assertions and for the pane's read-only preview.
 * Values are what Excel would show (formulas computed where `formulaValue.ts` can), addresses are A1.
 */
import { toA1 } from '../../engine';
import { COLUMN_LIMIT, type BookState, type CellFormat, type ChartState, type SheetState } from './BookState';
import { shownValue } from './formulaValue';
import { rectA1 } from './rangeAddress';
import { usedRect } from './FakeWorksheet';

/** One non-empty (or formatted) cell. */
export interface CellSnapshot {
  /** A1 address on its sheet. */
  readonly address: string;
  readonly value: string | number | boolean | null;
  /** The error shown ("#NAME?"), when the cell shows one. */
  readonly error: string | null;
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly format: Readonly<CellFormat>;
}

/** One chart, with its series as A1 ranges. */
export interface ChartSnapshot {
  readonly name: string;
  readonly type: string;
  readonly source: string;
  readonly title: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly series: readonly {
    readonly name: string;
    readonly chartType: string | null;
    readonly values: string;
    readonly xValues: string | null;
    readonly fill: string | null;
    readonly lineColor: string | null;
    readonly lineStyle: string | null;
    readonly pointFills: Readonly<Record<number, string>>;
  }[];
}

/** One sheet as it would look in Excel. */
export interface SheetSnapshot {
  readonly id: string;
  readonly name: string;
  readonly visibility: string;
  /** The used range ("A1:H40"), or null for a blank sheet. */
  readonly usedRange: string | null;
  /** Row-major values of the used range (empty cells null, errors as their text "#NAME?"), for previews. */
  readonly values: readonly (readonly (string | number | boolean | null)[])[];
  readonly cells: readonly CellSnapshot[];
  readonly columnWidths: Readonly<Record<string, number>>;
  readonly hiddenColumns: readonly string[];
  readonly frozenRows: number;
  readonly conditionalFormats: readonly {
    readonly range: string;
    readonly type: string;
    readonly operator: string | null;
    readonly formula1: string | null;
    readonly fontColor: string | null;
    readonly fillColor: string | null;
    readonly barColor: string | null;
  }[];
  readonly charts: readonly ChartSnapshot[];
}

/** The whole workbook and the current selection. */
export interface BookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  readonly selection: { readonly sheet: string; readonly address: string } | null;
}

function chartSnapshot(chart: ChartState): ChartSnapshot {
  return {
    name: chart.name,
    type: chart.type,
    source: chart.source,
    title: chart.title,
    from: chart.from,
    to: chart.to,
    series: chart.series.map((s) => ({
      name: s.name,
      chartType: s.chartType,
      values: rectA1(s.values),
      xValues: s.xValues ? rectA1(s.xValues) : null,
      fill: s.fill,
      lineColor: s.lineColor,
      lineStyle: s.lineStyle,
      pointFills: Object.fromEntries(s.pointFills),
    })),
  };
}

function columnName(index: number): string {
  return toA1({ row: 0, column: index }).replace(/\d+$/, '');
}

/** The picture of one sheet. */
function snapshotSheet(sheet: SheetState): SheetSnapshot {
  const cells: CellSnapshot[] = [...sheet.cells.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, cell]) => {
      const shown = shownValue(sheet, cell);
      return {
        address: toA1({ row: Math.floor(key / COLUMN_LIMIT), column: key % COLUMN_LIMIT }),
        value: 'error' in shown ? null : shown.value,
        error: 'error' in shown ? shown.error : null,
        formula: cell.formula,
        numberFormat: cell.numberFormat,
        format: { ...cell.format },
      };
    });
  const used = usedRect(sheet, false);
  const values = used
    ? Array.from({ length: used.rows }, (_, r) =>
        Array.from({ length: used.columns }, (_, c) => {
          const cell = sheet.cells.get((used.row + r) * COLUMN_LIMIT + used.column + c);
          if (!cell) return null;
          const shown = shownValue(sheet, cell);
          return 'error' in shown ? shown.error : shown.value;
        }),
      )
    : [];
  return {
    id: sheet.id,
    name: sheet.name,
    visibility: sheet.visibility,
    usedRange: used ? rectA1(used) : null,
    values,
    cells,
    columnWidths: Object.fromEntries([...sheet.columnWidths].map(([c, w]) => [columnName(c), w])),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b).map(columnName),
    frozenRows: sheet.frozenRows,
    conditionalFormats: sheet.conditionalFormats.map(({ rect, ...rule }) => ({ range: rectA1(rect), ...rule })),
    charts: sheet.charts.map(chartSnapshot),
  };
}

/** The picture of every sheet, in tab order. */
export function snapshotBook(book: BookState): BookSnapshot {
  return { sheets: book.sheets.map(snapshotSheet), selection: book.selection };
}
