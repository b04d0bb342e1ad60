/**
 * Which sheets the Office.js writer may touch. A pack sheet is known by the register AND its mark (a hidden defined
 * name Excel keeps bound to the sheet), never by its name alone. User actions between refreshes are made through the
 * same API on the strict fake, which binds names to sheets as Excel does (rename follows, deletion breaks for good).
 */
import { FakeExcel } from '../../../src/workbook/fake/FakeExcel';
import { OfficeWorkbook } from '../../../src/workbook/office/OfficeWorkbook';
import { budget, sheet } from './fakeBook';
import { commentaryCell, numberedLines, variancePack } from './varianceTablePack';

const lines = numberedLines(3);

function commentOf(fake: FakeExcel, name: string, key: string) {
  return sheet(fake, name).cells.find((c) => c.address === commentaryCell(lines, key))?.value;
}

/** A first pack, with a comment typed against line L0002. */
async function packWithComment(): Promise<{ fake: FakeExcel; workbook: OfficeWorkbook }> {
  const fake = FakeExcel.fromGrids([budget]);
  const workbook = new OfficeWorkbook(fake.run);
  await workbook.writePack(variancePack(lines));
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem('OR Variance').getRange(commentaryCell(lines, 'L0002')).values = [
      ['Timing: invoice slipped to April'],
    ];
    await context.sync();
  });
  return { fake, workbook };
}

/** The user deletes the pack's "OR Variance" and makes a sheet of their own with that name, data and formats. */
async function replaceWithUserSheet(fake: FakeExcel): Promise<void> {
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem('OR Variance').delete();
    const mine = context.workbook.worksheets.add('OR Variance');
    const range = mine.getRange('A1:C3');
    range.values = [
      ['Supplier', 'Invoice', 'Amount'],
      ['Acme Ltd', 'INV-0042', 1250.5],
      ['Bolt & Co', 'INV-0043', 980],
    ];
    range.numberFormat = [
      ['General', 'General', 'General'],
      ['General', '@', '#,##0.00'],
      ['General', '@', '#,##0.00'],
    ];
    mine.getRange('A1:C1').format.font.bold = true;
    await context.sync();
  });
}

