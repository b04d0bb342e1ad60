/**
 * Places a table block: heading, header row, one row per line, number formats by column kind, emphasis of
 * roll-ups, conditional formats, and the editable region that lets a refresh keep what users typed.
 */
import { COLOURS } from './ibcsColours';
import { LayoutFragment, linesIn, putCells, putStyle, rangeA1, wantHeight, wantWidth } from './LayoutFragment';
import { formatForKind } from './numberFormats';
import type { PackColumn, PackConditionalFormat, PackValue, TableBlock } from './Pack';
import { text } from './safeText';
import type { ConditionalFormatRule, LayoutValue } from './SheetLayout';
import { isoDateToSerial } from './excelDate';
import { tidyNumber } from './tidyNumber';

const DEFAULT_WIDTH: Record<PackColumn['kind'], number> = {
  text: 24,
  number: 12,
  currency: 13,
  percent: 9,
  date: 11,
  flag: 13,
};

/** Widest a text column grows to fit its values; longer texts wrap. */
const MAX_TEXT_WIDTH = 44;

/** A pack value as a layout cell: text marked as text, dates as serial numbers, non-finite numbers as blanks. */
function toLayoutValue(value: PackValue, column: PackColumn): LayoutValue {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? tidyNumber(value, column.kind) : null;
  if (typeof value === 'boolean') return value;
  if (column.kind === 'date') return isoDateToSerial(value) ?? text(value);
  return text(value);
}

function numberFormatOf(column: PackColumn): string {
  return column.numberFormat ?? formatForKind(column.kind);
}

/** The rules a named conditional format stands for; both writers express exactly these. */
function conditionalRules(rule: PackConditionalFormat['rule']): ConditionalFormatRule[] {
  switch (rule) {
    case 'negative-red':
      return [{ type: 'cellValue', operator: 'lessThan', value: 0, fontColour: COLOURS.bad }];
    case 'favourable-flag':
      return [
        { type: 'textEquals', text: 'Favourable', fontColour: COLOURS.good },
        { type: 'textEquals', text: 'Unfavourable', fontColour: COLOURS.bad },
      ];
    case 'status-traffic-light':
      return [
        { type: 'textEquals', text: 'green', fontColour: COLOURS.good, fill: COLOURS.goodFill },
        { type: 'textEquals', text: 'amber', fontColour: '7A4F01', fill: COLOURS.amberFill },
        { type: 'textEquals', text: 'red', fontColour: COLOURS.bad, fill: COLOURS.badFill },
      ];
    case 'data-bar':
      return [{ type: 'dataBar', colour: COLOURS.neutral }];
  }
}

const isFigure = (column: PackColumn | undefined): boolean =>
  column !== undefined && column.kind !== 'text' && column.kind !== 'flag' && column.kind !== 'date';

/** Column widths: the column's own or its kind's, text columns grown to their longest value up to a limit. */
function columnWidths(table: TableBlock): number[] {
  return table.columns.map((column) => {
    const base = column.width ?? DEFAULT_WIDTH[column.kind];
    if (column.kind !== 'text' || column.editable || column.hidden || column.wrap) return base;
    // Text columns grow to their longest value ("Customer Service Manager" is not cut), up to a limit past which
    // the text wraps.
    // A loop, not Math.max(...rows): a 200,000-line table is more arguments than the call stack holds.
    const longest = table.rows.reduce((most, row) => Math.max(most, String(row.values[column.key] ?? '').length), 0);
    return Math.min(MAX_TEXT_WIDTH, Math.max(base, longest + 1));
  });
}

/** The heading and the header row, with column widths and hidden columns; returns the widths. */
function layoutHeader(table: TableBlock, startRow: number, sheet: LayoutFragment): number[] {
  const columns = table.columns;
  putCells(sheet, startRow, 0, [[text(table.heading)]], [['General']]);
  putStyle(sheet, rangeA1(startRow, 0, 1, 1), { bold: true, fontSize: 12 });
  const headerRow = startRow + 1;
  putCells(sheet, headerRow, 0, [columns.map((c) => text(c.header))], [columns.map(() => 'General')]);
  putStyle(sheet, rangeA1(headerRow, 0, 1, columns.length), {
    bold: true,
    fill: COLOURS.headerFill,
    border: 'bottomThin',
    wrapText: true,
  });
  // Figures are right-aligned, so their headers are too (one style per run of figure columns).
  columns.forEach((column, index) => {
    if (!isFigure(column) || isFigure(columns[index - 1])) return;
    let end = index + 1;
    while (end < columns.length && isFigure(columns[end])) end += 1;
    putStyle(sheet, rangeA1(headerRow, index, 1, end - index), { horizontalAlignment: 'right' });
  });
  const widths = columnWidths(table);
  columns.forEach((column, index) => {
    wantWidth(sheet, index, widths[index]);
    if (column.hidden) sheet.hiddenColumns.add(index);
  });
  wantHeight(
    sheet,
    headerRow,
    15 * Math.max(1, ...columns.map((c, i) => (c.hidden ? 1 : linesIn(c.header, widths[i] - 1)))),
  );
  return widths;
}

/** Keeps a heading with its header and first rows, and a total with the line above it, on one page. */
function keepTogether(table: TableBlock, startRow: number, firstDataRow: number, sheet: LayoutFragment): void {
  const rows = table.rows;
  sheet.keep.push({ first: startRow, last: firstDataRow + Math.min(rows.length, 3) - 1 });
  if (rows.length > 3 && rows[rows.length - 1].emphasis === 'total') {
    sheet.keep.push({ first: firstDataRow + rows.length - 2, last: firstDataRow + rows.length - 1 });
  }
}

