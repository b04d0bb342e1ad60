import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { packCommand } from '../../src/cli/pack';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

const SAMPLE = join(__dirname, '..', '..', 'examples', 'sample-ops-review.xlsx');

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe('ops-review pack: usage', () => {
  it.each([
    [[], 'which workbook?'],
    [['book.xlsx'], 'give --out OUT.xlsx'],
    [['book.xlsx', '--out', 'a.xlsx', '--in-place'], 'not both'],
    [['book.xlsx', '--period', '2026-13', '--out', 'a.xlsx'], '--period needs a month written YYYY-MM'],
    [['book.xlsx', '--out', 'book.xlsx'], 'say so with --in-place'],
    [['book.xlsx', '--colour', 'red'], 'unknown option "--colour"'],
  ])('%j exits 2 and says what is wrong', async (argv, words) => {
    const { io, err } = capture();
    expect(await packCommand(argv, io)).toBe(2);
    expect(err.join('')).toContain(words);
    expect(err.join('')).toContain('Usage: ops-review pack');
  });

  it('exits 1 with a sentence when the file is missing', async () => {
    const { io, err } = capture();
    expect(await packCommand(['/nonexistent/ops.xlsx', '--out', '/tmp/x.xlsx'], io)).toBe(1);
    expect(err.join('')).toContain('does not exist');
  });
});

describe('ops-review pack on the sample workbook', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ops-review-pack-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the pack into a copy and never touches the input', async () => {
    const input = join(dir, 'in.xlsx');
    copyFileSync(SAMPLE, input);
    const before = readFileSync(input);
    const out = join(dir, 'out.xlsx');
    const { io, out: stdout } = capture();
    expect(await packCommand([input, '--period', '2026-05', '--out', out], io)).toBe(0);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(stdout.join('')).toContain(
      `Wrote the May 2026 review pack to ${out}: OR Summary, OR Variance, OR Forecast, OR KPIs, OR SWOT, OR Goals.`,
    );
    const book = await open(out);
    expect(book.getWorksheet('OR Summary')?.getCell('A1').value).toBe('Northwind Logistics');
    expect(book.getWorksheet('OR Summary')?.getCell('A2').value).toBe('Monthly review in US$ thousands');
    expect(book.getWorksheet('OR Summary')?.getCell('A3').value).toMatch(/^May 2026 and year to date/);
    expect(book.getWorksheet('_OpsReview')?.state).toBe('veryHidden');
    // Every user sheet of the sample is still there.
    const original = await open(input);
    for (const sheet of original.worksheets) expect(book.getWorksheet(sheet.name)).toBeDefined();
  }, 60_000);

  it('refuses to work in place on a workbook with content it cannot copy, leaving the file as it was', async () => {
    const file = join(dir, 'pivot.xlsx');
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
    zip.file('xl/pivotTables/pivotTable1.xml', '<pivotTableDefinition/>');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const before = readFileSync(file);
    const { io, err } = capture();
    expect(await packCommand([file, '--in-place'], io)).toBe(1);
    expect(err.join('')).toContain('pivot tables, which this tool cannot copy, so it was not changed in place');
    expect(readFileSync(file).equals(before)).toBe(true);
  }, 60_000);

  it('refreshes its own output in place and keeps the commentary a director typed', async () => {
    const file = join(dir, 'inplace.xlsx');
    copyFileSync(SAMPLE, file);
    expect(await packCommand([file, '--in-place'], capture().io)).toBe(0);
    const book = await open(file);
    const variance = book.getWorksheet('OR Variance');
    if (!variance) throw new Error('no variance sheet');
    const keys = variance.getColumn(variance.columnCount).values;
    const row = keys.findIndex((v, i) => i > 7 && typeof v === 'string' && v.length > 0);
    const key = keys[row];
    const commentaryColumn = (variance.getRow(7).values as unknown[]).findIndex((v) => v === 'Commentary');
    variance.getCell(row, commentaryColumn).value = '+Fuel surcharge passed on from April';
    await book.xlsx.writeFile(file);

    const { io, out } = capture();
    expect(await packCommand([file, '--in-place'], io)).toBe(0);
    expect(out.join('')).not.toContain('Retired');
    const after = (await open(file)).getWorksheet('OR Variance');
    if (!after) throw new Error('no variance sheet');
    const again = after.getColumn(after.columnCount).values.findIndex((v) => v === key);
    expect(after.getCell(again, commentaryColumn).value).toBe('+Fuel surcharge passed on from April');
    expect(existsSync(file)).toBe(true);
  }, 60_000);
});
