import JSZip from 'jszip';
import { JSDOM } from 'jsdom';
import { buildPack } from '../../../src/engine/pack/buildPack';
import { parseSettings } from '../../../src/engine/settings/Settings';
import { XlsxWorkbook } from '../../../src/workbook/xlsx/XlsxWorkbook';
import { XlsxReadError } from '../../../src/workbook/xlsx/XlsxReadError';
import { openXlsxFile } from '../../../src/workbook/xlsx/xlsxFile';
import { tmpdir } from 'node:os';
import type { AnalysisResult } from '../../../src/engine/results/AnalysisResult';
import { analysisResult } from '../../fixtures/analysisResult';
import { openWithExcelJs, userWorkbookBytes } from './userWorkbook';

// Whole-workbook writes and reads: seconds each on a loaded machine, more than jest's 5 s default allows.
jest.setTimeout(30_000);

const HOSTILE = '=HYPERLINK("http://evil.example","click")';
const options = { generatedAt: '2026-04-03T09:15:00Z', author: 'J. Smith' };

/** The fixture with one account name that would be a formula if written carelessly. */
const hostile: AnalysisResult = {
  ...analysisResult,
  variance: {
    ...analysisResult.variance,
    lines: analysisResult.variance.lines.map((l) => (l.key === 'IT software | Admin' ? { ...l, account: HOSTILE } : l)),
  },
};

async function writeOnce(result: AnalysisResult = hostile) {
  const workbook = await XlsxWorkbook.load(await userWorkbookBytes());
  const report = await workbook.writePack(buildPack(result, options));
  return { report, bytes: await workbook.toBytes() };
}

function wellFormed(xml: string): boolean {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  return doc.getElementsByTagName('parsererror').length === 0;
}

describe('XlsxWorkbook.writePack', () => {
  it("leaves the user's sheet that has the wanted name alone and writes the summary beside it", async () => {
    const { report, bytes } = await writeOnce();
    expect(report.sheets[0]).toEqual({ name: 'OR Summary (2)', created: true, wanted: 'OR Summary' });
    expect(report.messages[0]).toContain('"OR Summary" already exists');
    const book = await openWithExcelJs(bytes);
    expect(book.getWorksheet('OR Summary')?.getCell('A1').value).toBe('My own notes: board pack checklist');
    expect(book.getWorksheet('OR Summary (2)')?.getCell('A1').value).toBe('Monthly review in thousands');
    expect(book.getWorksheet('Budget')?.getCell('F2').value).toEqual({ formula: 'SUM(C2:E2)', result: 1_230_000 });
  });

  it('writes text that looks like a formula as a string cell, never a formula', async () => {
    const { bytes } = await writeOnce();
    const book = await openWithExcelJs(bytes);
    const variance = book.getWorksheet('OR Variance');
    const cell = variance?.getColumn('A').values.find((v) => typeof v === 'string' && v.startsWith('='));
    expect(cell).toBe(HOSTILE);
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /worksheets\/sheet\d+\.xml$/.test(f))
        .map((f) => zip.file(f)?.async('string')),
    );
    // The only formula in the whole file is the user's own SUM on the Budget sheet.
    expect(sheetXml.join('').match(/<f>[^<]*<\/f>/g)).toEqual(['<f>SUM(C2:E2)</f>']);
  });

  it('adds one well-formed native chart part per layout chart, linked from drawings and content types', async () => {
    const { bytes } = await writeOnce();
    const zip = await JSZip.loadAsync(bytes);
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    // Summary: the result bridge and revenue by month; Forecast: one series with points; KPIs. (SWOT is a grid.)
    expect(charts).toHaveLength(4);
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    for (const chart of charts) {
      expect(types).toContain(`PartName="/${chart}"`);
      expect(wellFormed((await zip.file(chart)?.async('string')) ?? '')).toBe(true);
    }
    const drawings = Object.keys(zip.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f));
    expect(drawings).toHaveLength(3);
    for (const drawing of drawings) expect(wellFormed((await zip.file(drawing)?.async('string')) ?? '')).toBe(true);
    const summaryChart = (await zip.file(charts[0])?.async('string')) ?? '';
    expect(summaryChart).toContain("<c:f>'OR Summary (2)'!$B$");
    expect(summaryChart).toContain('<c:grouping val="stacked"/>');
  });

  it('formats the variance sheet: hidden key column, scaled number formats, frozen title, page setup', async () => {
    const { bytes } = await writeOnce();
    const variance = (await openWithExcelJs(bytes)).getWorksheet('OR Variance');
    if (!variance) throw new Error('no variance sheet');
    expect(variance.getColumn('N').hidden).toBe(true);
    expect(variance.getCell('N7').value).toBe('Product revenue | Sales');
    expect(variance.getCell('D7').value).toBe(25_800);
    expect(variance.getCell('D7').numFmt).toBe('+#,##0,;-#,##0,;"–"');
    expect(variance.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(variance.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    const zip = await JSZip.loadAsync(bytes);
    const xml = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /worksheets\/sheet\d+\.xml$/.test(f))
        .map((f) => zip.file(f)?.async('string')),
    );
    const all = xml.join('');
    expect(all).toMatch(/<pageSetup[^>]*orientation="landscape"/);
    expect(all).toContain('&amp;R&amp;8Page &amp;P of &amp;N');
    expect(all).toMatch(/<rowBreaks count="\d+" manualBreakCount="\d+"><brk id="\d+"/);
    const book = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    expect(book).toContain('<definedName name="_xlnm.Print_Titles" localSheetId=');
  });

  it('keeps the run log in a very hidden sheet that readGrids skips, with the pack sheets', async () => {
    const { bytes } = await writeOnce();
    const book = await openWithExcelJs(bytes);
    expect(book.getWorksheet('_OpsReview')?.state).toBe('veryHidden');
    const reopened = await XlsxWorkbook.load(bytes);
    const sheets = new Set((await reopened.readGrids()).map((g) => g.sheet));
    expect([...sheets].sort()).toEqual(['Budget', 'OR Summary']);
  });
});