describe('pack sheet ownership in Excel', () => {
  it('leaves a user sheet made in place of a deleted pack sheet exactly as it was and writes "OR Variance (2)"', async () => {
    const { fake, workbook } = await packWithComment();
    await replaceWithUserSheet(fake);
    const before = sheet(fake, 'OR Variance');
    fake.resetCounters();

    const report = await workbook.writePack(variancePack(lines));

    expect(sheet(fake, 'OR Variance')).toEqual(before);
    expect(report.sheets).toEqual([{ name: 'OR Variance (2)', created: true, wanted: 'OR Variance' }]);
    expect(report.messages).toContainEqual(
      expect.stringContaining('"OR Variance" is not the pack sheet Ops Review created under that name'),
    );
    expect(report.messages).toContainEqual(expect.stringContaining('the pack used "OR Variance (2)"'));
    // Nothing to refresh, so one read sync and one write sync.
    expect(fake.syncCount()).toBe(2);
    // The comment was on the deleted sheet: gone with it, never copied from the user's sheet.
    expect(commentOf(fake, 'OR Variance (2)', 'L0002')).toBeNull();

    // The next refresh updates "OR Variance (2)", the sheet the mark now refers to, and still spares the user's.
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('OR Variance (2)').getRange(commentaryCell(lines, 'L0001')).values = [
        ['Price rise'],
      ];
      await context.sync();
    });
    const again = await workbook.writePack(variancePack(lines));
    expect(again.sheets).toEqual([{ name: 'OR Variance (2)', created: false }]);
    expect(again.messages).toEqual([]);
    expect(sheet(fake, 'OR Variance')).toEqual(before);
    expect(commentOf(fake, 'OR Variance (2)', 'L0001')).toBe('Price rise');
  });

  it("reads a user's sheet that took a pack sheet's name as data, and skips a pack sheet the user renamed", async () => {
    const replaced = await packWithComment();
    await replaceWithUserSheet(replaced.fake);
    // Before any refresh: the register still lists "OR Variance", but its mark is broken.
    expect((await replaced.workbook.readGrids()).map((g) => g.sheet)).toContain('OR Variance');

    const renamed = await packWithComment();
    await renamed.fake.run(async (context) => {
      context.workbook.worksheets.getItem('OR Variance').name = 'Variance notes';
      await context.sync();
    });
    expect((await renamed.workbook.readGrids()).map((g) => g.sheet)).toEqual(['Budget', 'Budget']);
  });

  it('refreshes a pack sheet the user renamed under its new name, keeping its comments, and says so', async () => {
    const { fake, workbook } = await packWithComment();
    const id = sheet(fake, 'OR Variance').id;
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('OR Variance').name = 'Variance notes';
      await context.sync();
    });
    fake.resetCounters();

    const report = await workbook.writePack(variancePack(lines));

    expect(report.sheets).toEqual([{ name: 'Variance notes', created: false }]);
    expect(report.messages).toEqual([
      'The pack sheet "OR Variance" is now called "Variance notes"; it was refreshed under that name.',
    ]);
    expect(fake.snapshot().sheets.map((s) => s.name)).toEqual(['Budget', 'Variance notes', '_OpsReview']);
    expect(sheet(fake, 'Variance notes').id).toBe(id);
    expect(commentOf(fake, 'Variance notes', 'L0002')).toBe('Timing: invoice slipped to April');
    expect(fake.syncCount()).toBe(3);
    // Said once: the register now lists the new name.
    expect((await workbook.writePack(variancePack(lines))).messages).toEqual([]);
  });

  it('refreshes in place on an ordinary refresh: same sheet, comment kept, one hidden mark per pack sheet', async () => {
    const { fake, workbook } = await packWithComment();
    const id = sheet(fake, 'OR Variance').id;
    const report = await workbook.writePack(variancePack(lines));
    expect(report).toEqual({ sheets: [{ name: 'OR Variance', created: false }], messages: [] });
    expect(sheet(fake, 'OR Variance').id).toBe(id);
    expect(commentOf(fake, 'OR Variance', 'L0002')).toBe('Timing: invoice slipped to April');
    expect(fake.book.names).toEqual([
      { name: '_OpsReview_variance', sheetId: id, rect: expect.anything(), visible: false },
    ]);
  });

  it('treats a registered sheet whose mark was deleted as the user’s', async () => {
    const { fake, workbook } = await packWithComment();
    await fake.run(async (context) => {
      context.workbook.names.getItem('_OpsReview_variance').delete();
      await context.sync();
    });
    const before = sheet(fake, 'OR Variance');
    const report = await workbook.writePack(variancePack(lines));
    expect(report.sheets).toEqual([{ name: 'OR Variance (2)', created: true, wanted: 'OR Variance' }]);
    expect(sheet(fake, 'OR Variance')).toEqual(before);
  });

  it('never writes a user sheet the mark came to point at (A1 cut and pasted there): the user is told which and why', async () => {
    const { fake, workbook } = await packWithComment();
    // Excel moves a name with its cell: cutting A1 of "OR Variance" and pasting it into "Budget" retargets the mark.
    await fake.run(async (context) => {
      context.workbook.names.getItem('_OpsReview_variance').delete();
      context.workbook.names.add('_OpsReview_variance', context.workbook.worksheets.getItem('Budget').getRange('A1'));
      await context.sync();
    });
    const before = sheet(fake, 'Budget');
    expect((await workbook.readGrids()).map((g) => g.sheet)).toContain('Budget');

    const report = await workbook.writePack(variancePack(lines));

    expect(sheet(fake, 'Budget')).toEqual(before);
    expect(report.messages).toContainEqual(
      'The sheet "Budget" was not written: the pack\'s name _OpsReview_variance points at it, but it does not hold the mark Ops Review writes into its own sheets, so it is yours.',
    );
    expect(report.messages.join(' ')).not.toContain('refreshed under that name');
    expect(report.sheets).toEqual([{ name: 'OR Variance (2)', created: true, wanted: 'OR Variance' }]);
  });
});
