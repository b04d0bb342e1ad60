import { buildPack } from '../../../src/engine/pack/buildPack';
import type { ChartBlock, KeyFiguresBlock, Pack, PackSheet, TableBlock } from '../../../src/engine/pack/Pack';
import { analysisResult } from '../../fixtures/analysisResult';

const options = { generatedAt: '2026-04-03T09:15:00Z', author: 'J. Smith' };

function sheet(pack: Pack, key: PackSheet['key']): PackSheet {
  const found = pack.sheets.find((s) => s.key === key);
  if (!found) throw new Error(`no ${key} sheet`);
  return found;
}
const table = (s: PackSheet, id: string) => s.blocks.find((b): b is TableBlock => b.kind === 'table' && b.id === id);
const charts = (s: PackSheet) => s.blocks.filter((b): b is ChartBlock => b.kind === 'chart');

describe('buildPack', () => {
  const pack = buildPack(analysisResult, options);

  it('builds the six sheets in order, each named with the "OR " prefix and titled with what, when and who', () => {
    expect(pack.sheets.map((s) => s.name)).toEqual([
      'OR Summary',
      'OR Variance',
      'OR Forecast',
      'OR KPIs',
      'OR SWOT',
      'OR Goals',
    ]);
    expect(pack.sheets[0].blocks[0]).toEqual({
      kind: 'title',
      who: null,
      title: 'Monthly review in thousands',
      when: 'March 2026 and year to date (Jan–Mar 2026) · actual (AC) vs budget (BU)',
      subtitle: 'Prepared by J. Smith with Ops Review on 3 Apr 2026 09:15 UTC · FY2026',
    });
  });

  it('says who, in which currency and unit, and counts the source tables as inspect does (IBCS title block)', () => {
    const sources = [1, 2, 3].map((i) => ({ source: `S${i}`, fingerprint: '0123456789abcdef', rows: 1, columns: 1 }));
    const titled = buildPack(analysisResult, {
      ...options,
      company: 'Northwind Components',
      currency: '€',
      sources,
      sourceTables: 2,
    });
    expect(titled.sheets[1].blocks[0]).toMatchObject({
      who: 'Northwind Components',
      title: 'Budget vs actual in € thousands',
      subtitle: 'Prepared by J. Smith with Ops Review on 3 Apr 2026 09:15 UTC · FY2026 · from 2 source tables',
    });
    expect(titled.sheets[1].amountScale).toBe('thousands');
    expect(titled.sheets[1].footer?.left).toBe('Northwind Components · Budget vs actual in € thousands');
  });

  it('builds only the chosen sheets, in the fixed order', () => {
    expect(buildPack(analysisResult, { ...options, sheets: ['goals', 'summary'] }).sheets.map((s) => s.key)).toEqual([
      'summary',
      'goals',
    ]);
  });

  it('records the run: time, period, settings version, author and sources', () => {
    const sources = [{ source: 'Budget', fingerprint: '0123456789abcdef', rows: 14, columns: 16 }];
    expect(buildPack(analysisResult, { ...options, sources }).runLog).toEqual({
      generatedAt: '2026-04-03T09:15:00.000Z',
      period: '2026-03',
      settingsVersion: 1,
      author: 'J. Smith',
      sources,
    });
  });

  it('rejects a generatedAt that is not an ISO timestamp (a caller bug)', () => {
    expect(() => buildPack(analysisResult, { generatedAt: 'yesterday' })).toThrow();
  });

  it('heads the Summary with the result month, YTD and full-year outlook against budget', () => {
    const figures = sheet(pack, 'summary').blocks.find((b): b is KeyFiguresBlock => b.kind === 'keyFigures');
    // Fixture result for March: revenue 524,000 - expenses 350,200 = 173,800 against 505,000 - 337,000 = 168,000:
    // +5,800, 5,800 / 168,000 = +3.5 %, favourable.
    expect(figures?.figures[0]).toEqual({
      label: 'Result, March 2026',
      value: 173_800,
      kind: 'currency',
      comparison: 'vs budget +5,800 (+3.5 %)',
      delta: 5_800,
      deltaPct: 5_800 / 168_000,
      tone: 'good',
    });
  });

  it('lists top unfavourable then favourable variances, and only the red KPIs', () => {
    const summary = sheet(pack, 'summary');
    const top = table(summary, 'summary-top-variances');
    // The lines are ranked by their YTD variance (topVariances), so the table shows YTD and says so.
    expect(top?.heading).toBe('Largest variances against budget, year to date (Jan–Mar 2026)');
    const ytd = (key: string) => analysisResult.variance.lines.find((l) => l.key === key)?.ytd.variance;
    expect(top?.rows.map((r) => [r.values.line, r.values.yDelta])).toEqual([
      ['Raw materials (Operations)', ytd('Raw materials | Operations')],
      ['Service revenue (Sales)', ytd('Service revenue | Sales')],
      ['Product revenue (Sales)', ytd('Product revenue | Sales')],
      ['IT software (Admin)', ytd('IT software | Admin')],
      ['Salaries (Operations)', ytd('Salaries | Operations')],
    ]);
    expect(top?.columns.map((c) => c.header)).toEqual(['Line', 'YTD AC', 'YTD BU', 'ΔBU', 'ΔBU %']);
    expect(table(summary, 'summary-red-kpis')?.rows.map((r) => r.values.kpi)).toEqual([
      expect.stringMatching(/^Days sales outstanding/),
      expect.stringMatching(/^Staff turnover/),
    ]);
  });

  it('bridges the YTD result from budget to actual, one green or red step per department, on an invisible base', () => {
    const chart = charts(sheet(pack, 'summary')).find((c) => c.id === 'chart-result-bridge');
    const total = analysisResult.variance.rollups.find((r) => r.by === 'total');
    expect(chart?.spec.type).toBe('stackedColumn');
    expect(chart?.spec.categories).toEqual(['Budget', 'Sales', 'Operations', 'Admin', 'Actual']);
    const [base, ends, up, down] = chart?.spec.series ?? [];
    expect([base.role, ends.role, up.role, down.role]).toEqual(['bandBase', 'actual', 'good', 'bad']);
    expect(ends.values[0]).toBe(total?.ytd.budget);
    expect(ends.values[4]).toBe(total?.ytd.actual);
    // Each step starts where the last ended: base + step height climbs from the budget to the actual result.
    let running = total?.ytd.budget ?? NaN;
    for (let i = 1; i <= 3; i += 1) {
      const rise = (up.values[i] ?? 0) - (down.values[i] ?? 0);
      expect(base.values[i]).toBe(Math.min(running, running + rise));
      running += rise;
    }
    expect(running).toBeCloseTo(total?.ytd.actual ?? NaN, 6);
    // Columns are read by length: the axis starts at zero rather than where the auto scale would cut it.
    expect(chart?.spec.axes).toEqual({ yMin: 0 });
  });

  it('charts department variances sorted by impact when no bridge can be drawn (a loss crosses zero)', () => {
    const loss = {
      ...analysisResult,
      variance: {
        ...analysisResult.variance,
        rollups: analysisResult.variance.rollups.map((r) =>
          r.by === 'total' ? { ...r, ytd: { ...r.ytd, budget: -1_000, actual: -900 } } : r,
        ),
      },
    };
    const chart = charts(sheet(buildPack(loss, options), 'summary')).find(
      (c) => c.id === 'chart-variance-by-department',
    );
    // Month result variances: Sales +19,000 (25,800 - 6,800), Admin +2,600 (costs 2,600 under), Operations -15,800.
    expect(chart?.spec.categories).toEqual(['Sales', 'Admin', 'Operations']);
    expect(chart?.spec.series[0].values).toEqual([19_000, 2_600, -15_800]);
    expect(chart?.spec.series[0].pointColours).toEqual(['2E7D32', '2E7D32', 'C62828']);
  });

  it('falls back to the revenue forecast history for the monthly chart when no monthly totals are given', () => {
    const chart = charts(sheet(pack, 'summary')).find((c) => c.id === 'chart-budget-vs-actual');
    expect(chart?.spec.series.map((s) => s.name)).toEqual(['Actual', 'Forecast']);
    expect(chart?.spec.categories).toHaveLength(12);
  });

  it('uses the monthly totals, budget outlined, when given', () => {
    const monthly = analysisResult.fiscalYear.periods.map((period, i) => ({
      period,
      actual: i < 3 ? 500 + i : null,
      budget: 490,
      forecast: null,
    }));
    const withMonthly = buildPack(analysisResult, { ...options, monthly });
    const chart = charts(sheet(withMonthly, 'summary')).find((c) => c.id === 'chart-budget-vs-actual');
    // No month has a forecast, so no empty Forecast series (and legend entry) is charted.
    expect(chart?.spec.series.map((s) => [s.name, s.role, s.plotAs])).toEqual([
      ['Actual', 'actual', 'column'],
      ['Budget', 'budget', 'column'],
    ]);
    expect(chart?.spec.series[0].values.slice(0, 4)).toEqual([500, 501, 502, null]);
  });

  it('puts every line on the Variance sheet with its key, editable entry columns, and roll-ups without keys', () => {
    const lines = table(sheet(pack, 'variance'), 'variance-lines');
    expect(lines?.keyColumn).toBe('lineKey');
    expect(lines?.columns.filter((c) => c.editable).map((c) => c.header)).toEqual([
      'Commentary',
      'Owner',
      'Action',
      'Due',
    ]);
    // The source's order (Budget rows 5-13) with its subtotals put back, then the net result.
    expect(lines?.rows.map((r) => r.key ?? `(${r.values.account})`)).toEqual([
      'Product revenue | Sales',
      'Service revenue | Sales',
      '(Total Sales)',
      'Raw materials | Operations',
      'Salaries | Operations',
      'Rent | Admin',
      'IT software | Admin',
      '(Total expenses)',
      '(Net result)',
    ]);
    const raw = lines?.rows.find((r) => r.key === 'Raw materials | Operations');
    expect(raw?.values).toMatchObject({ mDelta: 17_300 });
    expect(raw?.tones).toMatchObject({ mDelta: 'bad' });
    const net = lines?.rows.find((r) => r.values.account === 'Net result');
    expect(net?.values.mActual).toBe(analysisResult.variance.rollups.find((r) => r.by === 'total')?.month.actual);
    // No line has prior-year figures, so the second block has no ΔPY columns.
    const fullYear = table(sheet(pack, 'variance'), 'variance-full-year');
    expect(fullYear?.columns.some((c) => c.header.includes('PY'))).toBe(false);
  });

  it('adds ΔPY when lines have prior-year figures', () => {
    const [first, ...rest] = analysisResult.variance.lines;
    const withPy = {
      ...analysisResult,
      variance: {
        ...analysisResult.variance,
        lines: [
          {
            ...first,
            priorYear: { month: { value: 400_000, delta: 45_800, deltaPct: 0.1145, favourable: true }, ytd: null },
          },
          ...rest,
        ],
      },
    };
    const fullYear = table(sheet(buildPack(withPy, options), 'variance'), 'variance-full-year');
    expect(fullYear?.columns.map((c) => c.header)).toEqual(expect.arrayContaining(['Mar 2026 PY', 'ΔPY']));
    expect(fullYear?.rows.find((r) => r.values.account === 'Product revenue')?.values.mPyDelta).toBe(45_800);
  });

  it('charts forecasts with a band that starts at the last actual', () => {
    const [chart] = charts(sheet(pack, 'forecast'));
    expect(chart.id).toBe('chart-forecast-total-revenue');
    const byName = Object.fromEntries(chart.spec.series.map((s) => [s.name, s.values]));
    const march = chart.spec.categories.indexOf('2026-03');
    const actualMarch = analysisResult.forecasts[0].history.at(-1)?.value;
    expect(byName['Low 95 %'][march]).toBe(actualMarch);
    expect(byName['95 % range (high - low)'][march]).toBe(0);
    const first = analysisResult.forecasts[0].points[0];
    expect(byName['95 % range (high - low)'][march + 1]).toBe(first.hi95 - first.lo95);
  });

  it('places the position on the IE matrix grid', () => {
    const grid = sheet(pack, 'swot').blocks.find((b) => b.kind === 'ieGrid');
    expect(grid).toMatchObject({ kind: 'ieGrid', ife: 2.85, efe: 2.65, cell: 'V' });
  });

  it('writes no SWOT sheet when the workbook has no SWOT table', () => {
    expect(buildPack({ ...analysisResult, swot: null }, options).sheets.map((s) => s.key)).not.toContain('swot');
  });
});

describe('buildPack on a workbook with nothing to analyse', () => {
  it('builds the Summary alone, with sentences in place of empty tables and no charts', () => {
    const empty = {
      ...analysisResult,
      variance: { lines: [], rollups: [], excludedRows: [], top: { favourable: [], unfavourable: [] }, narrative: [] },
      forecasts: [],
      kpis: [],
      scorecard: null,
      bottlenecks: [],
      swot: null,
      goals: [],
    };
    const pack = buildPack(empty, options);
    expect(pack.sheets.map((s) => s.key)).toEqual(['summary']);
    expect(pack.sheets.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart')).toEqual([]);
    const tables = pack.sheets.flatMap((s) => s.blocks).filter((b): b is TableBlock => b.kind === 'table');
    const empties = tables.filter((t) => t.rows.length === 0);
    expect(empties.length).toBeGreaterThan(0);
    for (const t of empties) expect(t.emptyText).toMatch(/\.$/);
  });
});
