/**
 * A small user workbook for writer tests: a Budget sheet with a formula, and a user's own sheet that happens to be
 * called "OR Summary" (the name the pack wants), holding notes the writer must never touch.
 */
import ExcelJS from 'exceljs';
import { addChartParts } from '../../../src/workbook/xlsx/addChartParts';

export async function userWorkbookBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const budget = workbook.addWorksheet('Budget');
  budget.addRows([
    ['Account', 'Department', 'Jan-26', 'Feb-26', 'Mar-26'],
    ['Product revenue', 'Sales', 410_000, 400_000, 420_000],
    ['Raw materials', 'Operations', 175_000, 175_000, 180_000],
  ]);
  budget.getCell('F2').value = { formula: 'SUM(C2:E2)', result: 1_230_000 };
  const notes = workbook.addWorksheet('OR Summary');
  notes.getCell('A1').value = 'My own notes: board pack checklist';
  notes.getCell('B2').value = 42;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Opens bytes with plain ExcelJS, as a user's spreadsheet program would see the cells. */
export async function openWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/**
 * The user workbook with a native column chart of its own on a "Sales chart" sheet, as Excel would have saved it
 * (made with this writer's chart parts, which is how a test can hold a chart without Excel).
 */
export async function userWorkbookWithChartBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const base = await openWithExcelJs(await userWorkbookBytes());
  base.eachSheet((sheet) => {
    const copy = workbook.addWorksheet(sheet.name);
    sheet.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
  });
  const sheet = workbook.addWorksheet('Sales chart');
  sheet.addRows([
    ['Month', 'Sales'],
    ['Jan', 100],
    ['Feb', 120],
    ['Mar', 90],
  ]);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const chart = {
    id: 'user-sales-chart',
    type: 'columnLine' as const,
    title: 'Sales by month (user chart)',
    from: 'D2',
    to: 'K18',
    categoriesRange: '$A$2:$A$4',
    series: [
      {
        name: 'Sales',
        nameCell: 'B1',
        valuesRange: '$B$2:$B$4',
        role: 'actual' as const,
        plotAs: 'column' as const,
        look: { fill: '4472C4', line: '4472C4', dash: 'solid' as const, transparency: 0 },
      },
    ],
    valueFormat: 'General',
  };
  const data = [{ name: 'Sales', categories: ['Jan', 'Feb', 'Mar'], values: [100, 120, 90] }];
  return addChartParts(bytes, [{ sheetName: 'Sales chart', charts: [{ chart, data }] }]);
}
