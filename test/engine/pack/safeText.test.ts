import { cleanText, MAX_CELL_TEXT, officeCellValue, text, xlsxCellValue } from '../../../src/engine/pack/safeText';

describe('cleanText', () => {
  it('removes the control characters an .xlsx file cannot carry and keeps tab and line breaks', () => {
    expect(cleanText('Rent\u0000 \u0007Q1\u001F')).toBe('Rent Q1');
    expect(cleanText('a\tb\nc\rd')).toBe('a\tb\nc\rd');
  });

  it('removes unpaired surrogates but keeps a real pair (an emoji)', () => {
    expect(cleanText('x\uD800y')).toBe('xy');
    expect(cleanText('x\uDC00y')).toBe('xy');
    expect(cleanText('ok \uD83D\uDE00')).toBe('ok \uD83D\uDE00');
  });

  it("cuts text to Excel's 32,767-character limit and marks the cut", () => {
    const cut = cleanText('a'.repeat(40_000));
    expect(cut).toHaveLength(MAX_CELL_TEXT);
    expect(cut.endsWith('…')).toBe(true);
    expect(cleanText('a'.repeat(MAX_CELL_TEXT))).toHaveLength(MAX_CELL_TEXT);
  });

  it('never cuts inside a surrogate pair', () => {
    // 32,765 letters then emoji pairs: the cut would land between the halves of the first pair.
    const cut = cleanText('a'.repeat(MAX_CELL_TEXT - 2) + '\uD83D\uDE00'.repeat(3));
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(cut)).toBe(false);
    expect(cut.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
  });
});

describe('the text-stays-text rule', () => {
  const risky = ['=1+1', '+SUM(A1:A9)', '-2', '@cmd', '=HYPERLINK("http://x","y")', "'quoted", '00123', 'TRUE', '1-2'];

  it.each(risky)('Office.js writes %s behind an apostrophe, so Excel stores it as text', (value) => {
    expect(officeCellValue(text(value))).toBe(`'${value}`);
  });

  it('the .xlsx writer stores the text itself, unchanged, as a string cell value', () => {
    for (const value of risky) expect(xlsxCellValue(text(value))).toBe(value);
  });

  it('numbers, booleans and blanks pass unchanged; empty text is a blank cell', () => {
    expect(officeCellValue(12.5)).toBe(12.5);
    expect(officeCellValue(false)).toBe(false);
    expect(officeCellValue(null)).toBe('');
    expect(officeCellValue(text(''))).toBe('');
    expect(xlsxCellValue(text(''))).toBeNull();
  });
});
