/**
 * Issue #13's promise, over a corpus of rich workbooks (`richWorkbooks.ts`): writing a pack, then refreshing it,
 * leaves every part the add-in does not own byte for byte as it was, and edits the few shared parts only by
 * inserting entries. The output must be well-formed, read back with the pack recognised as the add-in's own.
 */
import JSZip from 'jszip';
import { JSDOM } from 'jsdom';
import { buildPack } from '../../../src/engine/pack/buildPack';
import { XlsxWorkbook } from '../../../src/workbook/xlsx/XlsxWorkbook';
import { sheetEntries } from '../../../src/workbook/xlsx/xlsxPackage';
import { analysisResult } from '../../fixtures/analysisResult';
import { richCorpus } from './richWorkbooks';
import { changedParts, userPartProblems } from './userParts';

const options = { generatedAt: '2026-04-03T09:15:00Z', author: 'J. Smith' };

async function pack(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = await XlsxWorkbook.load(bytes);
  await workbook.writePack(buildPack(analysisResult, options));
  return workbook.toBytes();
}

async function part(bytes: Uint8Array, name: string): Promise<string> {
  return (await (await JSZip.loadAsync(bytes)).file(name)?.async('string')) ?? '';
}

describe('writing a pack never touches a byte of the parts it does not own', () => {
  it.each(richCorpus().map((c) => [c.name, c] as const))(
    '%s',
    async (_, rich) => {
      const original = await rich.bytes();
      const first = await pack(original);
      expect(await userPartProblems(original, first)).toEqual([]);
      const second = await pack(first);
      expect(await userPartProblems(original, second)).toEqual([]);
      // A refresh edits no user part the first write did not (the same styles reused, the marks unchanged).
      expect(await changedParts(first, second)).not.toContain('xl/styles.xml');
      expect(await changedParts(first, second)).not.toContain('xl/workbook.xml');
      const sheets = sheetEntries(
        await part(second, 'xl/workbook.xml'),
        await part(second, 'xl/_rels/workbook.xml.rels'),
      );
      expect(sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['OR Variance', 'OR Goals', '_OpsReview']));
      // The pack reads back as the add-in's own: none of its sheets is taken for the user's data.
      const read = (await (await XlsxWorkbook.load(second)).readGrids()).map((g) => g.sheet);
      expect(read.filter((s) => s.startsWith('OR ') || s === '_OpsReview')).toEqual([]);
      // Every XML part is well-formed, namespaces included (the ones the writer made or edited too).
      const zip = await JSZip.loadAsync(second);
      const parser = new new JSDOM('').window.DOMParser();
      for (const name of Object.keys(zip.files).filter((f) => /\.(xml|rels)$/.test(f))) {
        const doc = parser.parseFromString((await zip.file(name)?.async('string')) ?? '', 'application/xml');
        expect({ name, errors: doc.getElementsByTagName('parsererror').length }).toEqual({ name, errors: 0 });
      }
    },
    60_000,
  );
});
