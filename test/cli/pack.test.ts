import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdtempSync,
  promises as fsPromises,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { packCommand } from '../../src/cli/pack';
import { SETTINGS_VERSION } from '../../src/engine/settings/Settings';
import { openXlsxFile } from '../../src/workbook/xlsx/xlsxFile';

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

  it('works in place on a workbook with a pivot table, keeping its parts byte for byte', async () => {
    const file = join(dir, 'pivot.xlsx');
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
    zip.file('xl/pivotTables/pivotTable1.xml', '<pivotTableDefinition/>');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    expect(await packCommand([file, '--in-place'], capture().io)).toBe(0);
    const after = await JSZip.loadAsync(readFileSync(file));
    expect(await after.file('xl/pivotTables/pivotTable1.xml')?.async('string')).toBe('<pivotTableDefinition/>');
  }, 60_000);

  it('refuses --in-place on a signed workbook and writes a copy saying the signature no longer holds', async () => {
    const file = join(dir, 'signed.xlsx');
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
    const rels = (await zip.file('_rels/.rels')?.async('string')) ?? '';
    zip.file(
      '_rels/.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdSig" Type="http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin" Target="_xmlsignatures/origin.sigs"/></Relationships>',
      ),
    );
    zip.file('_xmlsignatures/origin.sigs', '');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const before = readFileSync(file);
    const refused = capture();
    expect(await packCommand([file, '--in-place'], refused.io)).toBe(1);
    expect(refused.err.join('')).toContain('digitally signed; writing the pack into it would invalidate the signature');
    expect(readFileSync(file).equals(before)).toBe(true);
    const copy = capture();
    expect(await packCommand([file, '--out', join(dir, 'signed-pack.xlsx')], copy.io)).toBe(0);
    expect(copy.out.join('')).toContain('its signature is no longer valid');
  }, 60_000);

  it('refuses to replace an existing file unless --force, and refuses --out through a link to the input', async () => {
    const input = join(dir, 'links.xlsx');
    copyFileSync(SAMPLE, input);
    const before = readFileSync(input);
    const other = join(dir, 'existing.xlsx');
    writeFileSync(other, 'my other workbook');
    const kept = capture();
    expect(await packCommand([input, '--out', other], kept.io)).toBe(1);
    expect(kept.err.join('')).toContain('already exists and was left as it was. To replace it, add --force');
    expect(readFileSync(other, 'utf8')).toBe('my other workbook');
    expect(await packCommand([input, '--out', other, '--force'], capture().io)).toBe(0);
    expect(readFileSync(other).subarray(0, 2).toString()).toBe('PK');

    symlinkSync(input, join(dir, 'soft.xlsx'));
    linkSync(input, join(dir, 'hard.xlsx'));
    for (const link of ['soft.xlsx', 'hard.xlsx']) {
      const { io, err } = capture();
      expect(await packCommand([input, '--out', join(dir, link), '--force'], io)).toBe(1);
      expect(err.join('')).toContain('is the input file itself (through a link); to update it, say so with --in-place');
    }
    expect(readFileSync(input).equals(before)).toBe(true);
  }, 60_000);

  it('leaves the file whole when the save fails midway (disk full), and leaves no temporary file behind', async () => {
    const file = join(dir, 'full.xlsx');
    copyFileSync(SAMPLE, file);
    const before = readFileSync(file);
    const rename = jest.spyOn(fsPromises, 'rename').mockRejectedValueOnce(new Error('ENOSPC: no space left on device'));
    const { io, err } = capture();
    expect(await packCommand([file, '--in-place'], io)).toBe(1);
    rename.mockRestore();
    expect(err.join('')).toContain('The pack could not be saved to');
    expect(err.join('')).toContain('no space left on device');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('accepts --period=YYYY-MM as analyze does, refuses month 0000-01, and says a folder is a folder', async () => {
    const file = join(dir, 'eq.xlsx');
    copyFileSync(SAMPLE, file);
    const { io, out } = capture();
    expect(await packCommand([file, '--period=2026-05', '--out', join(dir, 'eq-pack.xlsx')], io)).toBe(0);
    expect(out.join('')).toContain('May 2026 review pack');
    const zero = capture();
    expect(await packCommand([file, '--period', '0000-01', '--out', join(dir, 'zero.xlsx')], zero.io)).toBe(2);
    expect(zero.err.join('')).toContain('--period needs a month written YYYY-MM');
    const folder = capture();
    expect(await packCommand([dir, '--out', join(dir, 'folder.xlsx')], folder.io)).toBe(1);
    expect(folder.err.join('')).toContain(`${dir} is a folder, not an .xlsx workbook.`);
  }, 60_000);

  it('writes nothing, and says so, when the settings choose no pack sheets', async () => {
    const file = join(dir, 'nosheets.xlsx');
    const workbook = await openXlsxFile(SAMPLE);
    await workbook.saveSettings({ version: SETTINGS_VERSION, pack: { sheets: [] } });
    writeFileSync(file, await workbook.toBytes());
    const out = join(dir, 'nosheets-pack.xlsx');
    const { io, err, out: stdout } = capture();
    expect(await packCommand([file, '--out', out], io)).toBe(1);
    expect(err.join('')).toContain("the workbook's settings choose no pack sheets, so nothing was written.");
    expect(stdout.join('')).not.toContain('Wrote');
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('refreshes its own output in place and keeps the commentary a director typed', async () => {
    const file = join(dir, 'inplace.xlsx');
    copyFileSync(SAMPLE, file);
    expect(await packCommand([file, '--in-place'], capture().io)).toBe(0);
    const book = await open(file);
    const variance = book.getWorksheet('OR Variance');
    if (!variance) throw new Error('no variance sheet');
    const keyColumn = (variance.getRow(7).values as unknown[]).findIndex((v) => v === 'Line key');
    const keys = variance.getColumn(keyColumn).values;
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
    const again = after.getColumn(keyColumn).values.findIndex((v) => v === key);
    expect(after.getCell(again, commentaryColumn).value).toBe('+Fuel surcharge passed on from April');
    expect(existsSync(file)).toBe(true);
  }, 60_000);
});
