/**
 * What the blocks of one sheet have placed so far: each block's layout function appends its cells at the row
 * `layoutPack` gives it and returns the rows it used, and `layoutPack` turns the result into a {@link SheetLayout}.
 */
import { columnLetters, toA1 } from '../grid/address';
import { gridWidth } from '../grid/gridWidth';
import type {
  EditableRegion,
  CellStyle,
  LayoutCells,
  LayoutChart,
  LayoutConditionalFormat,
  LayoutValue,
  StyleRange,
} from './SheetLayout';

/** The growing content of one sheet while its blocks are laid out. */
export interface LayoutFragment {
  readonly cells: LayoutCells[];
  readonly styles: StyleRange[];
  readonly conditionalFormats: LayoutConditionalFormat[];
  readonly charts: LayoutChart[];
  readonly editable: EditableRegion[];
  /** Wanted width of a column (zero-based index -> character units); the widest wish wins. */
  readonly widths: Map<number, number>;
  readonly hiddenColumns: Set<number>;
  /** Row heights in points where a row is not the default 15 pt (zero-based row -> points). */
  readonly heights: Map<number, number>;
  /** Cells in column A whose text wraps across the printed width (merged once that width is known). */
  readonly wide: { readonly row: number; readonly text: string; readonly fontSize?: number }[];
  /** Row ranges a page break must not cut (charts, a table's heading with its first rows), zero-based inclusive. */
  readonly keep: { readonly first: number; readonly last: number }[];
  /** Columns used, counted from column A. */
  columns: number;
}

/** A sheet with nothing placed yet. */
export function emptyFragment(): LayoutFragment {
  return {
    cells: [],
    styles: [],
    conditionalFormats: [],
    charts: [],
    editable: [],
    widths: new Map(),
    hiddenColumns: new Set(),
    heights: new Map(),
    wide: [],
    keep: [],
    columns: 0,
  };
}

/** The A1 range of `rows` x `columns` cells whose top-left is the zero-based (row, column). */
export function rangeA1(row: number, column: number, rows: number, columns: number): string {
  const from = toA1({ row, column });
  if (rows === 1 && columns === 1) return from;
  return `${from}:${toA1({ row: row + rows - 1, column: column + columns - 1 })}`;
}

/** An absolute A1 range ("$A$5:$A$16"), as chart series formulas want. */
export function absoluteRangeA1(row: number, column: number, rows: number): string {
  const letters = columnLetters(column);
  return `$${letters}$${row + 1}:$${letters}$${row + rows}`;
}

/** Adds a rectangle of values with their number formats, and grows the fragment to cover it. */
export function putCells(
  fragment: LayoutFragment,
  row: number,
  column: number,
  values: readonly (readonly LayoutValue[])[],
  numberFormats: readonly (readonly string[])[],
): void {
  const rows = values.length;
  const columns = gridWidth(values);
  if (rows === 0 || columns === 0) return;
  fragment.cells.push({ range: rangeA1(row, column, rows, columns), values, numberFormats });
  fragment.columns = Math.max(fragment.columns, column + columns);
}

/** Asks for `column` to be at least `width` characters wide. */
export function wantWidth(fragment: LayoutFragment, column: number, width: number): void {
  fragment.widths.set(column, Math.max(fragment.widths.get(column) ?? 0, width));
}

/** Adds a style to every cell of `range`. */
export function putStyle(fragment: LayoutFragment, range: string, style: CellStyle): void {
  fragment.styles.push({ range, style });
}

/** Asks for row `row` to be at least `height` points tall. */
export function wantHeight(fragment: LayoutFragment, row: number, height: number): void {
  fragment.heights.set(row, Math.max(fragment.heights.get(row) ?? 15, height));
}

/** Lines a text takes in a cell `width` characters wide (a conservative estimate: Excel's digit width per letter). */
export function linesIn(text: string, width: number): number {
  const perLine = Math.max(4, Math.floor(width * 1.05));
  return text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
}