describe('refreshing a pack', () => {
  it('keeps what users typed by line key, retires entries whose line went, and rewrites charts once', async () => {
    const { bytes } = await writeOnce(analysisResult);
    // A user types commentary into the first pack, then sorts nothing but saves it in their spreadsheet program.
    const edited = await openWithExcelJs(bytes);
    const sheet = edited.getWorksheet('OR Variance');
    if (!sheet) throw new Error('no variance sheet');
    const rowOf = (key: string) => sheet.getColumn('N').values.findIndex((v) => v === key);
    sheet.getCell(`J${rowOf('Raw materials | Operations')}`).value = 'Steel surcharge since March';
    sheet.getCell(`K${rowOf('Raw materials | Operations')}`).value = 'A. Patel';
    sheet.getCell(`M${rowOf('Raw materials | Operations')}`).value = new Date(Date.UTC(2026, 4, 15));
    sheet.getCell(`J${rowOf('Rent | Admin')}`).value = 'Lease ends in June';
    const userSaved = new Uint8Array(await edited.xlsx.writeBuffer());

    const withoutRent: AnalysisResult = {
      ...analysisResult,
      variance: {
        ...analysisResult.variance,
        lines: analysisResult.variance.lines.filter((l) => l.key !== 'Rent | Admin'),
      },
    };
    const workbook = await XlsxWorkbook.load(userSaved);
    const report = await workbook.writePack(buildPack(withoutRent, options));
    expect(report.sheets.map((s) => [s.name, s.created])).toContainEqual(['OR Variance', false]);
    expect(report.sheets[0]).toEqual({ name: 'OR Summary (2)', created: false });
    expect(report.messages).toContainEqual(expect.stringContaining('kept under "Retired comments"'));
    const refreshed = await workbook.toBytes();

    const after = (await openWithExcelJs(refreshed)).getWorksheet('OR Variance');
    if (!after) throw new Error('no variance sheet');
    const keys = after.getColumn('N').values;
    const raw = keys.findIndex((v) => v === 'Raw materials | Operations');
    expect(after.getCell(`J${raw}`).value).toBe('Steel surcharge since March');
    expect(after.getCell(`K${raw}`).value).toBe('A. Patel');
    // 2026-05-15 is serial 46157 (Excel: =DATEVALUE("2026-05-15")); ExcelJS reads a date-formatted serial as a Date.
    expect(after.getCell(`M${raw}`).value).toEqual(new Date(Date.UTC(2026, 4, 15)));
    const retiredKey = after.getColumn('A').values.findIndex((v) => v === 'Rent | Admin');
    expect(retiredKey).toBeGreaterThan(0);
    expect(after.getCell(`B${retiredKey}`).value).toBe('Lease ends in June');

    const zip = await JSZip.loadAsync(refreshed);
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(4);
  });

  it('does the same on a second refresh: retired comments stay retired, nothing is duplicated', async () => {
    const first = await XlsxWorkbook.load(await userWorkbookBytes());
    await first.writePack(buildPack(analysisResult, options));
    const book = await openWithExcelJs(await first.toBytes());
    const sheet = book.getWorksheet('OR Variance');
    if (!sheet) throw new Error('no variance sheet');
    sheet.getCell(`J${sheet.getColumn('N').values.findIndex((v) => v === 'Rent | Admin')}`).value =
      'Lease ends in June';
    let bytes: Uint8Array = new Uint8Array(await book.xlsx.writeBuffer());
    const withoutRent = {
      ...analysisResult,
      variance: {
        ...analysisResult.variance,
        lines: analysisResult.variance.lines.filter((l) => l.key !== 'Rent | Admin'),
      },
    };
    for (let run = 0; run < 2; run += 1) {
      const workbook = await XlsxWorkbook.load(bytes);
      await workbook.writePack(buildPack(withoutRent, options));
      bytes = await workbook.toBytes();
    }
    const after = (await openWithExcelJs(bytes)).getWorksheet('OR Variance');
    const hits = after?.getColumn('B').values.filter((v) => v === 'Lease ends in June');
    expect(hits).toHaveLength(1);
  });
});

