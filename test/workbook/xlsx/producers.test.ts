import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../../src/engine/analyze/analyze';
import { readWorkbook } from '../../../src/engine/read/readWorkbook';
import { readXlsxGrids } from '../../../src/workbook/xlsx/readXlsx';

/**
 * The producer corpus (`producers/`, rebuilt by `producers/make.sh`): the same figures written by ExcelJS, SheetJS,
 * openpyxl (with an Excel Table, and with the 1904 date system) and LibreOffice. Every file must give back exactly the
 * figures of `producers/figures.json`, and the review the same year-to-date totals.
 */
interface Figures {
  readonly months: string[];
  readonly lines: { account: string; department: string; budget: number[]; actual: number[] }[];
}

const DIR = join(__dirname, 'producers');
const figures = JSON.parse(readFileSync(join(DIR, 'figures.json'), 'utf8')) as Figures;
const FILES = ['exceljs.xlsx', 'sheetjs.xlsx', 'openpyxl-table.xlsx', 'openpyxl-1904.xlsx', 'libreoffice.xlsx'];

function expectedFacts(): string[] {
  return figures.lines
    .flatMap((line) =>
      (['budget', 'actual'] as const).flatMap((scenario) =>
        line[scenario].map((amount, m) => `${scenario}|${line.account}|${line.department}|2026-0${m + 1}|${amount}`),
      ),
    )
    .sort();
}

describe('the producer corpus', () => {
  it.each(FILES)('%s gives back every figure exactly', async (file) => {
    const read = readWorkbook(await readXlsxGrids(join(DIR, file)));
    const facts = read.facts.map((f) => `${f.scenario}|${f.account}|${f.department}|${f.period}|${f.amount}`);
    expect(facts.sort()).toEqual(expectedFacts());
    const result = analyze(read, { period: '2026-03' });
    const sales = result.variance.lines.find((l) => l.account === '4000 Sales');
    // 120,000 + 125,000 + 130,000 and 118,250.50 + 127,300 + 129,999.99, from figures.json.
    expect(sales?.ytd.budget).toBeCloseTo(375_000, 6);
    expect(sales?.ytd.actual).toBeCloseTo(375_550.49, 6);
  });

  it('reads the Excel Table openpyxl writes under an absolute part name', async () => {
    const grids = await readXlsxGrids(join(DIR, 'openpyxl-table.xlsx'));
    expect(grids.find((g) => g.tableName === 'ActualsFY26')).toMatchObject({ sheet: 'Actuals', address: 'A1' });
  });

  it('gives dates of a 1904 workbook as 1900-system serials, as Excel shows them', async () => {
    const grids = await readXlsxGrids(join(DIR, 'openpyxl-1904.xlsx'));
    const notes = grids.find((g) => g.sheet === 'Notes');
    // 2026-01-15 is serial 46037 in the 1900 system (Excel: =DATE(2026,1,15)).
    expect(notes?.values[0]?.[1]).toBe(46037);
  });
});
