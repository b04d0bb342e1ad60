import { FakeExcel } from '../../../src/workbook/fake/FakeExcel';
import { FakeExcelError } from '../../../src/workbook/fake/FakeExcelError';

const book = () => FakeExcel.fromGrids([{ sheet: 'Budget', address: 'A1', values: [['Account']] }]);

/** The formula and id the host reports for the name `name` and the sheet `sheet`, read in one sync. */
async function readBack(fake: FakeExcel, name: string, sheet: string) {
  return fake.run(async (context) => {
    const item = context.workbook.names.getItemOrNullObject(name).load('formula,type,visible');
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet).load('id');
    await context.sync();
    return {
      formula: item.isNullObject ? null : item.formula,
      type: item.isNullObject ? null : item.type,
      visible: item.isNullObject ? null : item.visible,
      id: ws.isNullObject ? null : ws.id,
    };
  });
}

describe('FakeExcel defined names and sheet ids', () => {
  it('binds a name to its sheet: a rename rewrites it, the id stays; deletion breaks it for good', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.add('OR Variance');
      context.workbook.names.add('_OpsReview_variance', sheet.getRange('A1')).visible = false;
      await context.sync();
    });
    const created = await readBack(fake, '_OpsReview_variance', 'OR Variance');
    expect(created).toMatchObject({ formula: "='OR Variance'!$A$1", type: 'Range', visible: false });

    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('OR Variance').name = 'Notes';
      await context.sync();
    });
    const renamed = await readBack(fake, '_OpsReview_variance', 'Notes');
    expect(renamed).toMatchObject({ formula: '=Notes!$A$1', id: created.id });

    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Notes').delete();
      context.workbook.worksheets.add('Notes');
      await context.sync();
    });
    const replaced = await readBack(fake, '_OpsReview_variance', 'Notes');
    // A new sheet of the same name has a new id and does not revive the name, as in Excel.
    expect(replaced).toMatchObject({ formula: '=#REF!$A$1', type: 'Error' });
    expect(replaced.id).not.toBe(created.id);
  });

  it("refuses a duplicate or invalid name with Excel's errors, and deletes a name", async () => {
    const fake = book();
    const add = (name: string) =>
      fake.run(async (context) => {
        context.workbook.names.add(name, '=Budget!$A$1');
        await context.sync();
      });
    await add('Rate');
    await expect(add('RATE')).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await expect(add('A1')).rejects.toBeInstanceOf(FakeExcelError);
    await expect(add('1st')).rejects.toMatchObject({ code: 'InvalidArgument' });
    await fake.run(async (context) => {
      context.workbook.names.getItem('rate').delete();
      await context.sync();
    });
    expect(fake.book.names).toEqual([]);
  });
});
