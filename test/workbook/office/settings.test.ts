import { defaultSettings, parseSettings, SETTINGS_VERSION } from '../../../src/engine/settings/Settings';
import { SETTINGS_SHEET } from '../../../src/engine/settings/settingsCells';
import { FakeExcel } from '../../../src/workbook/fake/FakeExcel';
import { OfficeWorkbook } from '../../../src/workbook/office/OfficeWorkbook';
import { OfficeWorkbookError } from '../../../src/workbook/office/OfficeWorkbookError';

const budget = { sheet: 'Budget', address: 'A1', values: [['Account', 'Jan-26']] };

/** Stores `text` as the settings, the way a hand-edited or hostile workbook would hold it. */
async function storeRaw(fake: FakeExcel, text: string): Promise<void> {
  await fake.run(async (context) => {
    const sheet = context.workbook.worksheets.add(SETTINGS_SHEET);
    sheet.getRange('A1').values = [[`'${text}`]];
    sheet.visibility = 'VeryHidden';
    await context.sync();
  });
}

describe('OfficeWorkbook settings', () => {
  it('returns null when the workbook holds no settings', async () => {
    const fake = FakeExcel.fromGrids([budget]);
    expect(await new OfficeWorkbook(fake.run).loadSettings()).toBeNull();
  });

  it('saves settings on a very-hidden sheet and loads them back for parseSettings', async () => {
    const fake = FakeExcel.fromGrids([budget]);
    const workbook = new OfficeWorkbook(fake.run);
    const settings = { ...defaultSettings(), tables: ['Budget!A1:N40'] };
    await workbook.saveSettings(settings);
    await workbook.saveSettings(settings); // saving again overwrites, it does not append
    const parsed = parseSettings(await workbook.loadSettings());
    expect(parsed).toEqual({ ok: true, settings });
    expect(fake.snapshot().sheets.find((s) => s.name === SETTINGS_SHEET)?.visibility).toBe('VeryHidden');
  });

  it('splits settings longer than one cell holds over several cells', async () => {
    const fake = FakeExcel.fromGrids([budget]);
    const workbook = new OfficeWorkbook(fake.run);
    // 400 ids of 150 characters: about 60,000 characters of JSON, more than a cell's 32,767.
    // Emoji (surrogate pairs) throughout, so a cut would fall inside one if the writer cut blindly.
    // With "TT" first, the 32,000th character of the JSON is the first half of an emoji (asserted below).
    const tables = ['TT', ...Array.from({ length: 400 }, (_, i) => `T${i}`.padEnd(148, '📊'))];
    const settings = { ...defaultSettings(), tables };
    expect(JSON.stringify(settings).charCodeAt(31_999).toString(16)).toBe('d83d');
    await workbook.saveSettings(settings);
    expect(fake.snapshot().sheets.find((s) => s.name === SETTINGS_SHEET)?.usedRange).toBe('A1:A2');
    const cells =
      fake
        .snapshot()
        .sheets.find((s) => s.name === SETTINGS_SHEET)
        ?.values.flat() ?? [];
    for (const text of cells) expect(String(text)).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    expect(parseSettings(await workbook.loadSettings())).toEqual({ ok: true, settings });
  });

  it.each([
    ['not JSON', '{"version": 1,', /not valid JSON/],
    [
      'a prototype-polluting key',
      `{"version":${SETTINGS_VERSION},"__proto__":{"admin":true}}`,
      /forbidden key "__proto__"/,
    ],
    ['a newer version', '{"version": 99}', /newer version/],
    ['a JSON bomb', `${'['.repeat(5000)}${']'.repeat(5000)}`, /not an object|nested deeper/],
    ['a wrong type', `{"version":${SETTINGS_VERSION},"thresholds":{"materialityPct":"lots"}}`, /materialityPct/],
  ])(
    'rejects hostile settings (%s) with a message and the defaults, without crashing',
    async (_label, text, reason) => {
      const fake = FakeExcel.fromGrids([budget]);
      await storeRaw(fake, text);
      const parsed = parseSettings(await new OfficeWorkbook(fake.run).loadSettings());
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(reason);
      expect(parsed.settings).toEqual(defaultSettings());
    },
  );

  it('ignores a visible user sheet named like the settings sheet, and refuses to overwrite it', async () => {
    const fake = FakeExcel.fromGrids([budget, { sheet: SETTINGS_SHEET, address: 'A1', values: [['{"version":1}']] }]);
    const workbook = new OfficeWorkbook(fake.run);
    expect(await workbook.loadSettings()).toBeNull();
    await expect(workbook.saveSettings(defaultSettings())).rejects.toThrow(OfficeWorkbookError);
    expect(fake.snapshot().sheets.find((s) => s.name === SETTINGS_SHEET)?.values).toEqual([['{"version":1}']]);
  });
});

describe('OfficeWorkbook.selectCell', () => {
  it('selects the cell of a diagnostic, and answers false when its sheet is gone', async () => {
    const fake = FakeExcel.fromGrids([budget]);
    const workbook = new OfficeWorkbook(fake.run);
    expect(await workbook.selectCell('Budget', 'B7')).toBe(true);
    expect(fake.snapshot().selection).toEqual({ sheet: 'Budget', address: 'B7' });
    expect(await workbook.selectCell('Deleted sheet', 'A1')).toBe(false);
  });
});
