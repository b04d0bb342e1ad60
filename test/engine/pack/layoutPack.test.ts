import { parseA1 } from '../../../src/engine/grid/address';
import { buildPack } from '../../../src/engine/pack/buildPack';
import { layoutPack } from '../../../src/engine/pack/layoutPack';
import { layoutRangeValues, layoutValueAt } from '../../../src/engine/pack/layoutRangeValues';
import type { Pack } from '../../../src/engine/pack/Pack';
import type { SheetLayout } from '../../../src/engine/pack/SheetLayout';
import { analysisResult } from '../../fixtures/analysisResult';

const pack = buildPack(analysisResult, { generatedAt: '2026-04-03T09:15:00Z', author: 'J. Smith' });
const layouts = layoutPack(pack);
const byKey = (key: SheetLayout['key']): SheetLayout => {
  const found = layouts.find((l) => l.key === key);
  if (!found) throw new Error(key);
  return found;
};

function size(range: string): { rows: number; columns: number } {
  const [a, b] = range.split(':');
  const from = parseA1(a);
  const to = parseA1(b ?? a);
  if (!from || !to) throw new Error(range);
  return { rows: to.row - from.row + 1, columns: to.column - from.column + 1 };
}

describe('layoutPack', () => {
  it('lays out one sheet per pack sheet, each within its used range, with rectangles matching their values', () => {
    expect(layouts.map((l) => l.name)).toEqual(pack.sheets.map((s) => s.name));
    for (const layout of layouts) {
      const used = size(layout.usedRange);
      for (const block of layout.cells) {
        const { rows, columns } = size(block.range);
        expect(block.values).toHaveLength(rows);
        expect(block.numberFormats).toHaveLength(rows);
        for (const row of block.values) expect(row).toHaveLength(columns);
        const end = parseA1(block.range.split(':').pop() ?? '');
        expect(end && end.row < used.rows && end.column < used.columns).toBe(true);
      }
    }
  });

  it('never holds a bare string: all text is marked as text', () => {
    for (const layout of layouts) {
      for (const block of layout.cells) {
        for (const row of block.values) for (const v of row) expect(typeof v).not.toBe('string');
      }
    }
  });

  it('writes text that looks like a formula as text', () => {
    const [first, ...rest] = analysisResult.variance.lines;
    const hostile = {
      ...analysisResult,
      variance: {
        ...analysisResult.variance,
        lines: [{ ...first, account: '=HYPERLINK("http://evil","x")' }, ...rest],
      },
    };
    const variance = layoutPack(buildPack(hostile, { generatedAt: '2026-04-03T09:15:00Z' }))[1];
    // Title block (what, when, prepared: 3 rows and a spacer), heading, header, then the first line.
    expect(layoutValueAt(variance, 'A7')).toEqual({ text: '=HYPERLINK("http://evil","x")' });
  });

  it('places the title block from A1, freezes it and repeats it on every printed page', () => {
    const summary = byKey('summary');
    expect(layoutValueAt(summary, 'A1')).toEqual({ text: 'Monthly review in thousands' });
    expect(layoutValueAt(summary, 'A2')).toEqual({
      text: 'March 2026 and year to date (Jan–Mar 2026) · actual (AC) vs budget (BU)',
    });
    expect(summary.freezeRows).toBe(3);
    expect(summary.print?.titleRows).toBe(3);
    expect(summary.styles).toContainEqual({ range: 'A1', style: { bold: true, fontSize: 16 } });
    expect(summary.rowHeights).toContainEqual({ row: 0, height: 22 });
  });

  it('sets up every sheet to print landscape, one page wide, with a print area, footer and page breaks', () => {
    for (const layout of layouts) {
      expect(layout.print).toMatchObject({ orientation: 'landscape', fitToPagesWide: 1 });
      expect(layout.print?.printArea).toMatch(/^A1:[A-Z]+\d+$/);
      expect(layout.print?.footerCentre).toContain('March 2026');
      // No planned page break falls inside a chart.
      for (const chart of layout.charts) {
        const top = (parseA1(chart.from)?.row ?? 0) + 1;
        const bottom = (parseA1(chart.to)?.row ?? 0) + 1;
        expect(layout.print?.rowBreaks.filter((r) => r >= top && r < bottom)).toEqual([]);
      }
    }
  });

  it('shows the amounts of a sheet in its scale: thousands when the largest amount is past 99,999', () => {
    const formats = byKey('variance').cells.flatMap((c) => c.numberFormats.flat());
    expect(formats).toContain('#,##0,;(#,##0,);"–"');
    expect(formats).toContain('+#,##0,;-#,##0,;"–"');
  });

  it('marks the variance table editable with one line key per data row and hides the key column', () => {
    const variance = byKey('variance');
    const [region] = variance.editable;
    expect(region.tableId).toBe('variance-lines');
    expect(region.columns.map((c) => c.header)).toEqual(['Commentary', 'Owner', 'Action', 'Due']);
    // Six lines, "Total Sales", "Total expenses" and the net result: 9 rows, the computed ones without a key.
    expect(region.lineKeys).toHaveLength(9);
    const keys = layoutRangeValues(variance, region.keyRange);
    expect(keys.map((k) => (k && typeof k === 'object' ? k.text : k))).toEqual(
      region.lineKeys.map((k) => (k === '' ? null : k)),
    );
    const keyColumn = region.keyRange.replace(/\d.*$/, '');
    expect(variance.columns.find((c) => c.column === keyColumn)?.hidden).toBe(true);
  });

  it('colours variances by business impact: Raw materials 17,300 over budget is red (an expense above plan)', () => {
    const variance = byKey('variance');
    // Raw materials is the fourth line: row 7 + 3 = row 10; month ΔBU and ΔBU % are columns D and E.
    expect(layoutValueAt(variance, 'A10')).toEqual({ text: 'Raw materials' });
    expect(variance.styles).toContainEqual({ range: 'D10:E10', style: { fontColour: 'C62828' } });
  });

  it('writes dates as Excel serials with a date format', () => {
    const withDue: Pack = {
      ...pack,
      sheets: [
        {
          key: 'variance',
          name: 'OR Variance',
          blocks: [
            {
              kind: 'retiredComments',
              heading: 'Retired comments',
              entries: [{ lineKey: 'Travel | Sales', commentary: 'x', owner: null, action: null, due: '2026-03-31' }],
            },
          ],
        },
      ],
    };
    const [layout] = layoutPack(withDue);
    // 2026-03-31 is serial 46112 (Excel: =DATEVALUE("2026-03-31")).
    expect(layoutValueAt(layout, 'E3')).toBe(46112);
    expect(layout.cells.find((c) => c.range === 'A3:E3')?.numberFormats[0][4]).toBe('yyyy-mm-dd');
  });

  it('anchors each chart beside its data table and points its series at those cells', () => {
    const summary = byKey('summary');
    const chart = summary.charts.find((c) => c.id === 'chart-result-bridge');
    if (!chart) throw new Error('no chart');
    const names = layoutRangeValues(summary, chart.categoriesRange);
    expect(names).toEqual(['Budget', 'Sales', 'Operations', 'Admin', 'Actual'].map((text) => ({ text })));
    expect(layoutValueAt(summary, chart.series[0].nameCell)).toEqual({ text: 'Base' });
    const from = parseA1(chart.from);
    const to = parseA1(chart.to);
    // 18 rows tall; as many columns wide as make about 440 pt over the sheet's column widths.
    expect(from && to && to.row - from.row).toBe(18);
    expect(from && to && to.column - from.column).toBeGreaterThanOrEqual(4);
  });

  it('gives budget series no fill and the band base no fill or line (IBCS looks from roles)', () => {
    const monthly = analysisResult.fiscalYear.periods.map((period) => ({ period, actual: 1, budget: 1, forecast: 1 }));
    const [summary, , forecast] = layoutPack(
      buildPack(analysisResult, { generatedAt: '2026-04-03T09:15:00Z', monthly }),
    );
    const budget = summary.charts.flatMap((c) => c.series).find((s) => s.role === 'budget');
    expect(budget?.look).toEqual({ fill: null, line: '404040', dash: 'solid', transparency: 0 });
    const base = forecast.charts[0].series.find((s) => s.role === 'bandBase');
    expect(base?.look).toMatchObject({ fill: null, line: null });
  });

  it('does not overlap charts: each starts below the previous one', () => {
    // The Summary sheet carries two charts (the bridge and revenue by month), so the check runs on at least one pair.
    expect(layouts.some((l) => l.charts.length > 1)).toBe(true);
    for (const layout of layouts) {
      const tops = layout.charts.map((c) => parseA1(c.from)?.row ?? 0);
      const bottoms = layout.charts.map((c) => parseA1(c.to)?.row ?? 0);
      for (let i = 1; i < tops.length; i += 1) expect(tops[i]).toBeGreaterThan(bottoms[i - 1]);
    }
  });
});

describe('layoutPack on a very large table', () => {
  it('lays out a Variance table of 200,000 lines (more rows than a call can take as arguments)', () => {
    const grow = (block: Pack['sheets'][number]['blocks'][number]) =>
      block.kind === 'table' && block.rows.length > 0
        ? { ...block, rows: Array.from({ length: 200_000 }, (_, i) => block.rows[i % block.rows.length]) }
        : block;
    const big: Pack = {
      ...pack,
      sheets: pack.sheets.map((s) => (s.key === 'variance' ? { ...s, blocks: s.blocks.map(grow) } : s)),
    };
    const variance = layoutPack(big).find((l) => l.key === 'variance');
    expect(variance?.cells.some((c) => size(c.range).rows === 200_000)).toBe(true);
  });
});
