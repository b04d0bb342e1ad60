/**
 * The sample workbook's pack read as a director reads it: who, what and when on every sheet, the P&L in the
 * source's order with its derived rows, figures without float noise, one comparison window per table, goals with
 * their actuals. Expected figures are worked by hand from the sample's Actuals FY26 and Budget FY26 sheets.
 */
import { layoutRangeValues, layoutValueAt } from '../../../src/engine/pack/layoutRangeValues';
import type { LayoutValue, SheetLayout } from '../../../src/engine/pack/SheetLayout';
import { plRows } from '../../../src/engine/pack/plRows';
import { samplePack, type SamplePack } from './samplePack';

let sample: SamplePack;
beforeAll(async () => {
  sample = await samplePack();
}, 60_000);

const textOf = (v: LayoutValue): string | null => (v !== null && typeof v === 'object' ? v.text : null);
const sheet = (key: SheetLayout['key']): SheetLayout => {
  const found = sample.layouts.find((l) => l.key === key);
  if (!found) throw new Error(`no ${key} sheet`);
  return found;
};

/** Every value the layout writes in column A, top to bottom, as text. */
const columnA = (layout: SheetLayout): string[] =>
  layout.cells.flatMap((c) => (c.range.startsWith('A') ? c.values.map((row) => textOf(row[0] ?? null) ?? '') : []));

