/** Places the text blocks of a sheet: title, notes (the narrative), headline figures and retired comments. */
import { COLOURS } from './ibcsColours';
import { EDITABLE_COLUMNS, LINE_KEY_COLUMN } from './editableColumns';
import { LayoutFragment, putCells, putStyle, rangeA1, wantWidth } from './LayoutFragment';
import { formatForKind } from './numberFormats';
import type { KeyFiguresBlock, NoteBlock, RetiredCommentsBlock, TableBlock, TitleBlock } from './Pack';
import { text } from './safeText';
import { layoutTable } from './layoutTable';

/** Title in large bold type, who/what/when below it in muted italics; returns rows used. */
export function layoutTitle(block: TitleBlock, startRow: number, sheet: LayoutFragment): number {
  putCells(sheet, startRow, 0, [[text(block.title)], [text(block.subtitle)]], [['General'], ['General']]);
  putStyle(sheet, rangeA1(startRow, 0, 1, 1), { bold: true, fontSize: 16 });
  putStyle(sheet, rangeA1(startRow + 1, 0, 1, 1), { italic: true, fontColour: COLOURS.muted });
  return 3;
}

/** One paragraph per row, under an optional bold heading; returns rows used. */
export function layoutNote(block: NoteBlock, startRow: number, sheet: LayoutFragment): number {
  let row = startRow;
  if (block.heading !== undefined) {
    putCells(sheet, row, 0, [[text(block.heading)]], [['General']]);
    putStyle(sheet, rangeA1(row, 0, 1, 1), { bold: true, fontSize: 12 });
    row += 1;
  }
  if (block.lines.length > 0) {
    putCells(
      sheet,
      row,
      0,
      block.lines.map((line) => [text(line)]),
      block.lines.map(() => ['General']),
    );
    row += block.lines.length;
  }
  return row - startRow + 1;
}

/** Label, value and comparison per figure, the value coloured by its business impact; returns rows used. */
export function layoutKeyFigures(block: KeyFiguresBlock, startRow: number, sheet: LayoutFragment): number {
  putCells(sheet, startRow, 0, [[text(block.heading)]], [['General']]);
  putStyle(sheet, rangeA1(startRow, 0, 1, 1), { bold: true, fontSize: 12 });
  const first = startRow + 1;
  putCells(
    sheet,
    first,
    0,
    block.figures.map((f) => [
      text(f.label),
      f.value !== null && Number.isFinite(f.value) ? f.value : null,
      text(f.comparison ?? ''),
    ]),
    block.figures.map((f) => ['General', formatForKind(f.kind), 'General']),
  );
  block.figures.forEach((figure, index) => {
    const fontColour = figure.tone === 'good' ? COLOURS.good : figure.tone === 'bad' ? COLOURS.bad : COLOURS.actual;
    putStyle(sheet, rangeA1(first + index, 1, 1, 2), { bold: true, fontColour });
  });
  wantWidth(sheet, 0, 24);
  wantWidth(sheet, 1, 13);
  return 1 + block.figures.length + 1;
}

/** The table retired entries are written as: the line key shown (the line is gone), then the entry fields. */
function retiredCommentsTable(block: RetiredCommentsBlock): TableBlock {
  const keyColumn = { key: LINE_KEY_COLUMN.key, header: LINE_KEY_COLUMN.header, kind: 'text' as const, width: 30 };
  return {
    kind: 'table',
    id: 'retired-comments',
    heading: block.heading,
    columns: [keyColumn, ...EDITABLE_COLUMNS],
    rows: block.entries.map((entry) => ({
      key: entry.lineKey,
      values: {
        lineKey: entry.lineKey,
        commentary: entry.commentary,
        owner: entry.owner,
        action: entry.action,
        due: entry.due,
      },
    })),
    keyColumn: keyColumn.key,
    conditionalFormats: [],
  };
}

/** Retired comments are laid out as an editable table, so a refresh reads them back like any other entries. */
export function layoutRetiredComments(block: RetiredCommentsBlock, startRow: number, sheet: LayoutFragment): number {
  if (block.entries.length === 0) return 0;
  return layoutTable(retiredCommentsTable(block), startRow, sheet);
}
