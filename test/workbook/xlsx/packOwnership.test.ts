/**
 * Which sheets the .xlsx writer may touch. A pack sheet is known by the register AND its mark, a defined name Excel
 * keeps bound to the sheet. What a user does in Excel between refreshes is reproduced in the file as Excel saves it:
 * deleting a sheet leaves its names as "#REF!$A$1", renaming a sheet rewrites the names that refer to it.
 */
import JSZip from 'jszip';
import { buildPack } from '../../../src/engine/pack/buildPack';
import { XlsxWorkbook } from '../../../src/workbook/xlsx/XlsxWorkbook';
import { analysisResult } from '../../fixtures/analysisResult';
import { openWithExcelJs, userWorkbookBytes } from './userWorkbook';

// Whole-workbook writes and reads: seconds each on a loaded machine, more than jest's 5 s default allows.
jest.setTimeout(30_000);

const options = { generatedAt: '2026-04-03T09:15:00Z', author: 'J. Smith' };
const RAW = 'Raw materials | Operations';

/** Sets the text of the defined name `name` in workbook.xml, as Excel would have saved it. */
async function setDefinedName(bytes: Uint8Array, name: string, text: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const element = new RegExp(`(<definedName name="${name}"[^>]*>)[^<]*(</definedName>)`);
  if (!element.test(xml)) throw new Error(`no defined name ${name}`);
  zip.file(
    'xl/workbook.xml',
    xml.replace(element, (_, open: string, close: string) => `${open}${text}${close}`),
  );
  return zip.generateAsync({ type: 'uint8array' });
}

/** The XML of the worksheet part behind the tab `name`, exactly as stored in the file. */
async function sheetXml(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const book = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(book)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(rels)?.[1];
  const xml = target === undefined ? undefined : await zip.file(`xl/${target}`)?.async('string');
  if (xml === undefined) throw new Error(`no sheet ${name}`);
  return xml;
}

/** The defined names of the file, as text. */
async function definedNames(bytes: Uint8Array): Promise<string[]> {
  const xml = (await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<definedName name="([^"]+)"[^>]*>([^<]*)<\/definedName>/g)].map(
    (m) => `${m[1]}=${(m[2] ?? '').replace(/&apos;/g, "'")}`,
  );
}