describe('the sample pack', () => {
  it('reads the company, the currency and the table count inspect shows from the workbook', () => {
    expect(sample.context).toMatchObject({ company: 'Northwind Logistics', currency: 'US$' });
    // `ops-review inspect examples/sample-ops-review.xlsx` lists 6 tables (budget, actuals, prior year, KPIs, SWOT,
    // objectives); the KPI sheet is also an Excel Table, which made the old header say 7.
    expect(sample.context.sourceTables).toBe(sample.review.read.tables.length);
    expect(sample.context.sourceTables).toBe(6);
  });

  it('opens every sheet with the IBCS title block: who, what with currency and unit, when', () => {
    for (const layout of sample.layouts) {
      expect(textOf(layoutValueAt(layout, 'A1'))).toBe('Northwind Logistics');
      expect(textOf(layoutValueAt(layout, 'A3'))).toMatch(/June 2026/);
      expect(layout.print?.titleRows).toBe(4);
      expect(layout.freezeRows).toBe(4);
    }
    expect(textOf(layoutValueAt(sheet('variance'), 'A2'))).toBe('Budget vs actual in US$ thousands');
    expect(textOf(layoutValueAt(sheet('variance'), 'A3'))).toContain('actual (AC) vs budget (BU)');
    expect(sheet('variance').print?.footerLeft).toBe('Northwind Logistics · Budget vs actual in US$ thousands');
  });

  it('shows amounts in thousands, stated once per sheet, and months as "Jun 2026"', () => {
    const variance = sheet('variance');
    const formats = variance.cells.flatMap((c) => c.numberFormats.flat());
    expect(formats).toContain('#,##0,;(#,##0,);"–"');
    expect(formats).not.toContain('#,##0;(#,##0);"–"');
    const texts = sample.layouts.flatMap((l) => l.cells.flatMap((c) => c.values.flat().map(textOf)));
    expect(texts).toContain('Jun 2026 AC');
    // No month written the ISO way anywhere a reader looks.
    expect(texts.filter((t) => t !== null && /\b20\d\d-\d\d\b/.test(t))).toEqual([]);
  });

  it('holds no float noise in any numeric cell or text of any sheet', () => {
    for (const layout of sample.layouts) {
      for (const block of layout.cells) {
        for (const v of block.values.flat()) {
          if (typeof v === 'number') {
            // At most four decimals in the number's shortest form (no 602026.9200000001, no 0.2727272727272727).
            expect({ sheet: layout.name, v, tidy: Number(v.toFixed(4)) === v }).toEqual({
              sheet: layout.name,
              v,
              tidy: true,
            });
          }
          const t = textOf(v);
          if (t !== null)
            expect({ sheet: layout.name, t, noisy: /\d\.\d{5,}/.test(t) }).toMatchObject({ noisy: false });
        }
      }
    }
  });

  it('lays the P&L out in the order of the source with Gross profit and EBITDA computed', () => {
    const rows = plRows(sample.review.result);
    const labels = rows.filter((r) => r.kind !== 'line').map((r) => `${r.kind}:${r.label}`);
    expect(labels).toEqual([
      'section:Revenue',
      'subtotal:Total revenue',
      'section:Cost of sales',
      'subtotal:Total cost of sales',
      'derived:Gross profit',
      'section:Operating expenses',
      'subtotal:Total operating expenses',
      'derived:EBITDA',
    ]);
    const gross = rows.find((r) => r.label === 'Gross profit');
    // Actuals FY26, June (column I): revenue 689,155 + 53,803 + 246,572 + 39,038 = 1,028,568; cost of sales
    // 201,862 + 141,708 + 52,148 + 11,487 + 116,962 = 524,167; gross profit 1,028,568 - 524,167 = 504,401.
    expect(gross?.month?.actual).toBeCloseTo(504_401, 6);
    // The last derived row is the result of every line: the analysis' total.
    const total = sample.review.result.variance.rollups.find((r) => r.by === 'total');
    expect(rows[rows.length - 1]?.month?.actual).toBeCloseTo(total?.month.actual ?? NaN, 6);
    expect(columnA(sheet('variance'))).toEqual(expect.arrayContaining(['Gross profit', 'EBITDA']));
  });

  it('picks and shows the largest variances in the same window, year to date, said in the heading', () => {
    const summary = sheet('summary');
    const heading = columnA(summary).find((t) => t.startsWith('Largest variances'));
    expect(heading).toBe('Largest variances against budget, year to date (Jan–Jun 2026)');
  });

  it('never charts an empty series, and draws the budget-to-actual bridge', () => {
    for (const layout of sample.layouts) {
      for (const chart of layout.charts) {
        for (const series of chart.series) {
          const values = layoutRangeValues(layout, series.valuesRange);
          expect({ chart: chart.id, series: series.name, empty: values.every((v) => v === null) }).toMatchObject({
            empty: false,
          });
        }
      }
    }
    const bridge = sheet('summary').charts.find((c) => c.id === 'chart-result-bridge');
    expect(bridge?.type).toBe('stackedColumn');
    expect(bridge?.series.map((s) => s.role)).toEqual(expect.arrayContaining(['bandBase', 'actual']));
  });

  it('shows target to date, actual to date and the gap where the workbook has the goal\u2019s actuals', () => {
    const goals = sheet('goals');
    const rows = columnA(goals);
    expect(rows).toContain('Grow road freight revenue');
    const progress = sample.pack.sheets.find((s) => s.key === 'goals')?.blocks.find((b) => b.kind === 'table');
    if (progress?.kind !== 'table') throw new Error('no goals table');
    const road = progress.rows.find((r) => r.values.objective === 'Grow road freight revenue');
    // Road freight revenue, Actuals FY26 Jan-Jun: 615,037 + 644,731 + 665,613 + 709,433 + 701,856 + 689,155.
    expect(road?.values.actualToDate).toBe(4_025_825);
    expect(typeof road?.values.targetToDate).toBe('number');
    expect(road?.values.gap).toBeCloseTo(4_025_825 - Number(road?.values.targetToDate), 6);
    for (const row of progress.rows) expect(row.values.targetToDate).not.toBeNull();
    // A cost goal is met by staying under target: Subcontracted haulage Jan-Jun actuals 162,264 + 178,391 +
    // 194,253 + 190,366 + 207,365 + 201,862 = 1,134,501, above the phased target, so the gap is red and the
    // attainment is target / actual, under 100 %.
    const haulage = progress.rows.find((r) => r.values.objective === 'Cut subcontracted haulage spend');
    expect(haulage?.values.actualToDate).toBe(1_134_501);
    expect(haulage?.tones?.gap).toBe('bad');
    expect(Number(haulage?.values.attainment)).toBeLessThan(1);
  });

  it('draws the IE matrix as its 3 x 3 grid, IFE strong to weak across and EFE high to low down', () => {
    const swot = sheet('swot');
    const texts = swot.cells.flatMap((c) => c.values.flat().map(textOf)).filter((t): t is string => t !== null);
    const header = texts.indexOf('Strong IFE (3.00-4.00)');
    expect(texts.slice(header, header + 3)).toEqual([
      'Strong IFE (3.00-4.00)',
      'Average IFE (2.00-2.99)',
      'Weak IFE (1.00-1.99)',
    ]);
    const cell = sample.review.result.swot?.ieCell;
    expect(texts.find((t) => t.startsWith('● '))).toMatch(new RegExp(`^● ${cell}: `));
    expect(texts.indexOf('High EFE (3.00-4.00)')).toBeLessThan(texts.indexOf('Low EFE (1.00-1.99)'));
  });

  it('gives owner names the width they need', () => {
    const kpis = sheet('kpis');
    const owner = kpis.columns.find((c) => c.column === 'C');
    expect(owner?.width).toBeGreaterThanOrEqual('Customer Service Manager'.length);
  });

  it("says on the Forecast sheet how revenue was forecast, in the analysis' plain words (#17)", () => {
    // The sample's history is shorter than two seasons, so total revenue follows the budget's seasonal shape
    // (test/engine/forecast/sampleOutlook.test.ts); the sheet says so rather than naming the method.
    const words = sheet('forecast').cells.flatMap((c) => c.values.flat().map((v) => textOf(v) ?? ''));
    expect(words.some((w) => /^follows the budget's seasonal shape at \d+ % of its level/.test(w))).toBe(true);
    expect(words.some((w) => /combination\(|ETS\(/.test(w))).toBe(false);
  });
});
