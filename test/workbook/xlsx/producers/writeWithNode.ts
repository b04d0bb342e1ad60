/**
 * Writes the producer corpus's ExcelJS and SheetJS files from `figures.json` (run by `make.sh`). Each file has a
 * Budget and an Actuals sheet: Account | Department | Jan-26 | Feb-26 | Mar-26.
 */
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Figures {
  readonly months: string[];
  readonly lines: { account: string; department: string; budget: number[]; actual: number[] }[];
}

const here = __dirname;
const figures = JSON.parse(readFileSync(join(here, 'figures.json'), 'utf8')) as Figures;
const header = ['Account', 'Department', ...figures.months];
const rows = (pick: 'budget' | 'actual'): (string | number)[][] => [
  header,
  ...figures.lines.map((l) => [l.account, l.department, ...l[pick]]),
];

async function main(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, pick] of [
    ['Budget', 'budget'],
    ['Actuals', 'actual'],
  ] as const) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRows(rows(pick));
    sheet.getColumn(3).numFmt = '#,##0.00';
  }
  await workbook.xlsx.writeFile(join(here, 'exceljs.xlsx'));

  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows('budget')), 'Budget');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows('actual')), 'Actuals');
  XLSX.writeFile(book, join(here, 'sheetjs.xlsx'), { compression: true });
}

void main();