/** A first pack with a comment typed against the raw materials line, saved as the user would. */
async function packWithComment(): Promise<Uint8Array> {
  const first = await XlsxWorkbook.load(await userWorkbookBytes());
  await first.writePack(buildPack(analysisResult, options));
  const book = await openWithExcelJs(await first.toBytes());
  const sheet = book.getWorksheet('OR Variance');
  if (!sheet) throw new Error('no variance sheet');
  sheet.getCell(`J${sheet.getColumn('N').values.findIndex((v) => v === RAW)}`).value = 'Steel surcharge since March';
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function refresh(bytes: Uint8Array) {
  const workbook = await XlsxWorkbook.load(bytes);
  const report = await workbook.writePack(buildPack(analysisResult, options));
  return { report, bytes: await workbook.toBytes() };
}

describe('pack sheet ownership in .xlsx files', () => {
  it('leaves a user sheet made in place of a deleted pack sheet byte for byte and writes "OR Variance (2)"', async () => {
    const book = await openWithExcelJs(await packWithComment());
    const old = book.getWorksheet('OR Variance');
    if (!old) throw new Error('no variance sheet');
    book.removeWorksheet(old.id);
    const mine = book.addWorksheet('OR Variance');
    mine.addRows([
      ['Supplier', 'Invoice', 'Amount'],
      ['Acme Ltd', 'INV-0042', 1250.5],
    ]);
    mine.getCell('C2').numFmt = '#,##0.00';
    mine.getRow(1).font = { bold: true };
    // Saved twice: ExcelJS's first save of a sheet adds default page-setup attributes, later ones change nothing, so
    // any difference below is the writer's doing.
    const once = await openWithExcelJs(new Uint8Array(await book.xlsx.writeBuffer()));
    const saved = await setDefinedName(
      new Uint8Array(await once.xlsx.writeBuffer()),
      '_OpsReview_variance',
      '#REF!$A$1',
    );
    const before = await sheetXml(saved, 'OR Variance');
    // The register still lists "OR Variance" but its mark is broken: the sheet is the user's data, to be read.
    expect((await (await XlsxWorkbook.load(saved)).readGrids()).map((g) => g.sheet)).toContain('OR Variance');

    const { report, bytes } = await refresh(saved);

    expect(await sheetXml(bytes, 'OR Variance')).toBe(before);
    expect(report.sheets).toContainEqual({ name: 'OR Variance (2)', created: true, wanted: 'OR Variance' });
    expect(report.messages).toContainEqual(
      expect.stringContaining('"OR Variance" is not the pack sheet Ops Review created under that name'),
    );
    expect(await definedNames(bytes)).toContain("_OpsReview_variance='OR Variance (2)'!$A$1");
    // The user's sheet is data to read; the new pack sheet is not.
    const read = (await (await XlsxWorkbook.load(bytes)).readGrids()).map((g) => g.sheet);
    expect(read).toContain('OR Variance');
    expect(read).not.toContain('OR Variance (2)');

    // The next refresh updates "OR Variance (2)" in place and still spares the user's sheet.
    const again = await refresh(bytes);
    expect(again.report.sheets).toContainEqual({ name: 'OR Variance (2)', created: false });
    expect(await sheetXml(again.bytes, 'OR Variance')).toBe(before);
  }, 30_000);

  it('refreshes a pack sheet the user renamed under its new name, keeping its comments, and says so', async () => {
    const book = await openWithExcelJs(await packWithComment());
    const sheet = book.getWorksheet('OR Variance');
    if (!sheet) throw new Error('no variance sheet');
    sheet.name = 'Variance notes';
    const renamed = await setDefinedName(
      new Uint8Array(await book.xlsx.writeBuffer()),
      '_OpsReview_variance',
      '&apos;Variance notes&apos;!$A$1',
    );

    expect((await (await XlsxWorkbook.load(renamed)).readGrids()).map((g) => g.sheet)).not.toContain('Variance notes');

    const { report, bytes } = await refresh(renamed);

    expect(report.sheets).toContainEqual({ name: 'Variance notes', created: false });
    expect(report.messages).toContain(
      'The pack sheet "OR Variance" is now called "Variance notes"; it was refreshed under that name.',
    );
    const after = await openWithExcelJs(bytes);
    expect(after.getWorksheet('OR Variance')).toBeUndefined();
    const notes = after.getWorksheet('Variance notes');
    if (!notes) throw new Error('no renamed sheet');
    const row = notes.getColumn('N').values.findIndex((v) => v === RAW);
    expect(notes.getCell(`J${row}`).value).toBe('Steel surcharge since March');
    expect(await definedNames(bytes)).toContain("_OpsReview_variance='Variance notes'!$A$1");
  });

  it('refreshes in place on an ordinary refresh and keeps comments, with one mark per pack sheet', async () => {
    const { report, bytes } = await refresh(await packWithComment());
    expect(report.sheets.filter((s) => s.created)).toEqual([]);
    expect(report.messages.filter((m) => m.includes('not the pack sheet') || m.includes('now called'))).toEqual([]);
    const variance = (await openWithExcelJs(bytes)).getWorksheet('OR Variance');
    const row = variance?.getColumn('N').values.findIndex((v) => v === RAW) ?? -1;
    expect(variance?.getCell(`J${row}`).value).toBe('Steel surcharge since March');
    expect((await definedNames(bytes)).filter((n) => n.startsWith('_OpsReview_')).sort()).toEqual([
      "_OpsReview_forecast='OR Forecast'!$A$1",
      "_OpsReview_goals='OR Goals'!$A$1",
      "_OpsReview_kpis='OR KPIs'!$A$1",
      "_OpsReview_summary='OR Summary (2)'!$A$1",
      "_OpsReview_swot='OR SWOT'!$A$1",
      "_OpsReview_variance='OR Variance'!$A$1",
    ]);
    // Hidden from Name Manager, as the Office.js writer leaves them (ExcelJS alone would write them visible).
    const xml = (await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')?.async('string')) ?? '';
    expect(xml.match(/<definedName name="_OpsReview_[a-z]+" hidden="1">/g)).toHaveLength(6);
  });

  it('never writes a user sheet the mark came to point at (A1 cut and pasted there): the user is told which and why', async () => {
    const first = await XlsxWorkbook.load(await userWorkbookBytes());
    await first.writePack(buildPack(analysisResult, options));
    // Excel moves a name with its cell: cutting A1 of "OR Variance" and pasting it into "Budget" retargets the mark.
    const moved = await setDefinedName(await first.toBytes(), '_OpsReview_variance', 'Budget!$A$1');
    const before = await sheetXml(moved, 'Budget');
    expect((await (await XlsxWorkbook.load(moved)).readGrids()).map((g) => g.sheet)).toContain('Budget');

    const { report, bytes } = await refresh(moved);

    expect(await sheetXml(bytes, 'Budget')).toBe(before);
    expect(report.messages).toContainEqual(
      'The sheet "Budget" was not written: the pack\'s name _OpsReview_variance points at it, but it does not hold the mark Ops Review writes into its own sheets, so it is yours.',
    );
    expect(report.messages.join(' ')).not.toContain('refreshed under that name');
    expect(report.sheets).toContainEqual({ name: 'OR Variance (2)', created: true, wanted: 'OR Variance' });
  }, 30_000);

  it('protects pack sheets without a password, leaving only the entry columns open to typing', async () => {
    const workbook = await XlsxWorkbook.load(await userWorkbookBytes());
    await workbook.writePack(buildPack(analysisResult, options));
    const bytes = await workbook.toBytes();
    const xml = await sheetXml(bytes, 'OR Variance');
    expect(xml).toMatch(/<sheetProtection sheet="1" objects="1" scenarios="1"[^>]*\/>/);
    expect(xml).not.toMatch(/<sheetProtection[^>]*(password|hashValue)/);
    // The cell format of a Commentary cell unlocks it; a Line key cell keeps the default lock.
    const styles = (await (await JSZip.loadAsync(bytes)).file('xl/styles.xml')?.async('string')) ?? '';
    const xfs = [
      ...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(
        /<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g,
      ),
    ].map((m) => m[0]);
    const cellStyle = (address: string) =>
      Number(new RegExp(`<c r="${address}"[^>]*?\\ss="(\\d+)"`).exec(xml)?.[1] ?? 0);
    const book = await openWithExcelJs(bytes);
    const sheet = book.getWorksheet('OR Variance');
    // The table's header is the row that names the line key (under the title block).
    const headerRow = [...Array(20).keys()].find((r) =>
      ((sheet?.getRow(r + 1).values ?? []) as unknown[]).includes('Line key'),
    );
    const header = (sheet?.getRow((headerRow ?? 0) + 1).values ?? []) as unknown[];
    const row = (sheet?.getColumn(header.indexOf('Line key')).values ?? []).findIndex((v) => v === RAW);
    const letter = (column: number) => String.fromCharCode(64 + column);
    expect(xfs[cellStyle(`${letter(header.indexOf('Commentary'))}${row}`)]).toContain('<protection locked="0"/>');
    expect(xfs[cellStyle(`${letter(header.indexOf('Line key'))}${row}`) ?? 0]).not.toContain('locked="0"');
  }, 30_000);
});
