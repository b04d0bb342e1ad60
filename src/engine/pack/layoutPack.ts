/**
 * Places every block of a pack into cells. Both writers (Office.js and .xlsx) write exactly the returned layouts,
 * so the pack is the same in Excel and in a file written by `ops-review pack`.
 *
 * After the blocks are placed, the sheet is finished as a printed page: amounts take the sheet's scale, charts are
 * sized to their printed width, long notes are merged across the printed width and wrapped, and the page setup
 * (print area, repeated title block, footer, page breaks that never cut a chart) is worked out from the row heights.
 */
import { columnLetters, parseA1, toA1 } from '../grid/address';
import { scaleFormat, type AmountScale } from './amountScale';
import { fitAmountColumns } from './fitAmountColumns';
import { emptyFragment, LayoutFragment, linesIn, rangeA1 } from './LayoutFragment';
import type { Pack, PackBlock, PackSheet } from './Pack';
import type { LayoutCells, LayoutChart, SheetLayout } from './SheetLayout';
import { layoutChart } from './layoutChart';
import { layoutIeGrid } from './layoutIeGrid';
import { layoutTable } from './layoutTable';
import { layoutDraft, layoutKeyFigures, layoutNote, layoutRetiredComments, layoutTitle } from './layoutText';
import { columnPoints, PACK_MARGINS, pageBreaks, printScale } from './pagePlan';

/** Printed width of a chart, in points (about 16 cm): wide enough to read, narrow enough for its data beside it. */
const CHART_WIDTH = 440;

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
    case 'ieGrid':
      return layoutIeGrid(block, row, sheet);
    case 'draft':
      return layoutDraft(block, row, sheet);
  }
}

/** The cells with amount formats in the sheet's scale. */
function scaleCells(cells: readonly LayoutCells[], scale: AmountScale): LayoutCells[] {
  return cells.map((c) => ({
    ...c,
    numberFormats: c.numberFormats.map((row, r) => row.map((f, i) => scaleFormat(f, scale, c.values[r]?.[i]))),
  }));
}

/** Each chart stretched or narrowed, over the sheet's final column widths, to {@link CHART_WIDTH}. */
function sizeChart(chart: LayoutChart, width: (column: number) => number, scale: AmountScale): LayoutChart {
  const from = parseA1(chart.from) ?? { row: 0, column: 0 };
  const to = parseA1(chart.to) ?? from;
  let column = from.column;
  let points = 0;
  while (points < CHART_WIDTH) {
    points += columnPoints(width(column));
    column += 1;
  }
  return { ...chart, to: toA1({ row: to.row, column }), valueFormat: scaleFormat(chart.valueFormat, scale) };
}

/** Lays out one pack sheet: blocks stacked top to bottom from A1, then finished for print (see the module comment). */
function layoutSheet(packSheet: PackSheet): SheetLayout {
  const sheet = emptyFragment();
  let row = 0;
  let titleRows = 0;
  for (const block of packSheet.blocks) {
    const used = layoutBlock(block, row, sheet);
    if (block.kind === 'title' && row === 0) titleRows = used - 1;
    row += used;
  }
  const scale = packSheet.amountScale ?? 'units';
  fitAmountColumns(sheet, scale);
  const width = (column: number): number => (sheet.hiddenColumns.has(column) ? 0 : (sheet.widths.get(column) ?? 8.43));
  const charts = sheet.charts.map((chart) => sizeChart(chart, width, scale));
  const chartEnd = Math.max(0, ...charts.map((c) => (parseA1(c.to)?.column ?? 0) + 1));
  // Printed columns: every visible column used, hidden ones at the right edge (the line keys) left out.
  let printColumns = Math.max(sheet.columns, chartEnd);
  while (printColumns > 1 && sheet.hiddenColumns.has(printColumns - 1)) printColumns -= 1;
  printColumns = Math.min(
    printColumns,
    Math.max(chartEnd, ...[...sheet.widths.keys()].filter((c) => !sheet.hiddenColumns.has(c)).map((c) => c + 1)),
  );
  const printWidth = Array.from({ length: printColumns }, (_, c) => width(c)).reduce((a, b) => a + b, 0);
  const merges: string[] = [];
  for (const cell of sheet.wide) {
    merges.push(rangeA1(cell.row, 0, 1, Math.max(1, printColumns)));
    sheet.styles.push({ range: rangeA1(cell.row, 0, 1, 1), style: { wrapText: true } });
    sheet.heights.set(cell.row, Math.max(sheet.heights.get(cell.row) ?? 15, 15 * linesIn(cell.text, printWidth)));
  }
  // The last block's spacer row is not printed: a break before it would only announce an empty page.
  const lastRow = Math.max(1, row - 1);
  const heights = Array.from({ length: lastRow }, (_, r) => sheet.heights.get(r) ?? 15);
  const scalePrint = printScale(
    Array.from({ length: printColumns }, (_, c) => columnPoints(width(c))).reduce((a, b) => a + b, 0),
  );
  const rowBreaks = pageBreaks({ heights, titleRows, keep: sheet.keep, scale: scalePrint });
  const columnsUsed = Math.max(sheet.columns, chartEnd);
  const columns = [...sheet.widths.keys()]
    .concat([...sheet.hiddenColumns])
    .filter((c, i, all) => all.indexOf(c) === i)
    .sort((a, b) => a - b)
    .map((column) => ({
      column: columnLetters(column),
      width: sheet.widths.get(column) ?? 10,
      ...(sheet.hiddenColumns.has(column) ? { hidden: true } : {}),
    }));
  return {
    key: packSheet.key,
    name: packSheet.name,
    visibility: 'visible',
    cells: scaleCells(sheet.cells, scale),
    styles: sheet.styles,
    columns,
    conditionalFormats: sheet.conditionalFormats,
    charts,
    editable: sheet.editable,
    usedRange: rangeA1(0, 0, Math.max(1, row), Math.max(1, columnsUsed)),
    freezeRows: titleRows,
    rowHeights: [...sheet.heights.entries()].sort((a, b) => a[0] - b[0]).map(([r, height]) => ({ row: r, height })),
    merges,
    print: {
      orientation: 'landscape',
      fitToPagesWide: 1,
      printArea: rangeA1(0, 0, lastRow, Math.max(1, printColumns)),
      titleRows,
      margins: PACK_MARGINS,
      footerLeft: packSheet.footer?.left ?? packSheet.name,
      footerCentre: packSheet.footer?.centre ?? '',
      rowBreaks,
    },
  };
}

/** The layout of every sheet of `pack`, in the pack's order. The run log is laid out by `layoutRunLog`. */
export function layoutPack(pack: Pack): SheetLayout[] {
  return pack.sheets.map(layoutSheet);
}
