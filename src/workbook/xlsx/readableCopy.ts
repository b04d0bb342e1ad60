/**
 * A copy of a package for reading cells only, never for writing: the sheets' drawings and comment drawings are
 * unlinked and dropped, and a workbook without a styles part gets a minimal one. Readers built for whole workbooks stumble on
 * such parts (ExcelJS throws on openpyxl's drawings and on a missing styles part), and cells need none of them; the
 * package the writer edits is the original, untouched.
 */
import JSZip from 'jszip';
import {
  readRels,
  relsPathOf,
  resolveTarget,
  sheetEntries,
  STYLES_TYPE,
  withOverride,
  withRelationship,
} from './xlsxPackage';

const UNLINKED = /\/(drawing|vmlDrawing|comments)$/;
const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';

/** `bytes` made readable for cells (see the module comment); the same bytes when nothing needed changing. */
export async function readableCopy(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  let workbookRels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  let changed = false;
  for (const sheet of sheetEntries(workbook, workbookRels)) {
    if (!sheet.part || !sheet.worksheet) continue;
    const rels = await zip.file(relsPathOf(sheet.part))?.async('string');
    if (rels === undefined) continue;
    const unlinked = readRels(rels).filter((r) => UNLINKED.test(r.type));
    if (unlinked.length === 0) continue;
    const xml = (await zip.file(sheet.part)?.async('string')) ?? '';
    const ids = new Set(unlinked.map((r) => r.id));
    zip.file(
      sheet.part,
      xml.replace(/<(drawing|legacyDrawing|legacyDrawingHF)\b[^>]*\/>/g, (tag) =>
        ids.has(/r:id="([^"]+)"/.exec(tag)?.[1] ?? '') ? '' : tag,
      ),
    );
    zip.file(
      relsPathOf(sheet.part),
      rels.replace(/<Relationship\b[^>]*>/g, (tag) => (ids.has(/\bId="([^"]+)"/.exec(tag)?.[1] ?? '') ? '' : tag)),
    );
    changed = true;
  }
  // ExcelJS parses every drawing part it finds, linked or not.
  for (const part of Object.keys(zip.files).filter((f) => f.startsWith('xl/drawings/'))) {
    zip.remove(part);
    changed = true;
  }
  const styles = readRels(workbookRels).find((r) => r.type === STYLES_TYPE);
  if (!styles || !zip.file(resolveTarget('xl/workbook.xml', styles.target))) {
    // ExcelJS looks for its styles at this path only, whatever the relationships say.
    const part = 'xl/styles.xml';
    zip.file(part, MINIMAL_STYLES);
    workbookRels = withRelationship(workbookRels, STYLES_TYPE, 'styles.xml').xml;
    zip.file('xl/_rels/workbook.xml.rels', workbookRels);
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    zip.file(
      '[Content_Types].xml',
      withOverride(types, part, 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml'),
    );
    changed = true;
  }
  return changed ? zip.generateAsync({ type: 'uint8array' }) : bytes;
}
