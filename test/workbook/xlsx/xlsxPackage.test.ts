import { insertDrawing } from '../../../src/workbook/xlsx/xlsxPackage';

describe('insertDrawing', () => {
  it('places <drawing> after the conditional formats, not inside a data-bar rule that has its own <extLst>', () => {
    // Shape of what ExcelJS writes for a sheet with a data bar (abridged).
    const sheet =
      '<worksheet><sheetData/><conditionalFormatting sqref="G6:G9"><cfRule type="dataBar"><dataBar/><extLst><ext/></extLst></cfRule></conditionalFormatting>' +
      '<pageMargins/><pageSetup/><extLst><ext uri="x14"/></extLst></worksheet>';
    expect(insertDrawing(sheet, 'rId3')).toBe(
      '<worksheet><sheetData/><conditionalFormatting sqref="G6:G9"><cfRule type="dataBar"><dataBar/><extLst><ext/></extLst></cfRule></conditionalFormatting>' +
        '<pageMargins/><pageSetup/><drawing r:id="rId3"/><extLst><ext uri="x14"/></extLst></worksheet>',
    );
  });

  it('places <drawing> before <tableParts> and at the end when nothing follows it', () => {
    expect(insertDrawing('<worksheet><sheetData/><tableParts count="1"/></worksheet>', 'rId1')).toBe(
      '<worksheet><sheetData/><drawing r:id="rId1"/><tableParts count="1"/></worksheet>',
    );
    expect(insertDrawing('<worksheet><sheetData/><pageMargins/></worksheet>', 'rId1')).toBe(
      '<worksheet><sheetData/><pageMargins/><drawing r:id="rId1"/></worksheet>',
    );
  });
});
