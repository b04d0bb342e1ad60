/**
 * Rich workbooks for the "never lose a byte" tests: the sample budget workbook with, one at a time and then all
 * together, the things a real finance workbook carries and that a writer re-serialising it would lose (the
 * adversarial shapes of issue #13), written into the package as Excel writes them; the files Excel made in the
 * shared corpus (xlsxwriter's comparison files); files saved by LibreOffice and by openpyxl (`test/fixtures/xlsx/`).
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';

const ROOT = join(__dirname, '..', '..', '..');
const SAMPLE = join(ROOT, 'examples', 'sample-ops-review.xlsx');
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET1 = 'xl/worksheets/sheet1.xml';

type Edit = (zip: JSZip) => Promise<void>;

async function edit(zip: JSZip, part: string, change: (xml: string) => string): Promise<void> {
  const xml = await zip.file(part)?.async('string');
  if (xml === undefined) throw new Error(`the sample has no ${part}`);
  const changed = change(xml);
  if (changed === xml) throw new Error(`the edit of ${part} changed nothing`);
  zip.file(part, changed);
}

const addType = (zip: JSZip, element: string) =>
  edit(zip, '[Content_Types].xml', (xml) => xml.replace('</Types>', `${element}</Types>`));
const addRel = (zip: JSZip, part: string, element: string) =>
  zip.file(part)
    ? edit(zip, part, (xml) => xml.replace('</Relationships>', `${element}</Relationships>`))
    : Promise.resolve(
        void zip.file(
          part,
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${element}</Relationships>`,
        ),
      );
/** Inserts `element` into Budget FY26's sheet XML before the first of `before` found. */
const intoSheet = (zip: JSZip, element: string, before: string) =>
  edit(zip, SHEET1, (xml) => xml.replace(before, `${element}${before}`));

/** The adversarial shapes, each as Excel stores it. */
export const SHAPES: Record<string, Edit> = {
  'constant and sheet-scoped defined names with comments': (zip) =>
    edit(zip, 'xl/workbook.xml', (xml) =>
      xml.replace(
        '</sheets>',
        '</sheets><definedNames><definedName name="FY_Start" localSheetId="0" comment="First month of the budget year">\'Budget FY26\'!$D$4</definedName><definedName name="VAT_rate" comment="Standard UK rate since 2011">0.2</definedName><definedName name="Approved" hidden="1">TRUE</definedName></definedNames>',
      ),
    ),
  sparklines: (zip) =>
    intoSheet(
      zip,
      `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap" markers="1"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>'Budget FY26'!D6:O6</xm:f><xm:sqref>R6</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`,
      '</worksheet>',
    ),
  'workbook structure protection': (zip) =>
    edit(zip, 'xl/workbook.xml', (xml) =>
      xml.replace(
        /<workbookPr\b[^>]*\/>/,
        (pr) =>
          `${pr}<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="x8QhTzyFqOzt1pD5FB+3rSzmJl1Dpp0y+8HaM2ykFBMl4BXIBmY7UDmMvv7w1E2ZzvXGq9rK+r8lDgjVX1gt4A==" workbookSaltValue="Wm9uZVNhbHQxMjM0NQ==" workbookSpinCount="100000" lockStructure="1"/>`,
      ),
    ),
  'sheet protection with a password': (zip) =>
    intoSheet(
      zip,
      '<sheetProtection algorithmName="SHA-512" hashValue="3b1kq6zJbD8+8wZrYgC9c2e5n1oTqQ3dM0b1Jr2w0f8H5o1Jv3lq7dT8o5mA5k1f2yWb8v1oQz3c9nR0p2aTQw==" saltValue="c2FsdHNhbHQ=" spinCount="100000" sheet="1" objects="1" scenarios="1"/>',
      '<pageMargins',
    ),
  'custom document properties (sensitivity label)': async (zip) => {
    zip.file(
      'docProps/custom.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_9f1c2d4e_Enabled"><vt:lpwstr>true</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="MSIP_Label_9f1c2d4e_Name"><vt:lpwstr>Confidential - Finance</vt:lpwstr></property></Properties>',
    );
    await addRel(
      zip,
      '_rels/.rels',
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>',
    );
    await addType(
      zip,
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>',
    );
  },
  'comments with authors, one plain text': async (zip) => {
    zip.file(
      'xl/comments1.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Priya Shah</author><author>J. Smith</author></authors><commentList><comment ref="D6" authorId="0"><text><r><rPr><b/><sz val="9"/></rPr><t>Priya Shah:</t></r><r><t xml:space="preserve">\nIncludes the Acme contract.</t></r></text></comment><comment ref="E7" authorId="1"><text><t>Steel surcharge expected</t></text></comment></commentList></comments>',
    );
    zip.file(
      'xl/drawings/vmlDrawing1.vml',
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>5</x:Row><x:Column>3</x:Column></x:ClientData></v:shape><v:shape type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>6</x:Row><x:Column>4</x:Column></x:ClientData></v:shape></xml>',
    );
    await addRel(
      zip,
      'xl/worksheets/_rels/sheet1.xml.rels',
      `<Relationship Id="rId1" Type="${REL}/comments" Target="../comments1.xml"/><Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>`,
    );
    await addType(
      zip,
      '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>',
    );
    await intoSheet(zip, '<legacyDrawing r:id="rId2"/>', '</worksheet>');
  },
  'a list validation': (zip) =>
    intoSheet(
      zip,
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="C6:C28"><formula1>"Sales,Operations,Admin"</formula1></dataValidation></dataValidations>',
      '<pageMargins',
    ),
  'a pivot table': async (zip) => {
    zip.file(
      'xl/pivotCache/pivotCacheDefinition1.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="A4:C28" sheet="Budget FY26"/></cacheSource><cacheFields count="1"><cacheField name="Code" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`,
    );
    zip.file(
      'xl/pivotCache/pivotCacheRecords1.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0"/>',
    );
    zip.file(
      'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`,
    );
    zip.file(
      'xl/pivotTables/pivotTable1.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="BudgetPivot" cacheId="1" dataCaption="Values"><location ref="A3:B4" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="1"><pivotField showAll="0"/></pivotFields></pivotTableDefinition>',
    );
    zip.file(
      'xl/pivotTables/_rels/pivotTable1.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
    );
    await addRel(
      zip,
      'xl/worksheets/_rels/sheet6.xml.rels',
      `<Relationship Id="rId1" Type="${REL}/pivotTable" Target="../pivotTables/pivotTable1.xml"/>`,
    );
    await addRel(
      zip,
      'xl/_rels/workbook.xml.rels',
      `<Relationship Id="rId99" Type="${REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/>`,
    );
    await edit(zip, 'xl/workbook.xml', (xml) =>
      xml.replace('</workbook>', '<pivotCaches><pivotCache cacheId="1" r:id="rId99"/></pivotCaches></workbook>'),
    );
    await addType(
      zip,
      '<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/><Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/><Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"/>',
    );
  },
  'VBA macros (.xlsm)': async (zip) => {
    zip.file('xl/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 1, 2, 3]));
    await addRel(
      zip,
      'xl/_rels/workbook.xml.rels',
      '<Relationship Id="rId98" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>',
    );
    await edit(zip, '[Content_Types].xml', (xml) =>
      xml
        .replace(
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
          'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
        )
        .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
    );
  },
  'custom XML data': async (zip) => {
    zip.file(
      'customXml/item1.xml',
      '<?xml version="1.0"?><budgetMeta xmlns="urn:northwind:finance"><owner>FP&amp;A</owner></budgetMeta>',
    );
    await addRel(
      zip,
      'xl/_rels/workbook.xml.rels',
      `<Relationship Id="rId97" Type="${REL}/customXml" Target="../customXml/item1.xml"/>`,
    );
  },
  'a digital signature': async (zip) => {
    zip.file('_xmlsignatures/origin.sigs', '');
    zip.file(
      '_xmlsignatures/sig1.xml',
      '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo/></Signature>',
    );
    await addRel(
      zip,
      '_rels/.rels',
      '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin" Target="_xmlsignatures/origin.sigs"/>',
    );
  },
  'no styles part': async (zip) => {
    zip.remove('xl/styles.xml');
    await edit(zip, 'xl/_rels/workbook.xml.rels', (xml) => xml.replace(/<Relationship Id="rId1" [^>]*\/>/, ''));
    await edit(zip, '[Content_Types].xml', (xml) => xml.replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, ''));
  },
};

