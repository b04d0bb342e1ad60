import { readXlsxGrids, readXlsxSheets, readXlsxWorkbook } from '../../../../src/workbook/xlsx/readXlsx';
import { oneSheet, packageOf } from './packageOf';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('reading the parts of a package', () => {
  it('reads inline strings, rows and cells without references, errors, booleans and ISO date cells', async () => {
    const [grid] = await readXlsxGrids(
      Buffer.from(
        oneSheet(
          '<sheetData><row><c t="inlineStr"><is><t>Account</t></is></c><c t="d"><v>2026-01-01T00:00:00</v></c>' +
            '<c t="d" s="1"><v>2026-02-01</v></c></row>' +
            '<row><c t="inlineStr"><is><r><t>Fu</t></r><r><t>el &amp; oil</t></r><rPh><t>ふ</t></rPh></is></c>' +
            '<c s="2"><v>1200.5</v></c><c t="e"><v>#N/A</v></c><c t="b"><v>1</v></c></row></sheetData>',
        ),
      ),
    );
    // 2026-01-01 is serial 46023 in Excel's 1900 system (=DATE(2026,1,1)).
    expect(grid.values).toEqual([
      ['Account', 46023, 46054, null],
      ['Fuel & oil', 1200.5, { error: '#N/A' }, true],
    ]);
    expect(grid.numberFormats?.[0]).toEqual(['General', 'yyyy-mm-dd', 'mmm-yy', 'General']);
    expect(grid.numberFormats?.[1]?.[1]).toBe('#,##0.00');
  });

  it('gives each cell of a shared formula its own references, and drops the _xlfn. prefix', async () => {
    const [grid] = await readXlsxGrids(
      Buffer.from(
        oneSheet(
          '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>' +
            '<row r="2"><c r="A2"><f t="shared" ref="A2:B3" si="0">SUM(A$1:A1)+$A$1</f><v>1</v></c>' +
            '<c r="B2"><f t="shared" si="0"/><v>3</v></c></row>' +
            '<row r="3"><c r="A3"><f t="shared" si="0"/><v>2</v></c><c r="B3"><f>_xlfn.CONCAT("a",B1)</f><v>a2</v></c></row>' +
            '</sheetData>',
        ),
      ),
    );
    expect(grid.formulas).toEqual([
      [null, null],
      ['=SUM(A$1:A1)+$A$1', '=SUM(B$1:B1)+$A$1'],
      ['=SUM(A$1:A2)+$A$1', '=CONCAT("a",B1)'],
    ]);
    expect(grid.values[2]).toEqual([2, 'a2']);
  });

  it('empties the cells a merge covers and leaves them out of the used range', async () => {
    const [grid] = await readXlsxGrids(
      Buffer.from(
        oneSheet(
          '<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>Budget FY2026</t></is></c>' +
            '<c r="C2" t="inlineStr"><is><t>stale</t></is></c></row>' +
            '<row r="3"><c r="B3"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref="B2:D2"/></mergeCells>',
        ),
      ),
    );
    expect(grid.address).toBe('B2');
    expect(grid.values).toEqual([['Budget FY2026'], [1]]);
  });

  it('reads dates of the 1904 system as 1900-system serials, and ignores extensions reusing element names', async () => {
    const [grid] = await readXlsxGrids(
      Buffer.from(
        oneSheet(
          '<sheetData><row r="1"><c r="A1" s="1"><v>44561</v></c><c r="B1"><v>44561</v></c></row></sheetData>',
          {},
          '<workbookPr date1904="1"/><extLst><ext><x15:workbookPr xmlns:x15="urn:x15" chartTrackingRefBase="1"/></ext></extLst>',
        ),
      ),
    );
    // 1904-system day 44561 is 2026-01-01 (44561 + 1462 = 46023); numbers that are not dates stay as they are.
    expect(grid.values).toEqual([[46023, 44561]]);
  });

  it('reads namespace-prefixed parts, absolute part names and very hidden sheets', async () => {
    const bytes = packageOf({
      '[Content_Types].xml': '<Types/>',
      '_rels/.rels': `<Relationships xmlns="x"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
      'xl/workbook.xml': `<x:workbook xmlns:x="${NS}" xmlns:r="${REL}"><x:sheets><x:sheet name="Data" sheetId="1" r:id="rId1"/><x:sheet name="_OpsReview" sheetId="2" state="veryHidden" r:id="rId2"/></x:sheets></x:workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="x"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/data.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="/xl/worksheets/own.xml"/></Relationships>`,
      'xl/worksheets/data.xml': `<x:worksheet xmlns:x="${NS}" xmlns:r="${REL}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>KPI</x:t></x:is></x:c><x:c r="B1"><x:v>0.95</x:v></x:c></x:row></x:sheetData><x:tableParts count="1"><x:tablePart r:id="rId1"/></x:tableParts></x:worksheet>`,
      'xl/worksheets/_rels/data.xml.rels': `<Relationships xmlns="x"><Relationship Id="rId1" Type="${REL}/table" Target="/xl/tables/table1.xml"/></Relationships>`,
      'xl/tables/table1.xml': `<table xmlns="${NS}" id="1" name="Table1" displayName="Scorecard" ref="A1:B1"/>`,
      'xl/worksheets/own.xml': `<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData></worksheet>`,
    });
    const sheets = await readXlsxSheets(bytes);
    expect(sheets.map((s) => [s.name, s.state])).toEqual([
      ['Data', 'visible'],
      ['_OpsReview', 'veryHidden'],
    ]);
    expect(sheets[0]?.tables).toEqual([expect.objectContaining({ tableName: 'Scorecard', values: [['KPI', 0.95]] })]);
    expect((await readXlsxGrids(Buffer.from(bytes))).map((g) => g.tableName ?? g.sheet)).toEqual(['Data', 'Scorecard']);
  });

  it('gives the defined names as written, hidden and sheet-scoped ones included', async () => {
    const bytes = oneSheet(
      '<sheetData/>',
      {},
      '<definedNames><definedName name="_OpsReview_summary" hidden="1">\'Review &amp; notes\'!$A$1</definedName>' +
        '<definedName name="Rate" localSheetId="0">Budget!$B$2</definedName></definedNames>',
    );
    expect((await readXlsxWorkbook(bytes)).definedNames).toEqual([
      { name: '_OpsReview_summary', hidden: true, localSheetId: undefined, formula: "'Review & notes'!$A$1" },
      { name: 'Rate', hidden: false, localSheetId: 0, formula: 'Budget!$B$2' },
    ]);
  });

  it('reads tens of thousands of merges in linear time', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`);
    const merges = Array.from({ length: 40_000 }, (_, i) => `<mergeCell ref="A${i + 1}:C${i + 1}"/>`);
    const start = Date.now();
    const [grid] = await readXlsxGrids(
      Buffer.from(oneSheet(`<sheetData>${rows.join('')}</sheetData><mergeCells>${merges.join('')}</mergeCells>`)),
    );
    expect(grid.values).toHaveLength(40_000);
    // Quadratic merging (every merge against every cell) would take minutes here; linear takes well under a second.
    expect(Date.now() - start).toBeLessThan(20_000);
  }, 30_000);
});
