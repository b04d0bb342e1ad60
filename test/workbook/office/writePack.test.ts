import type { Grid } from '../../../src/engine/grid/Grid';
import { buildPack } from '../../../src/engine/pack/buildPack';
import { FakeExcel } from '../../../src/workbook/fake/FakeExcel';
import { REQUEST_LIMIT_BYTES } from '../../../src/workbook/fake/FakeSession';
import { OfficeWorkbook } from '../../../src/workbook/office/OfficeWorkbook';
import { analysisResult } from '../../fixtures/analysisResult';
import { budget, sheet } from './fakeBook';
import { commentaryCell, numberedLines, variancePack } from './varianceTablePack';

function cell(fake: FakeExcel, sheetName: string, address: string) {
  return sheet(fake, sheetName).cells.find((c) => c.address === address);
}

/** Types `text` into `address` of `sheetName`, as a user would between two refreshes. */
async function userTypes(fake: FakeExcel, sheetName: string, address: string, text: string): Promise<void> {
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem(sheetName).getRange(address).values = [[text]];
    await context.sync();
  });
}

describe('OfficeWorkbook.writePack', () => {
  it('reports a failure of Excel as an OfficeWorkbookError with a sentence', async () => {
    const fake = FakeExcel.fromGrids([budget]);
    const pack = variancePack(numberedLines(2));
    // Excel refuses sheet names over 31 characters; the engine never asks for one, this test does.
    const bad = {
      ...pack,
      sheets: pack.sheets.map((s) => ({ ...s, name: 'OR A name far too long for an Excel tab' })),
    };
    await expect(new OfficeWorkbook(fake.run).writePack(bad)).rejects.toMatchObject({
      name: 'OfficeWorkbookError',
      code: 'write-failed',
      message: expect.stringMatching(/^Excel could not write the review pack: .*longer than 31 characters/),
    });
  });

  it.each([1, 5, 20])(
    'writes a pack built from %i source tables in at most 8 syncs, first run and refresh',
    async (count) => {
      const fake = FakeExcel.fromGrids([budget]);
      const workbook = new OfficeWorkbook(fake.run);
      await workbook.writePack(variancePack(numberedLines(12), count));
      // First run: sync 1 reads sheets and register; one write sync (the pack is far below 5 MB).
      expect(fake.syncCount()).toBe(2);
      fake.resetCounters();
      await workbook.writePack(variancePack(numberedLines(12), count));
      // Refresh: + sync 2, reading what users typed and the old charts.
      expect(fake.syncCount()).toBe(3);
      expect(fake.screenUpdatingSuspensions).toBe(1);
    },
  );

  it('splits a 5,000-line pack into requests under 5 MB, one sync per chunk', async () => {
    const fake = FakeExcel.fromGrids([budget]);
    const workbook = new OfficeWorkbook(fake.run);
    // 400 characters of three-byte text per name: 5,000 × 1,200 bytes = 6 MB, though only 2 M characters.
    const lines = numberedLines(5000).map((l) => ({ ...l, account: `${l.account} ${'売上'.repeat(200)}` }));
    await workbook.writePack(variancePack(lines));
    const chunks = workbook.lastChunkBytes.length;
    expect(chunks).toBeGreaterThan(1);
    expect(fake.syncCount()).toBe(1 + chunks);
    expect(fake.syncCount()).toBeLessThanOrEqual(8 + chunks);
    for (const sync of fake.syncs) expect(sync.requestBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
    expect(cell(fake, 'OR Variance', 'B5006')?.value).toBe(lines[4999].account);
  });

  it('writes workbook text as text: =, +, - and @ never become formulas', async () => {
    const hostile = ['=HYPERLINK("http://evil.example","Click")', '+44 20 7946 0000', '-5 net', '@risk', '00123'];
    const lines = hostile.map((account, i) => ({ key: `K${i}`, account, budget: 100, actual: 90 }));
    const fake = FakeExcel.fromGrids([budget]);
    await new OfficeWorkbook(fake.run).writePack(variancePack(lines));
    // Account is column B; the table's data rows start at row 7 (what, when, prepared, blank, heading, header).
    hostile.forEach((text, i) => {
      expect(cell(fake, 'OR Variance', `B${7 + i}`)).toMatchObject({ value: text, formula: null, error: null });
    });
  });

  it('never touches a user sheet that has a pack sheet’s name: picks another name and says so', async () => {
    const mine: Grid = { sheet: 'OR Variance', address: 'A1', values: [['My own notes']] };
    const fake = FakeExcel.fromGrids([budget, mine]);
    const report = await new OfficeWorkbook(fake.run).writePack(variancePack(numberedLines(3)));
    expect(report.sheets).toEqual([{ name: 'OR Variance (2)', created: true, wanted: 'OR Variance' }]);
    expect(report.messages[0]).toMatch(/"OR Variance" already exists .* used "OR Variance \(2\)"/);
    expect(sheet(fake, 'OR Variance').values).toEqual([['My own notes']]);
    expect(sheet(fake, 'Budget').values).toEqual(budget.values);
    // The second run refreshes "OR Variance (2)" and still leaves the user's sheet alone.
    await userTypes(fake, 'OR Variance (2)', commentaryCell(numberedLines(3), 'L0001'), 'Price increase from May');
    const again = await new OfficeWorkbook(fake.run).writePack(variancePack(numberedLines(3)));
    expect(again.sheets).toEqual([{ name: 'OR Variance (2)', created: false }]);
    expect(sheet(fake, 'OR Variance').values).toEqual([['My own notes']]);
    expect(cell(fake, 'OR Variance (2)', commentaryCell(numberedLines(3), 'L0001'))?.value).toBe(
      'Price increase from May',
    );
  });

  it('keeps comments users typed across a refresh, matched by line key', async () => {
    const lines = numberedLines(4);
    const fake = FakeExcel.fromGrids([budget]);
    const workbook = new OfficeWorkbook(fake.run);
    await workbook.writePack(variancePack(lines));
    await userTypes(fake, 'OR Variance', commentaryCell(lines, 'L0003'), 'Supplier price rise, chase =credit note');
    // Next month the lines come in another order: the comment follows its line, not its row.
    const reordered = [lines[2], lines[0], lines[3], lines[1]];
    await workbook.writePack(variancePack(reordered));
    expect(cell(fake, 'OR Variance', commentaryCell(reordered, 'L0003'))?.value).toBe(
      'Supplier price rise, chase =credit note',
    );
    expect(cell(fake, 'OR Variance', commentaryCell(reordered, 'L0003'))?.formula).toBeNull();
  });

  it('keeps a comment whose line disappeared under "Retired comments", and reports it', async () => {
    const lines = numberedLines(3);
    const fake = FakeExcel.fromGrids([budget]);
    const workbook = new OfficeWorkbook(fake.run);
    await workbook.writePack(variancePack(lines));
    await userTypes(fake, 'OR Variance', commentaryCell(lines, 'L0002'), 'One-off legal fee');
    const report = await workbook.writePack(variancePack([lines[0], lines[2]]));
    expect(report.messages.join(' ')).toMatch(
      /1 comment entry whose line is no longer in the analysis was kept under "Retired comments" on OR Variance\./,
    );
    const values = sheet(fake, 'OR Variance').values.flat();
    expect(values).toContain('One-off legal fee');
    expect(values.some((v) => typeof v === 'string' && v.startsWith('Retired comments'))).toBe(true);
    // A third refresh still carries it: retired entries are read back like any other.
    await workbook.writePack(variancePack([lines[0], lines[2]]));
    expect(sheet(fake, 'OR Variance').values.flat()).toContain('One-off legal fee');
  });

  it('registers its sheets on a very-hidden sheet and does not trust a visible one of that name', async () => {
    const fake = FakeExcel.fromGrids([budget, { sheet: '_OpsReview', address: 'A1', values: [['a user sheet']] }]);
    const report = await new OfficeWorkbook(fake.run).writePack(variancePack(numberedLines(2)));
    expect(report.messages.join(' ')).toMatch(/"_OpsReview" belongs to you/);
    expect(sheet(fake, '_OpsReview').values).toEqual([['a user sheet']]);

    const clean = FakeExcel.fromGrids([budget]);
    await new OfficeWorkbook(clean.run).writePack(variancePack(numberedLines(2)));
    expect(sheet(clean, '_OpsReview').visibility).toBe('VeryHidden');
  });

  it('draws native charts with the series colours and removes the old ones on refresh', async () => {
    const pack = buildPack(analysisResult, { generatedAt: '2026-04-03T10:00:00Z' });
    const fake = FakeExcel.fromGrids([budget]);
    const workbook = new OfficeWorkbook(fake.run);
    await workbook.writePack(pack);
    const charts = () => fake.snapshot().sheets.flatMap((s) => s.charts);
    const count = charts().length;
    expect(count).toBeGreaterThan(0);
    const first = charts()[0];
    expect(first.from).not.toBeNull();
    expect(first.series.every((s) => s.xValues !== null)).toBe(true);
    await workbook.writePack(pack);
    expect(charts()).toHaveLength(count);
  });

  it('draws the budget-to-actual bridge as stacked columns on an invisible base, green and red steps', async () => {
    const fake = FakeExcel.fromGrids([budget]);
    await new OfficeWorkbook(fake.run).writePack(buildPack(analysisResult, { generatedAt: '2026-04-03T10:00:00Z' }));
    const bridge = fake
      .snapshot()
      .sheets.flatMap((s) => s.charts)
      .find((c) => c.name === 'chart-result-bridge');
    expect(bridge?.type).toBe('ColumnStacked');
    expect(bridge?.series.map((s) => [s.name, s.fill])).toEqual([
      ['Base', null],
      ['Budget and actual', '#404040'],
      ['Better than budget', '#2E7D32'],
      ['Worse than budget', '#C62828'],
    ]);
  });
});
