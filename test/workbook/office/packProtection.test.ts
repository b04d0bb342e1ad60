/**
 * Issue #13: typing on a pack sheet is either kept or prevented. The Office.js writer protects each pack sheet
 * without a password with its entry columns unlocked (the .xlsx writer's rule), and the typing note says so.
 */
import { typingNoteText } from '../../../src/engine/pack/typingNote';
import { FakeExcel } from '../../../src/workbook/fake/FakeExcel';
import type { ExcelWorksheet } from '../../../src/workbook/office/ExcelApi';
import { OfficeWorkbook } from '../../../src/workbook/office/OfficeWorkbook';
import { budget, sheet } from './fakeBook';
import { commentaryCell, numberedLines, variancePack } from './varianceTablePack';

const lines = numberedLines(4);

async function isProtected(fake: FakeExcel, name: string): Promise<boolean> {
  return fake.run(async (context) => {
    const protection = context.workbook.worksheets.getItem(name).protection.load('protected');
    await context.sync();
    return protection.protected;
  });
}

async function isLocked(fake: FakeExcel, name: string, address: string): Promise<boolean> {
  return fake.run(async (context) => {
    const range = context.workbook.worksheets.getItem(name).getRange(address).load('format/protection/locked');
    await context.sync();
    return range.format.protection.locked;
  });
}

/** Types `text` into `address`, as a user would; Excel refuses it on a locked cell of a protected sheet. */
async function userTypes(fake: FakeExcel, name: string, address: string, text: string): Promise<void> {
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem(name).getRange(address).values = [[text]];
    await context.sync();
  });
}

async function unprotectByHand(fake: FakeExcel, name: string): Promise<void> {
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem(name).protection.unprotect();
    await context.sync();
  });
}

describe('pack sheet protection (Office.js writer)', () => {
  it('protects a new pack sheet without a password, entry columns unlocked, and says so under the last row', async () => {
    const fake = FakeExcel.fromGrids([budget]);
    await new OfficeWorkbook(fake.run).writePack(variancePack(lines));
    expect(await isProtected(fake, 'OR Variance')).toBe(true);
    const comment = commentaryCell(lines, 'L0002');
    expect(await isLocked(fake, 'OR Variance', comment)).toBe(false);
    // Account of the first line (column B, row 7): the pack's, so locked.
    expect(await isLocked(fake, 'OR Variance', 'B7')).toBe(true);
    await expect(userTypes(fake, 'OR Variance', 'B7', 'my note')).rejects.toMatchObject({ code: 'AccessDenied' });
    await userTypes(fake, 'OR Variance', comment, 'Timing: invoice in May');
    expect(sheet(fake, 'OR Variance').values.flat()).toContain(typingNoteText(true, true));
    // The user's own sheets and the register stay open.
    expect(await isProtected(fake, 'Budget')).toBe(false);
    expect(await isProtected(fake, '_OpsReview')).toBe(false);
  });

  it('refreshes a protected pack sheet in the same syncs, keeps the comment and protects it again', async () => {
    const fake = FakeExcel.fromGrids([budget]);
    const workbook = new OfficeWorkbook(fake.run);
    await workbook.writePack(variancePack(lines));
    await userTypes(fake, 'OR Variance', commentaryCell(lines, 'L0003'), 'Supplier price rise');
    fake.resetCounters();
    await workbook.writePack(variancePack([lines[3], lines[2], lines[1], lines[0]]));
    // As before protection: 2 reads (the protection flag rides on the second) and 1 write.
    expect(fake.syncCount()).toBe(3);
    expect(await isProtected(fake, 'OR Variance')).toBe(true);
    const moved = commentaryCell([lines[3], lines[2], lines[1], lines[0]], 'L0003');
    expect(sheet(fake, 'OR Variance').cells.find((c) => c.address === moved)?.value).toBe('Supplier price rise');
    expect(await isLocked(fake, 'OR Variance', moved)).toBe(false);
  });

  it('refreshes a pack sheet the user unprotected by hand without unprotecting it again', async () => {
    const fake = FakeExcel.fromGrids([budget]);
    const workbook = new OfficeWorkbook(fake.run);
    await workbook.writePack(variancePack(lines));
    await unprotectByHand(fake, 'OR Variance');
    await userTypes(fake, 'OR Variance', 'H2', 'typed while open');
    // Excel refuses to unprotect an open sheet (office-js#6784): the writer reads the flag instead of assuming it.
    await workbook.writePack(variancePack(lines));
    expect(await isProtected(fake, 'OR Variance')).toBe(true);
    expect(sheet(fake, 'OR Variance').values.flat()).not.toContain('typed while open');
  });
});

describe('fake worksheet protection', () => {
  it('refuses what Excel refuses: clearing or formatting a protected sheet, protecting twice, unprotecting an open sheet', async () => {
    const fake = FakeExcel.fromGrids([budget]);
    const attempt = (queue: (ws: ExcelWorksheet) => void) =>
      fake.run(async (context) => {
        queue(context.workbook.worksheets.getItem('Budget'));
        await context.sync();
      });
    await expect(attempt((ws) => ws.protection.unprotect())).rejects.toMatchObject({ code: 'AccessDenied' });
    await attempt((ws) => ws.protection.protect({ allowFormatColumns: true }));
    await expect(attempt((ws) => ws.protection.protect())).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(attempt((ws) => ws.getRange().clear('All'))).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(attempt((ws) => (ws.getRange('A1').format.font.bold = true))).rejects.toMatchObject({
      code: 'AccessDenied',
    });
    await expect(attempt((ws) => (ws.getRange('C1').format.protection.locked = false))).rejects.toMatchObject({
      code: 'AccessDenied',
    });
    // Allowed by the options given: column widths.
    await attempt((ws) => (ws.getRange('A1').format.columnWidth = 90));
    await attempt((ws) => ws.protection.unprotect());
    expect(sheet(fake, 'Budget').values).toEqual(budget.values);
  });
});
