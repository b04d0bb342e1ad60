/**
 * The Summary's commentary draft through a real file: a director rewrites the draft in the written workbook, and a
 * refresh keeps their text, where an untouched draft is redrafted (see `commentaryDraft`).
 */
import ExcelJS from 'exceljs';
import { buildPack } from '../../../src/engine/pack/buildPack';
import { XlsxWorkbook } from '../../../src/workbook/xlsx/XlsxWorkbook';
import { analysisResult } from '../../fixtures/analysisResult';

const options = { generatedAt: '2026-04-03T09:15:00Z' };

async function draftCell(bytes: Uint8Array): Promise<{ book: ExcelJS.Workbook; cell: ExcelJS.Cell }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const summary = book.getWorksheet('OR Summary');
  if (!summary) throw new Error('no summary');
  let found: ExcelJS.Cell | null = null;
  summary.eachRow((row) => {
    if (row.getCell(1).value === 'Commentary') found = summary.getCell(row.number + 1, 1);
  });
  if (found === null) throw new Error('no draft');
  return { book, cell: found };
}

async function refresh(bytes: Uint8Array, result = analysisResult): Promise<Uint8Array> {
  const workbook = await XlsxWorkbook.load(bytes);
  await workbook.writePack(buildPack(result, options));
  return workbook.toBytes();
}

describe('the Summary commentary draft in a file', () => {
  let first: Uint8Array;
  beforeAll(async () => {
    // A workbook always has a sheet of its own (Excel cannot save one without).
    const user = new ExcelJS.Workbook();
    user.addWorksheet('Budget').getCell('A1').value = 'Budget FY2026';
    const workbook = await XlsxWorkbook.load(new Uint8Array(await user.xlsx.writeBuffer()));
    await workbook.writePack(buildPack(analysisResult, options));
    first = await workbook.toBytes();
  });

  it('is redrafted when untouched', async () => {
    const changed = {
      ...analysisResult,
      variance: { ...analysisResult.variance, narrative: [{ text: 'A new sentence.', lineKeys: [], cells: [] }] },
    };
    const { cell } = await draftCell(await refresh(first, changed));
    expect(cell.value).toBe('A new sentence.');
  });

  it('keeps the text a director wrote over the draft, refresh after refresh', async () => {
    const { book, cell } = await draftCell(first);
    cell.value = 'Strong March: the Sales team closed the Hartley order early.';
    let bytes: Uint8Array = new Uint8Array(await book.xlsx.writeBuffer());
    for (let run = 0; run < 2; run += 1) bytes = await refresh(bytes);
    expect((await draftCell(bytes)).cell.value).toBe('Strong March: the Sales team closed the Hartley order early.');
  });
});
