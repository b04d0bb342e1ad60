/** Places the text blocks of a sheet: title block, notes, headline figures, the commentary draft, retired comments. */
import { COLOURS } from './ibcsColours';
import { EDITABLE_COLUMNS, LINE_KEY_COLUMN, LINE_KEY_HEADER } from './editableColumns';
import { LayoutFragment, putCells, putStyle, rangeA1, wantWidth } from './LayoutFragment';
import { DELTA_FORMAT, DELTA_PERCENT_FORMAT, formatForKind } from './numberFormats';
import type {
  ColumnKind,
  DraftBlock,
  KeyFiguresBlock,
  NoteBlock,
  RetiredCommentsBlock,
  TableBlock,
  TitleBlock,
} from './Pack';
import { text } from './safeText';
import { layoutTable } from './layoutTable';
import { tidyNumber } from './tidyNumber';

/** Column of the draft's hidden key: far to the right of anything printed or charted. */
export const DRAFT_KEY_COLUMN = 30;

/**
 * The IBCS title block: who (bold), what (large, bold), when, then who prepared it (small, muted). Returns rows
 * used; the rows before the spacer are the ones repeated on every printed page.
 */
export function layoutTitle(block: TitleBlock, startRow: number, sheet: LayoutFragment): number {
  const lines: { value: string; style: Parameters<typeof putStyle>[2]; height: number }[] = [
    ...(block.who === null ? [] : [{ value: block.who, style: { bold: true, fontSize: 12 }, height: 17 }]),
    { value: block.title, style: { bold: true, fontSize: 16 }, height: 22 },
    { value: block.when, style: { fontSize: 12 }, height: 17 },
    { value: block.subtitle, style: { italic: true, fontSize: 9, fontColour: COLOURS.muted }, height: 14 },
  ];
  putCells(
    sheet,
    startRow,
    0,
    lines.map((l) => [text(l.value)]),
    lines.map(() => ['General']),
  );
  lines.forEach((line, i) => {
    putStyle(sheet, rangeA1(startRow + i, 0, 1, 1), line.style);
    sheet.heights.set(startRow + i, line.height);
  });
  putStyle(sheet, rangeA1(startRow + lines.length - 1, 0, 1, 1), { border: 'bottomThin' });
  return lines.length + 1;
}

/** One paragraph per row, each wrapping across the printed width, under an optional bold heading. */
export function layoutNote(block: NoteBlock, startRow: number, sheet: LayoutFragment): number {
  let row = startRow;
  if (block.heading !== undefined) {
    putCells(sheet, row, 0, [[text(block.heading)]], [['General']]);
    putStyle(sheet, rangeA1(row, 0, 1, 1), { bold: true, fontSize: 12 });
    sheet.keep.push({ first: row, last: row + Math.min(2, block.lines.length) });
    row += 1;
  }
  for (const line of block.lines) {
    putCells(sheet, row, 0, [[text(line)]], [['General']]);
    sheet.wide.push({ row, text: line });
    row += 1;
  }
  return row - startRow + 1;
}

/**
 * Headline figures as a small table: label, value, and its difference to budget in amount and percent, the
 * differences coloured by business impact (the amounts take the sheet's scale like every other amount).
 */
export function layoutKeyFigures(block: KeyFiguresBlock, startRow: number, sheet: LayoutFragment): number {
  putCells(sheet, startRow, 0, [[text(block.heading)]], [['General']]);
  putStyle(sheet, rangeA1(startRow, 0, 1, 1), { bold: true, fontSize: 12 });
  putCells(sheet, startRow + 1, 1, [[text('Actual'), text('ΔBU'), text('ΔBU %')]], [['General', 'General', 'General']]);
  putStyle(sheet, rangeA1(startRow + 1, 1, 1, 3), { bold: true, horizontalAlignment: 'right', border: 'bottomThin' });
  const first = startRow + 2;
  const number = (v: number | null | undefined, kind: ColumnKind): number | null =>
    v !== null && v !== undefined && Number.isFinite(v) ? tidyNumber(v, kind) : null;
  putCells(
    sheet,
    first,
    0,
    block.figures.map((f) => [
      text(f.label),
      number(f.value, f.kind),
      number(f.delta, f.kind),
      number(f.deltaPct, 'percent'),
    ]),
    block.figures.map((f) => [
      'General',
      formatForKind(f.kind),
      f.kind === 'currency' ? DELTA_FORMAT : formatForKind(f.kind),
      DELTA_PERCENT_FORMAT,
    ]),
  );
  block.figures.forEach((figure, index) => {
    putStyle(sheet, rangeA1(first + index, 1, 1, 1), { bold: true, fontSize: 12 });
    if (figure.tone !== 'neutral') {
      const fontColour = figure.tone === 'good' ? COLOURS.good : COLOURS.bad;
      putStyle(sheet, rangeA1(first + index, 2, 1, 2), { bold: true, fontColour });
    }
  });
  sheet.keep.push({ first: startRow, last: first + block.figures.length - 1 });
  wantWidth(sheet, 0, 30);
  for (const column of [1, 2, 3]) wantWidth(sheet, column, 10);
  return 2 + block.figures.length + 1;
}

/**
 * The commentary draft: a heading, a "Commentary" header over one wide wrapped cell, and the draft's key under a
 * "Line key" header in a far, hidden column, so a refresh reads it back as it reads line commentary.
 */
export function layoutDraft(block: DraftBlock, startRow: number, sheet: LayoutFragment): number {
  putCells(sheet, startRow, 0, [[text(block.heading)]], [['General']]);
  putStyle(sheet, rangeA1(startRow, 0, 1, 1), { bold: true, fontSize: 12 });
  putCells(sheet, startRow + 1, 0, [[text('Commentary')]], [['General']]);
  putStyle(sheet, rangeA1(startRow + 1, 0, 1, 1), { italic: true, fontColour: COLOURS.muted, fontSize: 9 });
  putCells(sheet, startRow + 2, 0, [[text(block.text)]], [['General']]);
  putStyle(sheet, rangeA1(startRow + 2, 0, 1, 1), { fill: COLOURS.editableFill });
  sheet.wide.push({ row: startRow + 2, text: block.text });
  putCells(sheet, startRow + 1, DRAFT_KEY_COLUMN, [[text(LINE_KEY_HEADER)], [text(block.key)]], [['@'], ['@']]);
  sheet.hiddenColumns.add(DRAFT_KEY_COLUMN);
  sheet.keep.push({ first: startRow, last: startRow + 2 });
  return 4;
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
