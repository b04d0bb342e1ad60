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
      title: 'Monthly review: March 2026',
      subtitle: 'Prepared by J. Smith with Ops Review on 2026-04-03 09:15 UTC · FY2026',
    });
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
      tone: 'good',
    });
  });

  it('lists top unfavourable then favourable variances, and only the red KPIs', () => {
    const summary = sheet(pack, 'summary');
    const top = table(summary, 'summary-top-variances');
    expect(top?.rows.map((r) => [r.values.line, r.values.monthDelta, r.values.impact])).toEqual([
      ['Raw materials (Operations)', 17_300, 'Unfavourable'],
      ['Service revenue (Sales)', -6_800, 'Unfavourable'],
      ['Product revenue (Sales)', 25_800, 'Favourable'],
      ['IT software (Admin)', -2_600, 'Favourable'],
      ['Salaries (Operations)', -1_500, 'Favourable'],
    ]);
    expect(table(summary, 'summary-red-kpis')?.rows.map((r) => r.values.kpi)).toEqual([
      'Days sales outstanding',
      'Staff turnover',
    ]);
  });

  it('charts department variances sorted by impact, green when favourable and red when not (IBCS)', () => {
    const chart = charts(sheet(pack, 'summary')).find((c) => c.id === 'chart-variance-by-department');
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
    expect(chart?.spec.series.map((s) => [s.name, s.role, s.plotAs])).toEqual([
      ['Actual', 'actual', 'column'],
      ['Budget', 'budget', 'column'],
      ['Forecast', 'forecast', 'line'],
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
    expect(lines?.rows.map((r) => r.key ?? `(${r.values.account})`)).toEqual([
      'Product revenue | Sales',
      'Service revenue | Sales',
      '(Sales total)',
      'Raw materials | Operations',
      'Salaries | Operations',
      '(Operations total)',
      'Rent | Admin',
      'IT software | Admin',
      '(Admin total)',
      '(Revenue)',
      '(Expenses)',
      '(Result)',
    ]);
    const raw = lines?.rows.find((r) => r.key === 'Raw materials | Operations');
    expect(raw?.values).toMatchObject({ mDelta: 17_300, mImpact: 'Unfavourable', material: 'Material' });
    // No line has prior-year or forecast figures, so no ΔPY / ΔFC columns.
    expect(lines?.columns.some((c) => c.key === 'pyDelta' || c.key === 'fcDelta')).toBe(false);
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
    const lines = table(sheet(buildPack(withPy, options), 'variance'), 'variance-lines');
    expect(lines?.columns.map((c) => c.header)).toContain('Month ΔPY');
    expect(lines?.rows[0].values.pyDelta).toBe(45_800);
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

  it('places the IE matrix point on axes fixed from 1 to 4', () => {
    const [chart] = charts(sheet(pack, 'swot'));
    expect(chart.spec).toMatchObject({
      type: 'scatter',
      categories: [2.85],
      axes: { xMin: 1, xMax: 4, yMin: 1, yMax: 4 },
    });
    expect(chart.spec.series[0].values).toEqual([2.65]);
  });

  it('says so in words when the workbook has no SWOT table', () => {
    const swot = sheet(buildPack({ ...analysisResult, swot: null }, options), 'swot');
    expect(swot.blocks[1]).toMatchObject({ kind: 'note' });
    expect(charts(swot)).toEqual([]);
  });
});

describe('buildPack on a workbook with nothing to analyse', () => {
  it('builds every sheet with sentences in place of empty tables and no charts', () => {
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
    expect(pack.sheets).toHaveLength(6);
    expect(pack.sheets.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart')).toEqual([]);
    const tables = pack.sheets.flatMap((s) => s.blocks).filter((b): b is TableBlock => b.kind === 'table');
    const empties = tables.filter((t) => t.rows.length === 0);
    expect(empties.length).toBeGreaterThan(0);
    for (const t of empties) expect(t.emptyText).toMatch(/\.$/);
  });
});
