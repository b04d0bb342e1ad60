/**
 * The Summary sheet: headline figures month and YTD, top variances, red KPIs, SWOT position, the drafted narrative,
 * and the two charts directors look at first (built in `summaryCharts`).
 */
import type { AnalysisResult, Rollup, VarianceCell } from '../results/AnalysisResult';
import type { PackBlock, PackColumn, PackRow, TableBlock } from './Pack';
import type { ResolvedPackOptions } from './PackOptions';
import { DELTA_FORMAT, DELTA_PERCENT_FORMAT } from './numberFormats';
import { periodLabel } from '../period/periodLabel';
import { impactWord, signedAmount, signedPercent } from './packText';
import { swotPositionText } from './buildSwot';
import { lineName } from './buildVariance';
import { departmentChart, monthlyChart } from './summaryCharts';
import { dataQualityBlocks } from './dataQualityBlock';

const windowColumns = (prefix: string, label: string): PackColumn[] => [
  { key: `${prefix}Actual`, header: `${label} actual`, kind: 'currency' },
  { key: `${prefix}Budget`, header: `${label} budget`, kind: 'currency' },
  { key: `${prefix}Delta`, header: `${label} ΔBU`, kind: 'currency', numberFormat: DELTA_FORMAT },
  { key: `${prefix}DeltaPct`, header: `${label} ΔBU %`, kind: 'percent', numberFormat: DELTA_PERCENT_FORMAT },
  { key: `${prefix}Impact`, header: `${label} impact`, kind: 'flag' },
];

function windowValues(prefix: string, cell: VarianceCell): Record<string, number | string | null> {
  return {
    [`${prefix}Actual`]: cell.actual,
    [`${prefix}Budget`]: cell.budget,
    [`${prefix}Delta`]: cell.variance,
    [`${prefix}DeltaPct`]: cell.variancePct,
    [`${prefix}Impact`]: impactWord(cell.favourable),
  };
}

function headlineTable(result: AnalysisResult): TableBlock {
  const pick = (by: Rollup['by'], key: string) => result.variance.rollups.find((r) => r.by === by && r.key === key);
  const rows: PackRow[] = [pick('type', 'revenue'), pick('type', 'expense'), pick('total', 'total')].flatMap((r) =>
    r === undefined
      ? []
      : [
          {
            values: { figure: r.label, ...windowValues('m', r.month), ...windowValues('y', r.ytd) },
            emphasis: r.by === 'total' ? ('total' as const) : ('line' as const),
          },
        ],
  );
  return {
    kind: 'table',
    id: 'summary-headline',
    heading: `Headline figures, ${periodLabel(result.period)} and year to date`,
    columns: [
      { key: 'figure', header: 'Figure', kind: 'text', width: 30 },
      ...windowColumns('m', 'Month'),
      ...windowColumns('y', 'YTD'),
    ],
    rows,
    conditionalFormats: [
      { column: 'mImpact', rule: 'favourable-flag' },
      { column: 'yImpact', rule: 'favourable-flag' },
    ],
    emptyText: 'No budget or actual amounts were found for this period.',
  };
}

function topVariancesTable(result: AnalysisResult, limit: number): TableBlock {
  const byKey = new Map(result.variance.lines.map((l) => [l.key, l]));
  const keys = [...result.variance.top.unfavourable.slice(0, limit), ...result.variance.top.favourable.slice(0, limit)];
  const rows: PackRow[] = keys.flatMap((key) => {
    const l = byKey.get(key);
    if (!l) return [];
    return [
      {
        values: {
          line: lineName(l),
          monthDelta: l.month.variance,
          monthDeltaPct: l.month.variancePct,
          ytdDelta: l.ytd.variance,
          impact: impactWord(l.month.favourable),
        },
      },
    ];
  });
  return {
    kind: 'table',
    id: 'summary-top-variances',
    heading: 'Largest variances against budget',
    columns: [
      { key: 'line', header: 'Line', kind: 'text', width: 30 },
      { key: 'monthDelta', header: 'Month ΔBU', kind: 'currency', numberFormat: DELTA_FORMAT },
      { key: 'monthDeltaPct', header: 'Month ΔBU %', kind: 'percent', numberFormat: DELTA_PERCENT_FORMAT },
      { key: 'ytdDelta', header: 'YTD ΔBU', kind: 'currency', numberFormat: DELTA_FORMAT },
      { key: 'impact', header: 'Impact', kind: 'flag' },
    ],
    rows,
    conditionalFormats: [{ column: 'impact', rule: 'favourable-flag' }],
    emptyText: 'No line is far enough from budget to be listed.',
  };
}

function redKpisTable(result: AnalysisResult): TableBlock {
  const red = result.kpis.filter((k) => k.status === 'red');
  return {
    kind: 'table',
    id: 'summary-red-kpis',
    heading: 'KPIs in the red',
    columns: [
      { key: 'kpi', header: 'KPI', kind: 'text', width: 30 },
      { key: 'actual', header: 'Actual', kind: 'number' },
      { key: 'target', header: 'Target', kind: 'number' },
      { key: 'attainment', header: 'Attainment', kind: 'percent' },
      { key: 'owner', header: 'Owner', kind: 'text', width: 14 },
    ],
    rows: red.map((k) => ({
      values: { kpi: k.name, actual: k.actual, target: k.target, attainment: k.attainment, owner: k.owner },
    })),
    conditionalFormats: [],
    emptyText: 'No KPI is in the red this month.',
  };
}

/** The Summary sheet's blocks after its title. */
export function summaryBlocks(result: AnalysisResult, options: ResolvedPackOptions): PackBlock[] {
  const total = result.variance.rollups.find((r) => r.by === 'total');
  const blocks: PackBlock[] = [];
  if (total) {
    blocks.push({
      kind: 'keyFigures',
      heading: 'Result against budget',
      figures: [
        {
          label: `Result, ${periodLabel(result.period)}`,
          value: total.month.actual,
          kind: 'currency',
          comparison: `vs budget ${signedAmount(total.month.variance)} (${signedPercent(total.month.variancePct)})`,
          tone: total.month.favourable ? 'good' : 'bad',
        },
        {
          label: 'Result, year to date',
          value: total.ytd.actual,
          kind: 'currency',
          comparison: `vs budget ${signedAmount(total.ytd.variance)} (${signedPercent(total.ytd.variancePct)})`,
          tone: total.ytd.favourable ? 'good' : 'bad',
        },
        {
          label: `Full-year outlook, ${result.fiscalYear.label}`,
          value: total.fullYear.outlook,
          kind: 'currency',
          comparison: `vs budget ${signedAmount(total.fullYear.variance)} (${signedPercent(total.fullYear.variancePct)})`,
          tone: total.fullYear.variance >= 0 ? 'good' : 'bad',
        },
      ],
    });
  }
  blocks.push(headlineTable(result));
  blocks.push(...dataQualityBlocks(result));
  if (result.variance.narrative.length > 0) {
    blocks.push({ kind: 'note', heading: 'Commentary draft', lines: result.variance.narrative.map((s) => s.text) });
  }
  blocks.push(topVariancesTable(result, options.topVariances), redKpisTable(result));
  if (result.swot)
    blocks.push({ kind: 'note', heading: 'Strategic position (SWOT)', lines: [swotPositionText(result.swot)] });
  const charts = [monthlyChart(result, options.monthly), departmentChart(result)];
  for (const chart of charts) if (chart) blocks.push(chart);
  return blocks;
}
