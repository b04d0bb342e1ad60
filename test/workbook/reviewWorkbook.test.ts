import type { Grid } from '../../src/engine/grid/Grid';
import type { WorkbookPort } from '../../src/workbook/WorkbookPort';
import { reviewWorkbook } from '../../src/workbook/reviewWorkbook';
import { gridOf } from '../engine/read/gridOf';

// One expense line, March 2026: budget 1,000, actual 1,200 -> variance +200, +20 % (unfavourable).
const grids: Grid[] = [
  gridOf('Budget', [
    ['Account', 'Jan 2026', 'Feb 2026', 'Mar 2026'],
    ['6100 Travel', 1000, 1000, 1000],
  ]),
  gridOf(
    'Actuals',
    [
      ['Account', 'Jan 2026', 'Feb 2026', 'Mar 2026'],
      ['6100 Travel', 1000, 1000, 1200],
    ],
    { numberFormats: [['General'], ['General', '"$"#,##0', '"$"#,##0', '"$"#,##0']] },
  ),
];

function portWith(settings: unknown): WorkbookPort {
  return {
    readGrids: async () => grids,
    loadSettings: async () => settings,
    saveSettings: async () => undefined,
    writePack: async () => ({ sheets: [], messages: [] }),
  };
}

describe('reviewWorkbook', () => {
  it('applies the thresholds saved in the workbook', async () => {
    const plain = await reviewWorkbook(portWith(null));
    expect(plain.result.variance.lines[0].month).toMatchObject({ variance: 200, variancePct: 0.2, material: true });
    // Saved threshold 25 %: a 20 % variance is no longer material.
    const saved = await reviewWorkbook(portWith({ version: 1, thresholds: { threshold: 0.25, absoluteThreshold: 0 } }));
    expect(saved.settingsProblem).toBeNull();
    expect(saved.result.variance.lines[0].month.material).toBe(false);
  });

  it("lets the request's own choices win over the saved settings", async () => {
    const review = await reviewWorkbook(
      portWith({ version: 1, thresholds: { threshold: 0.25, absoluteThreshold: 0 } }),
      {
        threshold: 0.15,
        period: '2026-02',
      },
    );
    expect(review.result.period).toBe('2026-02');
    expect(review.result.variance.lines[0].ytd).toMatchObject({ budget: 2000, actual: 2000, material: false });
  });

  it('reviews only the tables chosen in the settings, and says which were left out', async () => {
    // Choosing only the budget table leaves the actuals out: actual 0 against budget 1,000 in March.
    const review = await reviewWorkbook(portWith({ version: 1, tables: ['Budget!A1:D2'] }));
    expect(review.read.tables.map((t) => t.id)).toEqual(['Budget!A1:D2', 'Actuals!A1:D2']);
    expect(review.result.variance.lines[0].month).toMatchObject({ budget: 1000, actual: 0 });
    expect(review.result.diagnostics.filter((d) => d.code === 'table-not-chosen').map((d) => d.sheet)).toEqual([
      'Actuals',
    ]);
  });

  it('sets hostile settings aside for the defaults and says why', async () => {
    const review = await reviewWorkbook(portWith({ version: 1, __proto__: { threshold: 99 }, thresholds: 'all' }));
    expect(review.settingsProblem).not.toBeNull();
    expect(review.result.variance.lines[0].month.material).toBe(true);
  });

  it('writes amounts in the currency of the workbook in the narrative', async () => {
    const review = await reviewWorkbook(portWith(null));
    expect(review.result.variance.narrative.map((s) => s.text).join(' ')).toContain('$');
  });
});
