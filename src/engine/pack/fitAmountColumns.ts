/**
 * Widens a column whose amounts, as the sheet's scale shows them, would not fit: Excel shows "###" for a number too
 * wide for its cell. The pack's widths suit amounts of up to five digits; a result of 72,816,100,000 in millions is
 * "(72,816.1)", ten characters, as the 200,000-line benchmark's year to date showed.
 */
import { parseA1 } from '../grid/address';
import type { AmountScale } from './amountScale';
import { wantWidth, type LayoutFragment } from './LayoutFragment';
import { AMOUNT_FORMAT, DELTA_FORMAT } from './numberFormats';

const DIVISOR: Record<AmountScale, number> = { units: 1, thousands: 1_000, millions: 1_000_000 };

/** Characters `value` takes in `format` at `scale`: grouped digits, the millions' decimal, brackets or sign. */
function shownLength(value: number, format: string, scale: AmountScale): number {
  const scaled = Math.abs(value) / DIVISOR[scale];
  const digits = scale === 'millions' ? scaled.toFixed(1) : String(Math.round(scaled));
  const whole = digits.split('.')[0] ?? '';
  const grouped = digits.length + Math.floor((whole.length - 1) / 3);
  if (format === DELTA_FORMAT) return grouped + 1;
  return grouped + (value < 0 ? 2 : 0);
}

/**
 * Grows each column of `sheet` whose widest amount has more characters than the column's width to that many plus one
 * (bold totals are wider). Counting brackets and separators as whole characters is generous: "(6,067.7)" fits a
 * width of 9, in bold, where "(72,816.1)" does not.
 */
export function fitAmountColumns(sheet: LayoutFragment, scale: AmountScale): void {
  for (const cells of sheet.cells) {
    const origin = parseA1(cells.range.split(':')[0] ?? '');
    if (!origin) continue;
    cells.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const format = cells.numberFormats[r]?.[c];
        if (typeof value !== 'number' || (format !== AMOUNT_FORMAT && format !== DELTA_FORMAT)) return;
        const column = origin.column + c;
        const length = shownLength(value, format, scale);
        if (length > (sheet.widths.get(column) ?? 8.43)) wantWidth(sheet, column, length + 1);
      }),
    );
  }
}
