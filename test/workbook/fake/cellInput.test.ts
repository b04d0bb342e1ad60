import { FakeExcel } from '../../../src/workbook/fake/FakeExcel';
import type { ExcelCellInput } from '../../../src/workbook/office/ExcelApi';

/** Writes `input` into B2 of a fresh sheet (A1 = 10, A2 = 32 for formulas to refer to) and returns the cell. */
async function typed(input: ExcelCellInput, numberFormat?: string) {
  const fake = FakeExcel.fromGrids([{ sheet: 'S', address: 'A1', values: [[10], [32]] }]);
  await fake.run(async (context) => {
    const cell = context.workbook.worksheets.getItem('S').getRange('B2');
    if (numberFormat !== undefined) cell.numberFormat = [[numberFormat]];
    cell.values = [[input]];
    await context.sync();
  });
  const found = fake.snapshot().sheets[0].cells.find((c) => c.address === 'B2');
  return { value: found?.value ?? null, formula: found?.formula ?? null, error: found?.error ?? null };
}

describe('fake Excel: what a value assigned to Range.values becomes', () => {
  it('turns "=..." into a formula, computing SUM of a range and a cell reference', async () => {
    // 10 + 32 = 42 (A1 and A2 of the fixture).
    expect(await typed('=SUM(A1:A2)')).toEqual({ value: 42, formula: '=SUM(A1:A2)', error: null });
    expect(await typed('=A2')).toEqual({ value: 32, formula: '=A2', error: null });
    // Not computed by the fake: the cell shows the formula text, so a test sees a formula was written.
    expect(await typed('=HYPERLINK("http://x","y")')).toMatchObject({ formula: '=HYPERLINK("http://x","y")' });
  });

  it('turns text beginning with +, - or @ into a broken formula, as typing it does', async () => {
    expect(await typed('+44 20')).toEqual({ value: null, formula: '=+44 20', error: '#NAME?' });
    expect(await typed('-5 net')).toEqual({ value: null, formula: '=-5 net', error: '#NAME?' });
    expect(await typed('@risk')).toEqual({ value: null, formula: '=@risk', error: '#NAME?' });
  });

  it('converts numeric text and TRUE/FALSE, as Excel does', async () => {
    expect(await typed('-5')).toEqual({ value: -5, formula: null, error: null });
    expect(await typed('1e3')).toEqual({ value: 1000, formula: null, error: null });
    expect(await typed('TRUE')).toEqual({ value: true, formula: null, error: null });
  });

  it('keeps text behind a leading apostrophe, or in a cell formatted as Text, as text', async () => {
    expect(await typed('\'=HYPERLINK("http://x")')).toEqual({
      value: '=HYPERLINK("http://x")',
      formula: null,
      error: null,
    });
    expect(await typed("'+44 20")).toEqual({ value: '+44 20', formula: null, error: null });
    expect(await typed("'00123")).toEqual({ value: '00123', formula: null, error: null });
    expect(await typed('=1+1', '@')).toEqual({ value: '=1+1', formula: null, error: null });
  });

  it('leaves a cell unchanged for null and empties it for ""', async () => {
    const fake = FakeExcel.fromGrids([{ sheet: 'S', address: 'A1', values: [['keep', 'clear']] }]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:B1').values = [[null, '']];
      await context.sync();
    });
    expect(fake.snapshot().sheets[0].values).toEqual([['keep']]);
  });
});
