/**
 * The writes of a layout's value rectangles. Text is written behind an apostrophe (`officeCellValue`, the engine's
 * safe-text rule) so "=HYPERLINK(...)", "+44 20", "-5 net" or "@risk" stay text. Values go before number formats:
 * once the apostrophe has made a cell text, a "@" format cannot turn it back into anything else.
 * Large rectangles are cut by rows so that no single write approaches the request limit.
 */
import { type LayoutCells, officeCellValue, offsetA1 } from '../../engine';
import { estimateBytes, type QueuedWrite } from './WriteBatch';

/** Rows per write are chosen so that one write stays under this many estimated bytes. */
export const PIECE_BUDGET_BYTES = 1_000_000;

function pieceAddress(range: string, rowOffset: number, rows: number, columns: number): string {
  const origin = range.split(':')[0];
  const from = offsetA1(origin, rowOffset, 0);
  return rows === 1 && columns === 1 ? from : `${from}:${offsetA1(origin, rowOffset + rows - 1, columns - 1)}`;
}

/** One or more writes for a rectangle of `sheetName`, cut into pieces of whole rows under {@link PIECE_BUDGET_BYTES}. */
export function queueCells(sheetName: string, cells: LayoutCells): QueuedWrite[] {
  const columns = Math.max(1, ...cells.values.map((row) => row.length));
  // Excel wants every row of the array as wide as the range: short rows are padded with empty cells.
  const values = cells.values.map((row) => Array.from({ length: columns }, (_, c) => officeCellValue(row[c] ?? null)));
  const formats = cells.values.map((_, r) =>
    Array.from({ length: columns }, (_, c) => cells.numberFormats[r]?.[c] ?? 'General'),
  );
  const rowBytes = values.map((row, i) => estimateBytes([row, formats[i]], 0));
  const writes: QueuedWrite[] = [];
  let start = 0;
  while (start < values.length) {
    let end = start;
    let bytes = 0;
    while (end < values.length && (end === start || bytes + rowBytes[end] <= PIECE_BUDGET_BYTES)) {
      bytes += rowBytes[end];
      end += 1;
    }
    const address = pieceAddress(cells.range, start, end - start, columns);
    const pieceValues = values.slice(start, end);
    const pieceFormats = formats.slice(start, end);
    writes.push({
      bytes: bytes + estimateBytes(address, 2),
      queue: (context) => {
        const range = context.workbook.worksheets.getItem(sheetName).getRange(address);
        range.values = pieceValues;
        range.numberFormat = pieceFormats;
      },
    });
    start = end;
  }
  return writes;
}