/** One data row's look: wrapped long texts, green and red by business impact, section and total emphasis. */
function styleRow(table: TableBlock, index: number, r: number, widths: readonly number[], sheet: LayoutFragment): void {
  const { columns } = table;
  const row = table.rows[index];
  columns.forEach((column, c) => {
    const value = row.values[column.key];
    if (typeof value === 'string' && column.kind === 'text' && !column.hidden && value.length >= widths[c]) {
      wantHeight(sheet, r, 15 * linesIn(value, widths[c] - 1));
      putStyle(sheet, rangeA1(r, c, 1, 1), { wrapText: true });
    }
  });
  // A row taller than one line reads from the top in every cell, not only in the wrapped one.
  if ((sheet.heights.get(r) ?? 15) > 15) putStyle(sheet, rangeA1(r, 0, 1, columns.length), { wrapText: true });
  // Green and red by business impact, one style per run of adjacent cells of the same tone.
  let c = 0;
  while (c < columns.length) {
    const tone = row.tones?.[columns[c].key];
    let end = c + 1;
    while (end < columns.length && row.tones?.[columns[end].key] === tone) end += 1;
    if (tone === 'good' || tone === 'bad') {
      putStyle(sheet, rangeA1(r, c, 1, end - c), { fontColour: tone === 'good' ? COLOURS.good : COLOURS.bad });
    }
    c = end;
  }
  if (row.emphasis === 'section') {
    putStyle(sheet, rangeA1(r, 0, 1, 1), { bold: true, italic: true });
  } else if (row.emphasis === 'subtotal') {
    putStyle(sheet, rangeA1(r, 0, 1, columns.length), { bold: true, border: 'topThin' });
  } else if (row.emphasis === 'total') {
    putStyle(sheet, rangeA1(r, 0, 1, columns.length), { bold: true, fill: COLOURS.totalFill, border: 'topDouble' });
  }
}

/**
 * Only rows with a line key take entries (a refresh finds them by key), so only those are shaded for typing: one
 * style per run of keyed rows across the editable columns.
 */
function shadeEntryRows(table: TableBlock, firstDataRow: number, sheet: LayoutFragment): void {
  const { columns, rows } = table;
  const firstEditable = columns.findIndex((c) => c.editable);
  const editableCount = columns.filter((c) => c.editable).length;
  let run = 0;
  while (firstEditable >= 0 && run < rows.length) {
    if (rows[run].key === undefined) {
      run += 1;
      continue;
    }
    let end = run + 1;
    while (end < rows.length && rows[end].key !== undefined) end += 1;
    putStyle(sheet, rangeA1(firstDataRow + run, firstEditable, end - run, editableCount), {
      fill: COLOURS.editableFill,
      wrapText: true,
    });
    run = end;
  }
}

/** The region a refresh reads entries back from: header, line keys and the editable columns. */
function entryRegion(table: TableBlock, headerRow: number, sheet: LayoutFragment): void {
  const { columns, rows } = table;
  const keyIndex = table.keyColumn === undefined ? -1 : columns.findIndex((c) => c.key === table.keyColumn);
  if (keyIndex < 0) return;
  const firstDataRow = headerRow + 1;
  sheet.editable.push({
    tableId: table.id,
    headerRange: rangeA1(headerRow, 0, 1, columns.length),
    keyRange: rangeA1(firstDataRow, keyIndex, rows.length, 1),
    columns: columns.flatMap((column, index) =>
      column.editable
        ? [{ key: column.key, header: column.header, range: rangeA1(firstDataRow, index, rows.length, 1) }]
        : [],
    ),
    lineKeys: rows.map((row) => row.key ?? ''),
  });
}

/** Lays out `table` from `startRow` (zero-based); returns the rows it used, a blank spacer row included. */
export function layoutTable(table: TableBlock, startRow: number, sheet: LayoutFragment): number {
  const { columns, rows } = table;
  const widths = layoutHeader(table, startRow, sheet);
  const headerRow = startRow + 1;
  const firstDataRow = headerRow + 1;
  if (rows.length === 0) {
    putCells(sheet, firstDataRow, 0, [[text(table.emptyText ?? 'Nothing to show for this period.')]], [['General']]);
    putStyle(sheet, rangeA1(firstDataRow, 0, 1, 1), { italic: true, fontColour: COLOURS.muted });
    sheet.keep.push({ first: startRow, last: firstDataRow });
    return 4;
  }
  keepTogether(table, startRow, firstDataRow, sheet);
  putCells(
    sheet,
    firstDataRow,
    0,
    rows.map((row) => columns.map((column) => toLayoutValue(row.values[column.key] ?? null, column))),
    rows.map((row) => columns.map((column) => row.numberFormats?.[column.key] ?? numberFormatOf(column))),
  );
  rows.forEach((_, index) => styleRow(table, index, firstDataRow + index, widths, sheet));
  shadeEntryRows(table, firstDataRow, sheet);
  for (const format of table.conditionalFormats) {
    const index = columns.findIndex((c) => c.key === format.column);
    if (index < 0) continue;
    for (const rule of conditionalRules(format.rule)) {
      sheet.conditionalFormats.push({ range: rangeA1(firstDataRow, index, rows.length, 1), rule });
    }
  }
  entryRegion(table, headerRow, sheet);
  return 2 + rows.length + 1;
}
