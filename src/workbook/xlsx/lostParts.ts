/**
 * What a rewritten workbook lost compared with the original: kinds of parts ExcelJS cannot carry (pivot tables,
 * macros, slicers...). Charts are not counted here: `keepDrawings` copies them back and reports the ones it cannot.
 * Said in words, so the command can refuse to overwrite a file in place when it would lose them.
 */
import JSZip from 'jszip';

const KINDS: readonly { readonly prefix: string; readonly words: string }[] = [
  { prefix: 'xl/pivotTables/', words: 'pivot tables' },
  { prefix: 'xl/slicers/', words: 'slicers' },
  { prefix: 'xl/timelines/', words: 'timelines' },
  { prefix: 'xl/vbaProject.bin', words: 'macros' },
  { prefix: 'xl/externalLinks/', words: 'links to other workbooks' },
  { prefix: 'xl/ctrlProps/', words: 'form controls' },
  { prefix: 'xl/activeX/', words: 'ActiveX controls' },
  { prefix: 'xl/threadedComments/', words: 'threaded comments' },
  { prefix: 'customXml/', words: 'custom XML data' },
];

/** Names of the kinds of content `original` has more of than `rewritten` (by count of parts), e.g. ["pivot tables"]. */
export async function lostParts(original: Uint8Array, rewritten: Uint8Array): Promise<string[]> {
  const [before, after] = await Promise.all([JSZip.loadAsync(original), JSZip.loadAsync(rewritten)]);
  const count = (zip: JSZip, prefix: string) =>
    Object.keys(zip.files).filter((f) => f.startsWith(prefix) && !f.endsWith('/') && !f.includes('/_rels/')).length;
  return KINDS.filter((k) => count(before, k.prefix) > count(after, k.prefix)).map((k) => k.words);
}
