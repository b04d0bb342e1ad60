import type { Grid } from '../../../src/engine/grid/Grid';
import { FakeExcel } from '../../../src/workbook/fake/FakeExcel';
import { readXlsxGrids } from '../../../src/workbook/xlsx/readXlsx';
import { snapshotToXlsx } from '../../../src/taskpane/preview/snapshotToXlsx';

const budget: Grid = {
  sheet: 'Budget',
  address: 'A1',
  values: [
    ['Account', 'Jan 2026', 'Feb 2026'],
    ['Rent', 25000, 25000],
    ['Total', 50000, null],
  ],
  numberFormats: [
    ['General', 'General', 'General'],
    ['General', '#,##0', '#,##0'],
    ['General', '#,##0', 'General'],
  ],
};

describe('snapshotToXlsx', () => {
  it('downloads what the emulated workbook holds: values and number formats survive a round trip', async () => {
    const fake = FakeExcel.fromGrids([budget]);
    const bytes = await snapshotToXlsx(fake.snapshot());
    const [grid] = await readXlsxGrids(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    expect(grid.sheet).toBe('Budget');
    expect(grid.values).toEqual([
      ['Account', 'Jan 2026', 'Feb 2026'],
      ['Rent', 25000, 25000],
      ['Total', 50000, null],
    ]);
    expect(grid.numberFormats?.[1][1]).toBe('#,##0');
  });
});
