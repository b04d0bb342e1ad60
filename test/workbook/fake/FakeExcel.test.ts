import { FakeExcel } from '../../../src/workbook/fake/FakeExcel';
import { FakeExcelError } from '../../../src/workbook/fake/FakeExcelError';
import type { ExcelRange } from '../../../src/workbook/office/ExcelApi';

const budget = () =>
  FakeExcel.fromGrids([
    {
      sheet: 'Budget',
      address: 'B2',
      values: [
        ['Account', 'Jan-26'],
        ['Revenue', 1200],
        ['Costs', 800],
      ],
      tableName: 'tblBudget',
    },
  ]);

/** The code of the error `action` rejects with. */
async function codeOf(action: () => Promise<unknown>): Promise<string> {
  try {
    await action();
  } catch (error) {
    return error instanceof FakeExcelError ? error.code : `not a FakeExcelError: ${String(error)}`;
  }
  return 'no error';
}

describe('FakeExcel proxies', () => {
  it('throws Excel’s PropertyNotLoaded error when a property is read before load and sync', async () => {
    const fake = budget();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Budget').getRange('B2:C4');
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the mistake the fake must catch
      expect(() => range.values).toThrow(
        `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
      range.load('values');
      // Loaded but not yet synced: still unavailable.
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- the mistake the fake must catch
      expect(() => range.values).toThrow(FakeExcelError);
      await context.sync();
      expect(range.values).toEqual([
        ['Account', 'Jan-26'],
        ['Revenue', 1200],
        ['Costs', 800],
      ]);
      // Only what was loaded is readable.
      // eslint-disable-next-line office-addins/load-object-before-read -- the mistake the fake must catch
      expect(() => range.numberFormat).toThrow(/'numberFormat' is not available/);
    });
  });

  it('applies writes only at sync, and returns a set value without a load as Office.js does', async () => {
    const fake = budget();
    await fake.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Budget').getRange('D3');
      cell.values = [[42]];
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the mistake the fake must catch
      expect(cell.values).toEqual([[42]]);
      expect(fake.snapshot().sheets[0].cells.some((c) => c.address === 'D3')).toBe(false);
      await context.sync();
      expect(fake.snapshot().sheets[0].cells.find((c) => c.address === 'D3')?.value).toBe(42);
    });
  });

  it('knows isNullObject only after a sync, and rejects getItem of a missing sheet with ItemNotFound', async () => {
    const fake = budget();
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Actuals');
      // eslint-disable-next-line office-addins/call-sync-before-read -- the mistake the fake must catch
      expect(() => missing.isNullObject).toThrow(/'isNullObject' is not available/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
    expect(
      await codeOf(() =>
        fake.run(async (context) => {
          context.workbook.worksheets.getItem('Actuals').getRange('A1').values = [[1]];
          await context.sync();
        }),
      ),
    ).toBe('ItemNotFound');
  });

  it('refuses proxies used after their run ended', async () => {
    const fake = budget();
    let kept: ExcelRange | null = null;
    await fake.run(async (context) => {
      kept = context.workbook.worksheets.getItem('Budget').getRange('A1');
    });
    expect(() => kept?.load('values')).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
  });

  it('loads collections through items paths, and the used range as Excel reports it', async () => {
    const fake = budget();
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/visibility');
      const tables = context.workbook.tables.load('items/name');
      const used = context.workbook.worksheets.getItem('Budget').getUsedRangeOrNullObject(true).load('address');
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([['Budget', 'Visible']]);
      expect(tables.items.map((t) => t.name)).toEqual(['tblBudget']);
      expect(used.address).toBe('Budget!B2:C4');
    });
  });

  it('counts one round trip per sync with something queued, with its request bytes', async () => {
    const fake = budget();
    await fake.run(async (context) => {
      await context.sync(); // nothing queued: Office.js makes no round trip
      context.workbook.worksheets.getItem('Budget').getRange('E1').values = [['x']];
      await context.sync();
    });
    expect(fake.syncCount()).toBe(1);
    expect(fake.syncs[0].requestBytes).toBeGreaterThan(0);
  });

  it('enforces the 5 MB request limit and applies nothing of a refused request', async () => {
    const fake = budget();
    // 6,000 rows of one 1,000-character string: about 6 MB of JSON in one request.
    const big = Array.from({ length: 6000 }, () => ['y'.repeat(1000)]);
    const code = await codeOf(() =>
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Budget').getRange('A1:A6000').values = big;
        await context.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake.syncs[0].requestBytes).toBeGreaterThan(5_000_000);
    expect(fake.snapshot().sheets[0].usedRange).toBe('B2:C4');
  });

  it('refuses a values array whose size differs from the range', async () => {
    const fake = budget();
    const code = await codeOf(() =>
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Budget').getRange('A1:B2').values = [[1, 2]];
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('enforces Excel’s sheet-name rules', async () => {
    const fake = budget();
    const add = (name: string) =>
      codeOf(() =>
        fake.run(async (context) => {
          context.workbook.worksheets.add(name);
          await context.sync();
        }),
      );
    expect(await add('budget')).toBe('ItemAlreadyExists'); // names are unique regardless of case
    expect(await add('Q1/Q2')).toBe('InvalidArgument');
    expect(await add('A name longer than thirty-one chars')).toBe('InvalidArgument');
    expect(await add('OR Summary')).toBe('no error');
  });
});
