import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { readXlsxGrids } from '../../../src/workbook/xlsx/readXlsx';
import { XlsxWorkbook } from '../../../src/workbook/xlsx/XlsxWorkbook';

/**
 * Corpus files the reader opens but the pack writer cannot edit (no workbook relationships part, a workbook part
 * elsewhere than xl/workbook.xml, `<x:sheets>` with a prefix): `inspect` and `analyze` open them through the
 * workbook port and must read them as the reader does; only writing a pack is refused, in one sentence.
 */
const ROOT = join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'xlsx-corpus');
const FILES = [
  'sheetjs/wtf_path.xlsx',
  'tealeg/testdocs__badfile_noWorkbookRels.xlsx',
  'tealeg/testdocs__namespaced.xlsx',
  'tealeg/testdocs__noStylesAndSharedStringsTest.xlsx',
];

if (!existsSync(ROOT)) {
  it.skip(`the xlsx corpus is not at ${ROOT}`, () => undefined);
} else {
  describe('workbooks the writer cannot edit', () => {
    it.each(FILES)('%s is read through the port as the reader reads it', async (file) => {
      const bytes = new Uint8Array(readFileSync(join(ROOT, file)));
      const workbook = await XlsxWorkbook.load(bytes);
      const grids = await workbook.readGrids();
      expect(grids).toEqual(await readXlsxGrids(Buffer.from(bytes)));
      expect(await workbook.loadSettings()).toBeNull();
    });
  });
}
