/**
 * Where a pack sheet's pages end. Every pack sheet prints exactly one page wide: the host scales it to the page's
 * printable width, so the height a page holds, in sheet points, is the printable height over that scale. Knowing
 * every row's height (the layout sets all that differ from 15 pt), the pages can be cut here, before printing, so
 * that no chart and no table heading is cut: a range that would cross a page end starts the next page instead.
 *
 * The page is the smaller of A4 and US Letter in each direction, so the breaks hold on either paper.
 */
import type { PageMargins } from './SheetLayout';

/** Landscape paper, the smaller of A4 (11.69 x 8.27 in) and Letter (11 x 8.5 in) in each direction, in points. */
const PAPER = { width: 11 * 72, height: 8.27 * 72 };

/** Margins of every pack sheet, in inches: room for the footer, and nothing wasted. */
export const PACK_MARGINS: PageMargins = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.25, footer: 0.3 };

/** Excel's width of a column of `characters` (default font) in points: (7 px per character + 5 px) at 0.75 pt/px. */
export function columnPoints(characters: number): number {
  return (Math.round(characters * 7) + 5) * 0.75;
}

/** The scale a sheet `width` points wide prints at when fitted to one page wide (never enlarged). */
export function printScale(width: number): number {
  const printable = PAPER.width - (PACK_MARGINS.left + PACK_MARGINS.right) * 72;
  return Math.min(1, Math.floor((printable / Math.max(1, width)) * 100) / 100);
}

/** What {@link pageBreaks} needs of a sheet. */
export interface PageInput {
  /** Height of each row in points, row 0 first, up to the last printed row. */
  readonly heights: readonly number[];
  /** Rows 0..titleRows-1 are repeated at the top of every page. */
  readonly titleRows: number;
  /** Row ranges not to cut, zero-based inclusive. */
  readonly keep: readonly { readonly first: number; readonly last: number }[];
  readonly scale: number;
}

/**
 * The 1-based rows after which a new page starts. Pages are filled row by row; a keep range that would cross the
 * end of the page moves whole to the next page when it fits on one. A small allowance (4 %) absorbs the hosts'
 * differences in rounding row heights.
 */
export function pageBreaks(input: PageInput): number[] {
  const printable = (PAPER.height - (PACK_MARGINS.top + PACK_MARGINS.bottom) * 72) * 0.96;
  const pageHeight = printable / input.scale;
  const titles = input.heights.slice(0, input.titleRows).reduce((a, b) => a + b, 0);
  const breaks: number[] = [];
  let used = 0;
  let capacity = pageHeight;
  const keepAt = new Map<number, number>();
  for (const k of input.keep) keepAt.set(k.first, Math.max(keepAt.get(k.first) ?? k.first, k.last));
  for (let row = 0; row < input.heights.length; row += 1) {
    const keepLast = keepAt.get(row);
    const needed =
      keepLast === undefined ? input.heights[row] : input.heights.slice(row, keepLast + 1).reduce((a, b) => a + b, 0);
    const fitsFresh = needed <= pageHeight - titles;
    if (used + needed > capacity && used > titles && (fitsFresh || used + input.heights[row] > capacity)) {
      breaks.push(row);
      used = titles;
      capacity = pageHeight;
    }
    used += input.heights[row];
  }
  return breaks;
}
