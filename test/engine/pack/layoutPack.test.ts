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
    expect(layoutValueAt(variance, 'A6')).toEqual({ text: '=HYPERLINK("http://evil","x")' });
  });

  it('places the title in A1 and freezes it', () => {
    const summary = byKey('summary');
    expect(layoutValueAt(summary, 'A1')).toEqual({ text: 'Monthly review: March 2026' });
    expect(summary.freezeRows).toBe(2);
    expect(summary.styles).toContainEqual({ range: 'A1', style: { bold: true, fontSize: 16 } });
  });

  it('marks the variance table editable with one line key per data row and hides the key column', () => {
    const variance = byKey('variance');
    const [region] = variance.editable;
    expect(region.tableId).toBe('variance-lines');
    expect(region.columns.map((c) => c.header)).toEqual(['Commentary', 'Owner', 'Action', 'Due']);
    expect(region.lineKeys).toHaveLength(12);
    const keys = layoutRangeValues(variance, region.keyRange);
    expect(keys.map((k) => (k && typeof k === 'object' ? k.text : k))).toEqual(
      region.lineKeys.map((k) => (k === '' ? null : k)),
    );
    const keyColumn = region.keyRange.replace(/\d.*$/, '');
    expect(variance.columns.find((c) => c.column === keyColumn)?.hidden).toBe(true);
  });

  it('turns the favourable flag into exact-text rules on the impact cells', () => {
    const variance = byKey('variance');
    const rules = variance.conditionalFormats.filter((f) => f.rule.type === 'textEquals');
    expect(rules.map((f) => (f.rule.type === 'textEquals' ? f.rule.text : ''))).toEqual([
      'Favourable',
      'Unfavourable',
      'Favourable',
      'Unfavourable',
    ]);
    // Month impact is column I (Account, Code, Department, Type, then budget, actual, ΔBU, ΔBU %, impact).
    expect(rules[0].range).toBe('I6:I17');
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
    const chart = summary.charts.find((c) => c.id === 'chart-variance-by-department');
    if (!chart) throw new Error('no chart');
    const names = layoutRangeValues(summary, chart.categoriesRange);
    expect(names).toEqual([{ text: 'Sales' }, { text: 'Admin' }, { text: 'Operations' }]);
    expect(layoutRangeValues(summary, chart.series[0].valuesRange)).toEqual([19_000, 2_600, -15_800]);
    expect(layoutValueAt(summary, chart.series[0].nameCell)).toEqual({ text: 'ΔBU' });
    const from = parseA1(chart.from);
    const to = parseA1(chart.to);
    expect(from && to && to.row - from.row === 18 && to.column - from.column === 8).toBe(true);
  });

  it('gives budget series no fill and the band base no fill or line (IBCS looks from roles)', () => {
    const monthly = analysisResult.fiscalYear.periods.map((period) => ({ period, actual: 1, budget: 1, forecast: 1 }));
    const [summary, , forecast] = layoutPack(
      buildPack(analysisResult, { generatedAt: '2026-04-03T09:15:00Z', monthly }),
    );
    const budget = summary.charts[0].series.find((s) => s.role === 'budget');
    expect(budget?.look).toEqual({ fill: null, line: '404040', dash: 'solid', transparency: 0 });
    const base = forecast.charts[0].series.find((s) => s.role === 'bandBase');
    expect(base?.look).toMatchObject({ fill: null, line: null });
  });

  it('does not overlap charts: each starts below the previous one', () => {
    // The Summary sheet carries two charts, so the check below runs on at least one pair.
    expect(layouts.some((l) => l.charts.length > 1)).toBe(true);
    for (const layout of layouts) {
      const tops = layout.charts.map((c) => parseA1(c.from)?.row ?? 0);
      const bottoms = layout.charts.map((c) => parseA1(c.to)?.row ?? 0);
      for (let i = 1; i < tops.length; i += 1) expect(tops[i]).toBeGreaterThan(bottoms[i - 1]);
    }
  });
});
