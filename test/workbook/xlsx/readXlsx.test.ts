import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { XlsxReadError } from '../../../src/workbook/xlsx/XlsxReadError';
import { readXlsxGrids, readXlsxSheets } from '../../../src/workbook/xlsx/readXlsx';

/** A small workbook with the cell kinds the adapter must translate into Office.js terms. */
async function workbookBytes(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Budget');
  sheet.getCell('B2').value = 'Budget FY2026';
  sheet.mergeCells('B2:D2');
  sheet.getCell('B4').value = 'Account';
  sheet.getCell('C4').value = new Date(Date.UTC(2026, 0, 1));
  sheet.getCell('C4').numFmt = 'mmm-yy';
  sheet.getCell('D4').value = { richText: [{ text: 'Feb' }, { text: '-26' }] };
  sheet.getCell('B5').value = { text: 'Fuel', hyperlink: 'https://example.com' };
  sheet.getCell('C5').value = 1200.5;
  sheet.getCell('D5').value = { error: '#N/A' };
  sheet.getCell('B6').value = 'Total';
  sheet.getCell('C6').value = { formula: 'SUM(C5:C5)', result: 1200.5 };
  sheet.getCell('D6').value = { formula: 'SUM(D5:D5)', result: { error: '#N/A' } };
  sheet.getCell('E6').value = true;
  const kpis = workbook.addWorksheet('KPIs');
  kpis.getCell('A1').value = 'Scorecard';
  kpis.addTable({
    name: 'KpiTable',
    ref: 'A3',
    headerRow: true,
    columns: [{ name: 'KPI' }, { name: 'Target' }],
    rows: [
      ['On-time delivery', 0.95],
      ['Complaints', 20],
    ],
  });
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('readXlsxGrids', () => {
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await workbookBytes();
  });

  it('gives one grid per used range and one per Excel Table', async () => {
    const grids = await readXlsxGrids(bytes);
    expect(grids.map((g) => [g.sheet, g.address, g.tableName])).toEqual([
      ['Budget', 'B2', undefined],
      ['KPIs', 'A1', undefined],
      ['KPIs', 'A3', 'KpiTable'],
    ]);
    expect(grids[2].values).toEqual([
      ['KPI', 'Target'],
      ['On-time delivery', 0.95],
      ['Complaints', 20],
    ]);
  });

  it('translates cells as Office.js would give them', async () => {
    const [budget] = await readXlsxGrids(bytes);
    const v = budget.values;
    expect(v[0]).toEqual(['Budget FY2026', null, null, null]); // merged B2:D2: the covered cells are empty
    // 2026-01-01 is serial 46023: 46023 days after Excel's day zero, 1899-12-30.
    expect(v[2]).toEqual(['Account', 46023, 'Feb-26', null]);
    expect(budget.numberFormats?.[2][1]).toBe('mmm-yy');
    expect(v[3]).toEqual(['Fuel', 1200.5, { error: '#N/A' }, null]);
    expect(v[4]).toEqual(['Total', 1200.5, { error: '#N/A' }, true]);
    expect(budget.formulas?.[4]).toEqual([null, '=SUM(C5:C5)', '=SUM(D5:D5)', null]);
  });

  it('reads a path and an ArrayBuffer the same way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ops-review-'));
    const file = join(dir, 'budget.xlsx');
    writeFileSync(file, bytes);
    const fromPath = await readXlsxGrids(file);
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(await readXlsxGrids(arrayBuffer)).toEqual(fromPath);
    expect(fromPath).toEqual(await readXlsxGrids(bytes));
  });

  it('fails with a coded error for a missing file or bytes that are not a workbook', async () => {
    await expect(readXlsxGrids('/nonexistent/budget.xlsx')).rejects.toMatchObject({
      name: 'XlsxReadError',
      code: 'file-not-found',
    });
    const notXlsx = readXlsxGrids(Buffer.from('Account,Jan\nFuel,10\n'));
    await expect(notXlsx).rejects.toBeInstanceOf(XlsxReadError);
    await expect(readXlsxGrids(Buffer.from('Account,Jan\n'))).rejects.toMatchObject({ code: 'not-xlsx' });
  });
});

describe('readXlsxSheets', () => {
  it('lists every sheet in tab order with its state, the very hidden ones included, and agrees with readXlsxGrids', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Budget').getCell('A1').value = 'Account';
    workbook.addWorksheet('Notes', { state: 'hidden' }).getCell('B2').value = 'kept';
    workbook.addWorksheet('_OpsReview', { state: 'veryHidden' }).getCell('A1').value = 'register';
    workbook.addWorksheet('Empty');
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const sheets = await readXlsxSheets(bytes);
    expect(sheets.map((s) => [s.name, s.state, s.grid?.address ?? null])).toEqual([
      ['Budget', 'visible', 'A1'],
      ['Notes', 'hidden', 'B2'],
      ['_OpsReview', 'veryHidden', 'A1'],
      ['Empty', 'visible', null],
    ]);
    expect((await readXlsxGrids(Buffer.from(bytes))).map((g) => g.sheet)).toEqual(['Budget', 'Notes']);
  });
});