/** The sample workbook with `shapes` applied, as a package's bytes. */
export async function richSample(shapes: readonly string[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  for (const shape of shapes) {
    const apply = SHAPES[shape];
    if (!apply) throw new Error(`no shape ${shape}`);
    await apply(zip);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** One workbook of the corpus: its name, and its bytes when asked. */
export interface RichCase {
  readonly name: string;
  readonly bytes: () => Promise<Uint8Array>;
}

const fromFile = (name: string, path: string): RichCase => ({
  name,
  bytes: () => Promise.resolve(new Uint8Array(readFileSync(path))),
});

/** Every rich workbook of the corpus (listed at once, read when asked, so tests can be one per workbook). */
export function richCorpus(): RichCase[] {
  const cases: RichCase[] = Object.keys(SHAPES).map((shape) => ({
    name: `sample with ${shape}`,
    bytes: () => richSample([shape]),
  }));
  const all = Object.keys(SHAPES).filter((s) => s !== 'no styles part');
  cases.push({ name: 'sample with every shape at once', bytes: () => richSample(all) });
  // Files saved by Excel, from the shared corpus when this checkout has it (a fresh clone in CI may not).
  const excel = join(ROOT, '..', 'shared', 'data', 'xlsx-corpus', 'xlsxwriter');
  const excelFiles = existsSync(excel) ? readdirSync(excel) : [];
  for (const file of excelFiles.filter((f) => f.endsWith('.xlsx')).sort()) {
    cases.push(
      fromFile(`Excel: ${file.replace(/^xlsxwriter__test__comparison__(xlsx_files__)?/, '')}`, join(excel, file)),
    );
  }
  const fixtures = join(ROOT, 'test', 'fixtures', 'xlsx');
  for (const file of readdirSync(fixtures)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()) {
    cases.push(fromFile(file, join(fixtures, file)));
  }
  return cases;
}
