import type { Grid } from '../../../src/engine/grid/Grid';
import { FakeExcel } from '../../../src/workbook/fake/FakeExcel';
import { OfficeWorkbook } from '../../../src/workbook/office/OfficeWorkbook';
import { numberedLines, variancePack } from './varianceTablePack';

/** `count` finance tables, one per sheet, each an Excel Table: "Budget 1".."Budget n". */
function budgetSheets(count: number): Grid[] {
  return Array.from({ length: count }, (_, i) => ({
    sheet: `Budget ${i + 1}`,
    address: 'A3',
    values: [
      ['Account', 'Jan-26', 'Feb-26'],
      ['Revenue', 1000 + i, 1100 + i],
      ['Costs', 600, 650],
    ],
    tableName: `tblBudget${i + 1}`,
  }));
}

describe('OfficeWorkbook.readGrids', () => {
  it.each([1, 5, 20])('reads %i source tables in 3 syncs', async (count) => {
    const fake = FakeExcel.fromGrids(budgetSheets(count));
    const grids = await new OfficeWorkbook(fake.run).readGrids();
    // Sync 1: sheets, tables and the pack register; sync 2: every range's size; sync 3: every range's cells at once.
    expect(fake.syncCount()).toBe(3);
    // One used-range grid per sheet plus one grid per Excel Table.
    expect(grids).toHaveLength(2 * count);
    expect(grids.filter((g) => g.tableName !== undefined).map((g) => g.tableName)).toEqual(
      Array.from({ length: count }, (_, i) => `tblBudget${i + 1}`),
    );
  });

  it("reads a 6,000-line budget in blocks, each sync under Excel on the web's 5 MB response limit", async () => {
    // 6,001 rows x 14 columns: one response of all its cells is over 5 MB, which Excel on the web refuses.
    const values = [
      ['Account', 'Department', ...Array.from({ length: 12 }, (_, m) => `${m + 1}/2026`)],
      ...Array.from({ length: 6000 }, (_, i) => [
        `${6000 + i} Cost ${i}`,
        `Department ${i % 9}`,
        ...Array.from({ length: 12 }, (_, m) => 1000 + ((i * 37 + m * 101) % 9000) + 0.25),
      ]),
    ];
    const fake = FakeExcel.fromGrids([{ sheet: 'Budget', address: 'A1', values }]);
    const [grid] = await new OfficeWorkbook(fake.run).readGrids();
    expect(grid.values).toEqual(values);
    expect(grid.address).toBe('A1');
    // 84,014 cells: 40,000 a sync after the two syncs that find the ranges.
    expect(fake.syncCount()).toBe(5);
    expect(Math.max(...fake.syncs.map((s) => s.responseBytes))).toBeLessThan(5_000_000);
  });

  it('maps Excel errors to CellError, empty cells to null, keeps date serials, formats and formulas', async () => {
    const fake = FakeExcel.fromGrids([
      {
        sheet: 'Actuals',
        address: 'B2',
        values: [
          ['Month', 'Revenue', 'Note'],
          [46023, { error: '#N/A' }, null],
          [46054, 1250, '#N/A'],
        ],
        numberFormats: [
          ['General', 'General', 'General'],
          ['mmm-yy', '#,##0', 'General'],
          ['mmm-yy', '#,##0', 'General'],
        ],
        formulas: [
          [null, null, null],
          [null, '=VLOOKUP(A1,Z:Z,2,0)', null],
          [null, null, null],
        ],
      },
    ]);
    const [grid] = await new OfficeWorkbook(fake.run).readGrids();
    expect(grid.sheet).toBe('Actuals');
    expect(grid.address).toBe('B2');
    // 46023 is 2026-01-01 as an Excel serial: it stays a number, the format says it is a date.
    expect(grid.values).toEqual([
      ['Month', 'Revenue', 'Note'],
      [46023, { error: '#N/A' }, null],
      [46054, 1250, '#N/A'], // the text "#N/A" typed by a user stays text
    ]);
    expect(grid.numberFormats?.[1]).toEqual(['mmm-yy', '#,##0', 'General']);
    expect(grid.formulas?.[1]?.[1]).toBe('=VLOOKUP(A1,Z:Z,2,0)');
  });

  it('skips the pack sheets it wrote, its very-hidden sheets and blank sheets', async () => {
    const fake = FakeExcel.fromGrids(budgetSheets(1));
    const workbook = new OfficeWorkbook(fake.run);
    await workbook.writePack(variancePack(numberedLines(3)));
    await fake.run(async (context) => {
      context.workbook.worksheets.add('Notes');
      await context.sync();
    });
    const grids = await workbook.readGrids();
    expect([...new Set(grids.map((g) => g.sheet))]).toEqual(['Budget 1']);
  });
});