describe('settings in the workbook', () => {
  it('round-trips settings longer than one cell holds, emoji included', async () => {
    const workbook = await XlsxWorkbook.load(await userWorkbookBytes());
    expect(await workbook.loadSettings()).toBeNull();
    const settings = {
      version: 1,
      tables: Array.from({ length: 400 }, (_, i) => `Budget ${'\uD83D\uDCB0'.repeat(40)} ${i}!A1:P60`),
    };
    await workbook.saveSettings(settings);
    const reopened = await XlsxWorkbook.load(await workbook.toBytes());
    const stored = await reopened.loadSettings();
    expect(typeof stored === 'string' && stored.length).toBeGreaterThan(32_767);
    const parsed = parseSettings(stored);
    expect(parsed.ok && parsed.settings.tables).toEqual(settings.tables);
  });
});

describe('XlsxWorkbook.load', () => {
  it('says in words when the file is not a workbook', async () => {
    await expect(XlsxWorkbook.load(new TextEncoder().encode('Account,Jan\nRent,100\n'))).rejects.toBeInstanceOf(
      XlsxReadError,
    );
    await expect(openXlsxFile('/nonexistent/budget.xlsx')).rejects.toMatchObject({ code: 'file-not-found' });
    await expect(openXlsxFile(tmpdir())).rejects.toThrow(`${tmpdir()} is a folder, not an .xlsx workbook.`);
  });
});

describe("sheets named like the add-in's own", () => {
  async function withUserSheet(name: string): Promise<Uint8Array> {
    const book = await openWithExcelJs(await userWorkbookBytes());
    book.addWorksheet(name).getCell('A1').value = 'Pack sheets';
    return new Uint8Array(await book.xlsx.writeBuffer());
  }

  it('neither trusts nor overwrites a visible "_OpsReview" sheet, and says so', async () => {
    const workbook = await XlsxWorkbook.load(await withUserSheet('_OpsReview'));
    const report = await workbook.writePack(buildPack(analysisResult, options));
    expect(report.messages).toContainEqual(expect.stringContaining('"_OpsReview" belongs to you'));
    const book = await openWithExcelJs(await workbook.toBytes());
    expect(book.getWorksheet('_OpsReview')?.state).toBe('visible');
    expect(book.getWorksheet('_OpsReview')?.getCell('A1').value).toBe('Pack sheets');
    expect(book.getWorksheet('_OpsReview')?.getCell('A3').value).toBeNull();
  });

  it('refuses to save settings over a user\'s "_OpsReviewSettings" sheet and reads none from it', async () => {
    const workbook = await XlsxWorkbook.load(await withUserSheet('_OpsReviewSettings'));
    expect(await workbook.loadSettings()).toBeNull();
    await expect(workbook.saveSettings({ version: 1 })).rejects.toMatchObject({ code: 'settings-sheet-taken' });
  });
});
