import JSZip from 'jszip';
import { buildPack } from '../../../src/engine/pack/buildPack';
import { XlsxWorkbook } from '../../../src/workbook/xlsx/XlsxWorkbook';
import { analysisResult } from '../../fixtures/analysisResult';
import { userWorkbookBytes, userWorkbookWithChartBytes } from './userWorkbook';

// Whole-workbook writes and reads: seconds each on a loaded machine, more than jest's 5 s default allows.
jest.setTimeout(30_000);

const options = { generatedAt: '2026-04-03T09:15:00Z' };

async function chartTitles(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart[^/]*\.xml$/.test(f));
  const xml = await Promise.all(charts.map((f) => zip.file(f)?.async('string') ?? ''));
  return xml.map((x) => /<a:t>([^<]*)<\/a:t>/.exec(x)?.[1] ?? '').sort();
}

describe('keeping charts the writer did not make', () => {
  it("keeps a user's own chart when the pack is written beside it", async () => {
    const workbook = await XlsxWorkbook.load(await userWorkbookWithChartBytes());
    await workbook.writePack(buildPack(analysisResult, options));
    const { bytes, messages, lost } = await workbook.write();
    expect(messages).toEqual([]);
    expect(lost).toEqual([]);
    const titles = await chartTitles(bytes);
    expect(titles).toContain('Sales by month (user chart)');
    // Four pack charts (bridge, revenue by month, forecast, KPI attainment; the IE matrix is a grid of cells).
    expect(titles).toHaveLength(5);
    const zip = await JSZip.loadAsync(bytes);
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    for (const part of Object.keys(zip.files).filter((f) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(f))) {
      expect(types).toContain(`PartName="/${part}"`);
    }
  });

  it('keeps the pack charts of a session that only saves settings', async () => {
    const first = await XlsxWorkbook.load(await userWorkbookBytes());
    await first.writePack(buildPack(analysisResult, options));
    const second = await XlsxWorkbook.load(await first.toBytes());
    await second.saveSettings({ version: 1 });
    expect(await chartTitles(await second.toBytes())).toHaveLength(4);
  });

  it('keeps the charts of pack sheets a smaller pack does not rewrite, and rewrites the others once', async () => {
    const first = await XlsxWorkbook.load(await userWorkbookBytes());
    await first.writePack(buildPack(analysisResult, options));
    const second = await XlsxWorkbook.load(await first.toBytes());
    await second.writePack(buildPack(analysisResult, { ...options, sheets: ['kpis'] }));
    const titles = await chartTitles(await second.toBytes());
    expect(titles).toHaveLength(4);
    expect(titles.filter((t) => t.startsWith('KPI attainment'))).toHaveLength(1);
  });
});

describe('content the writer cannot carry', () => {
  async function withPivotPart(): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(await userWorkbookBytes());
    zip.file('xl/pivotTables/pivotTable1.xml', '<pivotTableDefinition/>');
    return zip.generateAsync({ type: 'uint8array' });
  }

  it('says what the written copy lost, and refuses to overwrite in place', async () => {
    const workbook = await XlsxWorkbook.load(await withPivotPart());
    await workbook.writePack(buildPack(analysisResult, options));
    const { messages, lost } = await workbook.write();
    expect(lost).toEqual(['pivot tables']);
    expect(messages).toEqual([
      'The workbook has pivot tables, which this tool cannot copy: the written workbook does not have them (the original file still does).',
    ]);
    await expect(workbook.save('/tmp/never-written.xlsx', { keepEverything: true })).rejects.toMatchObject({
      code: 'would-lose-content',
    });
  });
});
