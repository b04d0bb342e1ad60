/**
 * The IE matrix as its 3 x 3 grid of cells, as David draws it and the pane shows it: IFE across from strong (4, left)
 * to weak (1, right), EFE down from high (4, top) to low (1, bottom); each cell named I to IX with its strategy,
 * zones shaded grow (green), hold (amber) and harvest (red), and the business's cell marked with its position.
 */
import { IE_CELLS, strategyFor, type IeStrategy } from '../swot/ieMatrix';
import { COLOURS } from './ibcsColours';
import { LayoutFragment, putCells, putStyle, rangeA1, wantWidth } from './LayoutFragment';
import type { IeGridBlock } from './Pack';
import { text } from './safeText';

const WORDS: Record<IeStrategy, string> = {
  'grow-and-build': 'Grow and build',
  'hold-and-maintain': 'Hold and maintain',
  'harvest-or-divest': 'Harvest or divest',
};
const FILL: Record<IeStrategy, string> = {
  'grow-and-build': COLOURS.goodFill,
  'hold-and-maintain': COLOURS.amberFill,
  'harvest-or-divest': COLOURS.badFill,
};

/** Lays out the grid from `startRow`; returns rows used, spacer included. */
export function layoutIeGrid(block: IeGridBlock, startRow: number, sheet: LayoutFragment): number {
  putCells(sheet, startRow, 0, [[text(block.heading)]], [['General']]);
  putStyle(sheet, rangeA1(startRow, 0, 1, 1), { bold: true, fontSize: 12 });
  const header = startRow + 1;
  putCells(
    sheet,
    header,
    0,
    [
      [
        text('EFE (external) ↓   IFE (internal) →'),
        text('Strong IFE (3.00-4.00)'),
        text('Average IFE (2.00-2.99)'),
        text('Weak IFE (1.00-1.99)'),
      ],
    ],
    [['General', 'General', 'General', 'General']],
  );
  putStyle(sheet, rangeA1(header, 0, 1, 4), { bold: true, horizontalAlignment: 'center', border: 'bottomThin' });
  const rowLabels = ['High EFE (3.00-4.00)', 'Medium EFE (2.00-2.99)', 'Low EFE (1.00-1.99)'];
  rowLabels.forEach((label, r) => {
    const row = header + 1 + r;
    const cells = IE_CELLS.slice(r * 3, r * 3 + 3);
    putCells(
      sheet,
      row,
      0,
      [
        [
          text(label),
          ...cells.map((cell) =>
            text(
              cell === block.cell
                ? `● ${cell}: ${WORDS[strategyFor(cell)]} (IFE ${block.ife.toFixed(2)}, EFE ${block.efe.toFixed(2)})`
                : `${cell}: ${WORDS[strategyFor(cell)]}`,
            ),
          ),
        ],
      ],
      [['General', 'General', 'General', 'General']],
    );
    putStyle(sheet, rangeA1(row, 0, 1, 1), { bold: true });
    cells.forEach((cell, c) => {
      putStyle(sheet, rangeA1(row, c + 1, 1, 1), {
        fill: FILL[strategyFor(cell)],
        horizontalAlignment: 'center',
        wrapText: true,
        ...(cell === block.cell ? { bold: true, fontSize: 12, border: 'bottomMedium' as const } : {}),
      });
    });
    sheet.heights.set(row, 48);
  });
  // Narrow enough not to widen the factor tables below, whose columns these are too; the cell names wrap.
  for (const column of [1, 2, 3]) wantWidth(sheet, column, 17);
  sheet.keep.push({ first: startRow, last: header + 3 });
  return 2 + 3 + 1;
}
