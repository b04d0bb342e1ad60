/**
 * Places a table block: heading, header row, one row per line, number formats by column kind, emphasis of
 * roll-ups, conditional formats, and the editable region that lets a refresh keep what users typed.
 */
import { COLOURS } from './ibcsColours';
import { LayoutFragment, putCells, putStyle, rangeA1, wantWidth } from './LayoutFragment';
import { formatForKind } from './numberFormats';
import type { PackColumn, PackConditionalFormat, PackValue, TableBlock } from './Pack';
import { text } from './safeText';
import type { ConditionalFormatRule, LayoutValue } from './SheetLayout';
import { isoDateToSerial } from './excelDate';

const DEFAULT_WIDTH: Record<PackColumn['kind'], number> = {
  text: 24,
  number: 12,
  currency: 13,
  percent: 9,
  date: 11,
  flag: 13,
};

/** A pack value as a layout cell: text marked as text, dates as serial numbers, non-finite numbers as blanks. */
function toLayoutValue(value: PackValue, column: PackColumn): LayoutValue {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
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

/** Lays out `table` from `startRow` (zero-based); returns the rows it used, a blank spacer row included. */
export function layoutTable(table: TableBlock, startRow: number, sheet: LayoutFragment): number {
  const columns = table.columns;
  const width = columns.length;
  putCells(sheet, startRow, 0, [[text(table.heading)]], [['General']]);
  putStyle(sheet, rangeA1(startRow, 0, 1, 1), { bold: true, fontSize: 12 });
  const headerRow = startRow + 1;
  putCells(sheet, headerRow, 0, [columns.map((c) => text(c.header))], [columns.map(() => 'General')]);
  putStyle(sheet, rangeA1(headerRow, 0, 1, width), {
    bold: true,
    fill: COLOURS.headerFill,
    border: 'bottomThin',
    wrapText: true,
  });
  columns.forEach((column, index) => {
    wantWidth(sheet, index, column.width ?? DEFAULT_WIDTH[column.kind]);
    if (column.hidden) sheet.hiddenColumns.add(index);
  });

  const firstDataRow = headerRow + 1;
  const rows = table.rows;
  if (rows.length === 0) {
    putCells(sheet, firstDataRow, 0, [[text(table.emptyText ?? 'Nothing to show for this period.')]], [['General']]);
    putStyle(sheet, rangeA1(firstDataRow, 0, 1, 1), { italic: true, fontColour: COLOURS.muted });
    return 4;
  }
  putCells(
    sheet,
    firstDataRow,
    0,
    rows.map((row) => columns.map((column) => toLayoutValue(row.values[column.key] ?? null, column))),
    rows.map((row) => columns.map((column) => row.numberFormats?.[column.key] ?? numberFormatOf(column))),
  );
  rows.forEach((row, index) => {
    if (row.emphasis === 'subtotal') {
      putStyle(sheet, rangeA1(firstDataRow + index, 0, 1, width), { bold: true, border: 'topThin' });
    } else if (row.emphasis === 'total') {
      putStyle(sheet, rangeA1(firstDataRow + index, 0, 1, width), {
        bold: true,
        fill: COLOURS.totalFill,
        border: 'topDouble',
      });
    }
  });

  columns.forEach((column, index) => {
    if (column.editable) {
      putStyle(sheet, rangeA1(firstDataRow, index, rows.length, 1), { fill: COLOURS.editableFill, wrapText: true });
    }
  });
  for (const format of table.conditionalFormats) {
    const index = columns.findIndex((c) => c.key === format.column);
    if (index < 0) continue;
    for (const rule of conditionalRules(format.rule)) {
      sheet.conditionalFormats.push({ range: rangeA1(firstDataRow, index, rows.length, 1), rule });
    }
  }

  const keyIndex = table.keyColumn === undefined ? -1 : columns.findIndex((c) => c.key === table.keyColumn);
  if (keyIndex >= 0) {
    sheet.editable.push({
      tableId: table.id,
      headerRange: rangeA1(headerRow, 0, 1, width),
      keyRange: rangeA1(firstDataRow, keyIndex, rows.length, 1),
      columns: columns.flatMap((column, index) =>
        column.editable
          ? [{ key: column.key, header: column.header, range: rangeA1(firstDataRow, index, rows.length, 1) }]
          : [],
      ),
      lineKeys: rows.map((row) => row.key ?? ''),
    });
  }
  return 2 + rows.length + 1;
}
