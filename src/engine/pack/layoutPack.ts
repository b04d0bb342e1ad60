/**
 * Places every block of a pack into cells. Both writers (Office.js and .xlsx) write exactly the returned layouts,
 * so the pack is the same in Excel and in a file written by `ops-review pack`.
 */
import { columnLetters } from '../grid/address';
import { emptyFragment, LayoutFragment, rangeA1 } from './LayoutFragment';
import type { Pack, PackBlock, PackSheet } from './Pack';
import type { SheetLayout } from './SheetLayout';
import { layoutChart } from './layoutChart';
import { layoutTable } from './layoutTable';
import { layoutKeyFigures, layoutNote, layoutRetiredComments, layoutTitle } from './layoutText';

function layoutBlock(block: PackBlock, row: number, sheet: LayoutFragment): number {
  switch (block.kind) {
    case 'title':
      return layoutTitle(block, row, sheet);
    case 'note':
      return layoutNote(block, row, sheet);
    case 'keyFigures':
      return layoutKeyFigures(block, row, sheet);
    case 'table':
      return layoutTable(block, row, sheet);
    case 'chart':
      return layoutChart(block, row, sheet);
    case 'retiredComments':
      return layoutRetiredComments(block, row, sheet);
  }
}

/** Lays out one pack sheet: blocks stacked top to bottom from A1, the title row frozen. */
function layoutSheet(packSheet: PackSheet): SheetLayout {
  const sheet = emptyFragment();
  let row = 0;
  for (const block of packSheet.blocks) row += layoutBlock(block, row, sheet);
  const columns = [...sheet.widths.keys()]
    .concat([...sheet.hiddenColumns])
    .filter((c, i, all) => all.indexOf(c) === i)
    .sort((a, b) => a - b)
    .map((column) => ({
      column: columnLetters(column),
      width: sheet.widths.get(column) ?? 10,
      ...(sheet.hiddenColumns.has(column) ? { hidden: true } : {}),
    }));
  const startsWithTitle = packSheet.blocks[0]?.kind === 'title';
  return {
    key: packSheet.key,
    name: packSheet.name,
    visibility: 'visible',
    cells: sheet.cells,
    styles: sheet.styles,
    columns,
    conditionalFormats: sheet.conditionalFormats,
    charts: sheet.charts,
    editable: sheet.editable,
    usedRange: rangeA1(0, 0, Math.max(1, row), Math.max(1, sheet.columns)),
    freezeRows: startsWithTitle ? 2 : 0,
    print: { orientation: 'landscape', fitToPagesWide: 1 },
  };
}

/** The layout of every sheet of `pack`, in the pack's order. The run log is laid out by `layoutRunLog`. */
export function layoutPack(pack: Pack): SheetLayout[] {
  return pack.sheets.map(layoutSheet);
}
