import { fitAmountColumns } from '../../../src/engine/pack/fitAmountColumns';
import { emptyFragment, putCells, wantWidth } from '../../../src/engine/pack/LayoutFragment';
import { AMOUNT_FORMAT, DELTA_FORMAT } from '../../../src/engine/pack/numberFormats';
import { text } from '../../../src/engine/pack/safeText';

/** One row of a Variance sheet in millions: YTD actual and ΔBU in columns B and C, both 9 characters wide. */
function sheetWith(actual: number, delta: number) {
  const sheet = emptyFragment();
  putCells(sheet, 4, 0, [[text('Net result'), actual, delta]], [['@', AMOUNT_FORMAT, DELTA_FORMAT]]);
  [30, 9, 9].forEach((width, column) => wantWidth(sheet, column, width));
  fitAmountColumns(sheet, 'millions');
  return sheet;
}

describe('fitAmountColumns', () => {
  // The 200,000-line benchmark's year-to-date result, -72,816,100,000: "(72,816.1)" in millions, ten characters,
  // showed ### in a 9-wide column.
  it('widens a column whose amount at the sheet scale is wider than the column', () => {
    const sheet = sheetWith(-72_816_100_000, -8_500_000_000);
    expect(sheet.widths.get(1)).toBe(11);
    // "-8,500.0": eight characters fit.
    expect(sheet.widths.get(2)).toBe(9);
  });

  it('leaves columns whose amounts fit, "(6,067.7)" in 9 included', () => {
    const sheet = sheetWith(-6_067_700_000, 400_000);
    expect([...sheet.widths.values()]).toEqual([30, 9, 9]);
  });
});
